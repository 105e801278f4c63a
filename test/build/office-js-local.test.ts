/**
 * ADDIN_OFFICE_JS=local: the pages load office.js from the add-in's own origin and nothing from outside it. The
 * build runs here with the real webpack config (minification off and empty entries, to keep the test short) against
 * a stand-in office.js folder laid out like the @microsoft/office-js package's dist/ (ADDIN_OFFICE_JS_DIR), so the
 * test needs no network; fetching the real package is the same code path with the folder from npm
 * (scripts/office-js.js).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import webpack from 'webpack';
import { contentSecurityPolicy, isNeededFile, officeJsMode, resolveOfficeJsDir } from '../../scripts/office-js';
import { builtPage, OFFICE_PAGES, PAGES } from './built';

const ROOT = path.resolve(__dirname, '..', '..');

/** A folder shaped like @microsoft/office-js/dist, with files the build must take and files it must leave. */
function standIn(dir: string): void {
  const files = [
    'office.js', 'office.debug.js', 'o15apptofilemappingtable.js', 'es6-promise.js', 'excel-win32-16.01.js', 'excel-web-16.00.js',
    'excel-mac-16.00.js', 'excel-win32-16.01.debug.js', 'word-win32-16.01.js', 'outlook-15.js', 'office.d.ts', 'office-vsdoc.js',
    'zh-cn/office_strings.js', 'en-us/office_strings.js', 'en-us/outlook_strings.js', 'ariatelemetry/aria-web-telemetry.js',
  ];
  for (const file of files) {
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dir, file), `/* stand-in ${file} */`);
  }
}

describe('office.js served by the add-in itself', () => {
  let out: string;
  let officeDir: string;

  beforeAll(async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'ptcheck-local-'));
    out = path.join(tmp, 'dist');
    officeDir = path.join(tmp, 'office-js-dist');
    standIn(officeDir);
    const saved = { mode: process.env.ADDIN_OFFICE_JS, dir: process.env.ADDIN_OFFICE_JS_DIR };
    process.env.ADDIN_OFFICE_JS = 'local';
    process.env.ADDIN_OFFICE_JS_DIR = officeDir;
    try {
      const configOf = (await import(path.join(ROOT, 'webpack.config.js'))).default as (env: object, argv: object) => Promise<webpack.Configuration>;
      const config = await configOf({}, { mode: 'production' });
      config.context = ROOT;
      config.output = { ...config.output, path: out };
      config.optimization = { ...config.optimization, minimize: false };
      // What is under test is where the pages load office.js from and what is copied, not the bundles: each entry
      // is an empty module (in its own layer, so the pages are made as in a real build), which keeps this build short.
      const empty = path.join(tmp, 'empty.js');
      writeFileSync(empty, '');
      const entries = config.entry as Record<string, { import: string; layer?: string }>;
      config.entry = Object.fromEntries(Object.entries(entries).map(([name, e]) => [name, { ...e, import: empty }]));
      const stats = await new Promise<webpack.Stats>((resolve, reject) =>
        webpack(config, (error, result) => (error ? reject(error) : resolve(result!))),
      );
      if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    } finally {
      process.env.ADDIN_OFFICE_JS = saved.mode;
      process.env.ADDIN_OFFICE_JS_DIR = saved.dir;
      if (saved.mode === undefined) delete process.env.ADDIN_OFFICE_JS;
      if (saved.dir === undefined) delete process.env.ADDIN_OFFICE_JS_DIR;
    }
  }, 10 * 60_000);

  afterAll(() => rmSync(path.dirname(out), { recursive: true, force: true }));

  test.each(OFFICE_PAGES)('%s loads office.js from office-js/ and allows scripts from its own origin only', (file) => {
    const page = builtPage(file, out);
    expect(page.scripts[0]).toBe('office-js/office.js');
    expect(page.scripts.filter((src) => /^[a-z]+:|^\/\//i.test(src))).toEqual([]);
    expect(page.csp.get('script-src')).toEqual(["'self'"]);
    expect([...page.csp.values()].flat().filter((v) => /^(https?|wss?):/.test(v))).toEqual([]);
  });

  test('preview.html too loads nothing from outside', () => {
    const page = builtPage('preview.html', out);
    expect(page.scripts.filter((src) => /^[a-z]+:|^\/\//i.test(src))).toEqual([]);
    expect(PAGES).toContain('preview.html');
  });

  test('dist/office-js/ has what an Excel add-in loads, and not the rest of the package', () => {
    const copied = (dir: string, prefix = ''): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? copied(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
    expect(copied(path.join(out, 'office-js')).sort()).toEqual([
      'en-us/office_strings.js',
      'es6-promise.js',
      'excel-mac-16.00.js',
      'excel-web-16.00.js',
      'excel-win32-16.01.js',
      'o15apptofilemappingtable.js',
      'office.js',
      'zh-cn/office_strings.js',
    ]);
  });
});

describe('scripts/office-js.js', () => {
  test('ADDIN_OFFICE_JS is cdn by default, local on request, and a typo stops the build', () => {
    expect(officeJsMode({})).toBe('cdn');
    expect(officeJsMode({ ADDIN_OFFICE_JS: 'LOCAL' })).toBe('local');
    expect(() => officeJsMode({ ADDIN_OFFICE_JS: 'lokal' })).toThrow(/"cdn" or "local"/);
  });

  test('the package is fetched into the cache folder once, with npm install --no-save, when no folder is given', () => {
    const cache = mkdtempSync(path.join(os.tmpdir(), 'ptcheck-cache-'));
    const installs: string[] = [];
    const install = (prefix: string, spec: string) => {
      installs.push(spec);
      standIn(path.join(prefix, 'node_modules', '@microsoft', 'office-js', 'dist'));
    };
    const dir = resolveOfficeJsDir({ env: {}, cacheDir: cache, install });
    expect(dir).toBe(path.join(cache, 'node_modules', '@microsoft', 'office-js', 'dist'));
    expect(resolveOfficeJsDir({ env: {}, cacheDir: cache, install })).toBe(dir);
    expect(installs).toEqual(['@microsoft/office-js@1.1.110']);
    expect(() => resolveOfficeJsDir({ env: {}, cacheDir: path.join(cache, 'x'), install: () => undefined })).toThrow(/no dist\/office.js/);
    expect(() => resolveOfficeJsDir({ env: { ADDIN_OFFICE_JS_DIR: cache } })).toThrow(/has no office.js/);
    rmSync(cache, { recursive: true, force: true });
  });

  test('which files are taken', () => {
    expect(['office.js', 'excel-win32-16.01.js', 'zh-cn/office_strings.js', 'en-029/office_strings.js'].every(isNeededFile)).toBe(true);
    expect(['office.debug.js', 'word-win32-16.01.js', 'zh-cn/outlook_strings.js', 'ariatelemetry/aria-web-telemetry.js', 'office.d.ts'].some(isNeededFile)).toBe(false);
  });

  test('the development policy adds only the dev server’s reload socket', () => {
    expect(contentSecurityPolicy({ mode: 'cdn', dev: true })).toContain("connect-src 'self' wss://localhost:3000");
    expect(contentSecurityPolicy({ mode: 'local' })).toContain("script-src 'self';");
  });
});
