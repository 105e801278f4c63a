/** The dev server's certificate: office-addin-dev-certs where it works, webpack's self-signed one otherwise. */
import { httpsServer } from '../../scripts/dev-cert';

test('Office’s developer certificate when office-addin-dev-certs can install it', async () => {
  const options = { ca: 'CA', cert: 'CERT', key: 'KEY' };
  const result = await httpsServer(() => ({ getHttpsServerOptions: async () => options }));
  expect(result).toEqual({ server: { type: 'https', options }, trusted: true, note: null });
});

test('a failed install (no sudo on Linux, say) falls back to the self-signed certificate and says why', async () => {
  const result = await httpsServer(() => ({
    getHttpsServerOptions: async () => {
      throw new Error('Unable to install the CA certificate. /bin/sh: 1: sudo: not found\nmore');
    },
  }));
  expect(result.server).toEqual({ type: 'https' });
  expect(result.trusted).toBe(false);
  expect(result.note).toBe('office-addin-dev-certs: Unable to install the CA certificate. /bin/sh: 1: sudo: not found; using a self-signed certificate');
});

test('office-addin-dev-certs missing: the self-signed certificate', async () => {
  const result = await httpsServer(() => {
    throw new Error("Cannot find module 'office-addin-dev-certs'");
  });
  expect(result).toMatchObject({ server: { type: 'https' }, trusted: false });
});

test('the real package loads and exposes getHttpsServerOptions', async () => {
  const devCerts = (await import('office-addin-dev-certs')) as { getHttpsServerOptions?: unknown };
  expect(typeof devCerts.getHttpsServerOptions).toBe('function');
});
