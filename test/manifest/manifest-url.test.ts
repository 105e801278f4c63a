/** Production manifest URLs: the pure rewrite, and webpack.config.js applying it only when ADDIN_BASE_URL is set. */

import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import { DEV_BASE_URL, normaliseBaseUrl, rewriteManifestUrls } from '../../scripts/manifest-url';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST_XML = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const BASE = 'https://intranet.example.gov.cn/ptcheck';

describe('rewriteManifestUrls', () => {
  test('moves every dev URL under the base URL and leaves nothing on localhost', () => {
    const rewritten = rewriteManifestUrls(MANIFEST_XML, BASE);
    expect(rewritten).not.toContain('://localhost');
    expect(rewritten).toContain(`<SourceLocation DefaultValue="${BASE}/taskpane.html"/>`);
    expect(rewritten).toContain(`DefaultValue="${BASE}/commands.html"`);
    expect(rewritten).toContain(`DefaultValue="${BASE}/assets/icon-16.png"`);
    expect(rewritten.split(BASE).length - 1).toBe(MANIFEST_XML.split(DEV_BASE_URL).length - 1);
  });

  test('changes nothing but the URLs', () => {
    const rewritten = rewriteManifestUrls(MANIFEST_XML, BASE);
    expect(rewritten.split(BASE).join(DEV_BASE_URL)).toBe(MANIFEST_XML);
  });

  test.each([
    ['https://x.example/ptcheck/', 'https://x.example/ptcheck'],
    ['https://x.example', 'https://x.example'],
    ['https://X.Example:8443/a/b', 'https://x.example:8443/a/b'],
  ])('normalises %s to %s', (input, expected) => {
    expect(normaliseBaseUrl(input)).toBe(expected);
    expect(rewriteManifestUrls('<a href="https://localhost:3000/t.html"/>', input)).toBe(`<a href="${expected}/t.html"/>`);
  });

  test('rewrites whole origins only', () => {
    const xml = '<a u="https://localhost:30001/x"/><b u="https://localhost:3000.evil.example/x"/><c>https://localhost:3000</c>';
    expect(rewriteManifestUrls(xml, BASE)).toBe(
      `<a u="https://localhost:30001/x"/><b u="https://localhost:3000.evil.example/x"/><c>${BASE}</c>`,
    );
  });

  test('escapes XML in the base URL', () => {
    expect(rewriteManifestUrls('<a u="https://localhost:3000/t"/>', "https://x.example/a&b'c")).toBe(
      `<a u="https://x.example/a&amp;b'c/t"/>`,
    );
  });

  test.each(['http://intranet.example.gov.cn/ptcheck', 'intranet.example.gov.cn', '', 'https://x.example/?v=1', 'https://x.example/#top'])(
    'refuses %j',
    (bad) => {
      expect(() => rewriteManifestUrls(MANIFEST_XML, bad)).toThrow(/ADDIN_BASE_URL/);
    },
  );
});

describe('webpack.config.js', () => {
  type CopyPattern = { to: string; transform?: { transformer: (content: Buffer, file: string) => string | Buffer } };
  type Config = { plugins: { patterns?: CopyPattern[] }[]; devtool: unknown; mode: string };
  const loadConfig = createRequire(__filename)('../../webpack.config.js') as (
    env: Record<string, unknown>,
    argv: { mode?: string },
  ) => Promise<Config>;

  async function builtManifest(mode: string, baseUrl: string | undefined): Promise<string> {
    const saved = process.env.ADDIN_BASE_URL;
    if (baseUrl === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = baseUrl;
    try {
      const config = await loadConfig({}, { mode });
      const pattern = config.plugins.flatMap((plugin) => plugin.patterns ?? []).find((p) => p.to === 'manifest.xml');
      if (!pattern?.transform) throw new Error('no manifest.xml copy pattern with a transform');
      return pattern.transform.transformer(Buffer.from(MANIFEST_XML, 'utf8'), 'manifest.xml').toString();
    } finally {
      if (saved === undefined) delete process.env.ADDIN_BASE_URL;
      else process.env.ADDIN_BASE_URL = saved;
    }
  }

  test('production build with ADDIN_BASE_URL rewrites dist/manifest.xml', async () => {
    expect(await builtManifest('production', BASE)).toBe(rewriteManifestUrls(MANIFEST_XML, BASE));
  });

  test('without ADDIN_BASE_URL, or on the dev server, the manifest is copied as is', async () => {
    expect(await builtManifest('production', undefined)).toBe(MANIFEST_XML);
    expect(await builtManifest('development', BASE)).toBe(MANIFEST_XML);
  });

  test('production ships no source maps', async () => {
    const config = await loadConfig({}, { mode: 'production' });
    expect(config.mode).toBe('production');
    expect(config.devtool).toBe(false);
  });
});
