/**
 * The dev server's https certificate: Office's trusted developer certificate from office-addin-dev-certs where it
 * can be installed (Windows and macOS ask for the CA once; Linux needs sudo), else webpack-dev-server's own
 * self-signed one, which the browser asks to trust once.
 */
'use strict';

/** `{ server, trusted, note }` for webpack-dev-server; never throws. `load` returns the office-addin-dev-certs module. */
async function httpsServer(load = () => require('office-addin-dev-certs')) {
  let devCerts;
  try {
    devCerts = load();
  } catch {
    return { server: { type: 'https' }, trusted: false, note: 'office-addin-dev-certs is not installed: using a self-signed certificate' };
  }
  try {
    const options = await devCerts.getHttpsServerOptions();
    if (!options || !options.cert || !options.key) throw new Error('no certificate returned');
    return { server: { type: 'https', options }, trusted: true, note: null };
  } catch (error) {
    const reason = String((error && error.message) || error).split('\n')[0];
    return { server: { type: 'https' }, trusted: false, note: `office-addin-dev-certs: ${reason}; using a self-signed certificate` };
  }
}

module.exports = { httpsServer };
