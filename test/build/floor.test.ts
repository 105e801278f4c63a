/**
 * The task pane and the preview as built, against the declared floor (scripts/browser-targets.js: Chromium 80,
 * Safari 14, Firefox 78): ES2020 syntax at most, no regex lookbehind (Safari before 16.4 cannot parse it), and the
 * pages' Content-Security-Policy.
 */
import { tokenizer } from 'acorn';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { PANE_ECMA_VERSION } from '../../scripts/browser-targets';
import { builtPage, distFile, distScripts, ensureBuilt, PAGES, syntaxError } from './built';

beforeAll(() => ensureBuilt(), 10 * 60_000);

/** Regex literals with lookbehind, and strings that would build one, in `source`. */
function lookbehinds(source: string): string[] {
  const found: string[] = [];
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  for (const token of tokenizer(source, { ecmaVersion: 'latest' }) as Iterable<{ type: { label: string }; value: unknown }>) {
    if (token.type.label === 'regexp') {
      const { pattern, flags } = token.value as { pattern: string; flags: string };
      const ast = parser.parsePattern(pattern, 0, pattern.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
      visitRegExpAST(ast, { onAssertionEnter: (a) => void (a.kind === 'lookbehind' && found.push(`/${pattern}/${flags}`)) });
    } else if (token.type.label === 'string' || token.type.label === 'template') {
      if (/\(\?<[=!]/.test(String(token.value))) found.push(JSON.stringify(token.value));
    }
  }
  return found;
}

describe(`the pane's scripts (and every other script in dist/): ECMAScript ${PANE_ECMA_VERSION}, no lookbehind`, () => {
  test('each file', () => {
    const files = distScripts();
    expect(files.filter((f) => /^taskpane\.|^preview\./.test(f))).toHaveLength(2);
    for (const file of files) {
      const source = distFile(file);
      expect({ file, error: syntaxError(source, PANE_ECMA_VERSION) }).toEqual({ file, error: null });
      expect({ file, lookbehind: lookbehinds(source) }).toEqual({ file, lookbehind: [] });
    }
  });

  test('the checks can fail', () => {
    expect(syntaxError('a ??= b;', PANE_ECMA_VERSION)).toMatch(/Unexpected token/);
    expect(syntaxError('class A { static { } }', PANE_ECMA_VERSION)).toMatch(/Unexpected token/);
    expect(lookbehinds('var r = /(?<![占分])比$/; var s = /a(?=b)/;')).toEqual(['/(?<![占分])比$/']);
    expect(lookbehinds('new RegExp("(?<=x)y")')).toHaveLength(1);
  });
});

describe('Content-Security-Policy of every page', () => {
  test.each(PAGES)('%s: scripts only from the add-in and Office’s script host, nothing else', (file) => {
    const page = builtPage(file);
    expect(page.csp.get('default-src')).toEqual(["'self'"]);
    const scripts = file === 'preview.html' ? ["'self'"] : ["'self'", 'https://appsforoffice.microsoft.com'];
    expect(page.csp.get('script-src')).toEqual(scripts);
    for (const directive of ['connect-src', 'img-src', 'font-src', 'style-src', 'worker-src']) {
      const hosts = (page.csp.get(directive) ?? []).filter((v) => !["'self'", "'unsafe-inline'", 'data:'].includes(v));
      expect({ directive, hosts }).toEqual({ directive, hosts: [] });
    }
    expect(page.csp.get('frame-src')).toEqual(["'none'"]);
    expect(page.csp.get('object-src')).toEqual(["'none'"]);
    // No inline script (the policy would block it) and nothing loaded from elsewhere.
    expect(page.document.querySelectorAll('script:not([src])')).toHaveLength(0);
    const external = page.scripts.filter((src) => /^[a-z]+:/i.test(src));
    expect(external).toEqual(file === 'preview.html' ? [] : ['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    const links = [...page.document.querySelectorAll('link[href], img[src]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src'));
    expect(links.filter((u) => /^[a-z]+:/i.test(u!))).toEqual([]);
  });
});
