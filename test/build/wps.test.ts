/**
 * The WPS add-in as built (dist/wps, dist/wps-deploy): ribbon.xml as WPS's CustomUI takes it, with every callback it
 * names defined by the entry page's scripts; the scripts for the engines declared (the entry page, the dialog and
 * the pane's loader ES5, the pane ES2020 without lookbehind); pages that load nothing from elsewhere, by paths that
 * still work in the folder WPS unpacks the offline archive into; the archive and the jsplugins.xml examples; and
 * 一键校验 run from the built entry script on real samples, giving the result the sources give.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { tokenizer } from 'acorn';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { JSDOM } from 'jsdom';
import { PANE_ECMA_VERSION } from '../../scripts/browser-targets';
import { sevenZip } from '../../scripts/wps-package';
import { readPayload, type DialogPayload } from '../../src/commands/payload';
import { readWorkbookBytes } from '../../src/io';
import { checkActiveSheet } from '../../src/wps/ribbon';
import { fakeWpsFromSnapshots, type FakeWps } from '../hosts/wps/fake-wps';
import { builtPage, DIST, ensureBuilt, syntaxError } from './built';

beforeAll(() => ensureBuilt(), 10 * 60_000);

const WPS = path.join(DIST, 'wps');
const CUSTOM_UI = 'http://schemas.microsoft.com/office/2006/01/customui';

/**
 * The CustomUI elements and attributes the add-in may use: those WPS's own add-in templates (wpsjs 2.2.3) use, so
 * known to be read by WPS. Anything else might be ignored, or make WPS drop the tab.
 */
const ALLOWED: Record<string, string[]> = {
  customUI: ['xmlns', 'onLoad'],
  ribbon: ['startFromScratch'],
  tabs: [],
  tab: ['id', 'label', 'visible', 'getVisible'],
  group: ['id', 'label', 'visible', 'getVisible'],
  button: ['id', 'label', 'getLabel', 'onAction', 'enabled', 'getEnabled', 'image', 'getImage', 'visible', 'getVisible', 'size'],
};
const CALLBACKS = ['onLoad', 'onAction', 'getLabel', 'getEnabled', 'getImage', 'getVisible'];

interface RibbonCheck {
  ids: string[];
  callbacks: string[];
  problems: string[];
}

/** Check ribbon.xml's text: well-formed, the CustomUI namespace, known elements and attributes, unique ids. */
function checkRibbon(xml: string): RibbonCheck {
  const problems: string[] = [];
  let doc: Document;
  try {
    doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  } catch (error) {
    return { ids: [], callbacks: [], problems: [`not well-formed: ${(error as Error).message}`] };
  }
  const root = doc.documentElement;
  if (root.localName !== 'customUI' || root.namespaceURI !== CUSTOM_UI) problems.push(`root is {${root.namespaceURI}}${root.localName}, not CustomUI's customUI`);
  const ids: string[] = [];
  const callbacks: string[] = [];
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (el.namespaceURI !== CUSTOM_UI) problems.push(`${el.localName} is outside the CustomUI namespace`);
    const allowed = ALLOWED[el.localName];
    if (!allowed) {
      problems.push(`element ${el.localName} is not one WPS's CustomUI is known to read`);
      continue;
    }
    for (const attr of el.getAttributeNames()) {
      if (!allowed.includes(attr)) problems.push(`${el.localName} has the attribute ${attr}, not one WPS is known to read there`);
      if (CALLBACKS.includes(attr)) callbacks.push(el.getAttribute(attr)!);
    }
    const id = el.getAttribute('id');
    if (id !== null) {
      if (ids.includes(id)) problems.push(`the id ${id} is used twice`);
      ids.push(id);
    }
  }
  return { ids, callbacks: [...new Set(callbacks)], problems };
}

/** A window with WPS's Application (the fake) where the built scripts of `page` have run. */
function wpsWindow(page: string, wps: FakeWps | null, url = 'https://addins.example.gov.cn/ptcheck/wps/index.html'): { window: JSDOM['window']; errors: string[] } {
  const built = builtPage(`wps/${page}`);
  const dom = new JSDOM(built.html, { url, runScripts: 'outside-only', pretendToBeVisual: true });
  Object.defineProperty(dom.window.navigator, 'language', { value: 'zh-CN' }); // WPS in Chinese
  const errors: string[] = [];
  dom.window.addEventListener('error', (e) => errors.push(e.message));
  if (wps) (dom.window as unknown as { Application: unknown }).Application = wps.application;
  for (const src of built.scripts) dom.window.eval(readFileSync(path.join(WPS, src), 'utf8'));
  return { window: dom.window, errors };
}

function lookbehinds(source: string): string[] {
  const found: string[] = [];
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  for (const token of tokenizer(source, { ecmaVersion: 'latest' }) as Iterable<{ type: { label: string }; value: unknown }>) {
    if (token.type.label !== 'regexp') continue;
    const { pattern, flags } = token.value as { pattern: string; flags: string };
    const ast = parser.parsePattern(pattern, 0, pattern.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
    visitRegExpAST(ast, { onAssertionEnter: (a) => void (a.kind === 'lookbehind' && found.push(`/${pattern}/${flags}`)) });
  }
  return found;
}

describe('ribbon.xml', () => {
  // Read in the tests, after beforeAll has built dist/ (a clean clone has none when the file is loaded).
  let xml = '';
  beforeAll(() => {
    xml = readFileSync(path.join(WPS, 'ribbon.xml'), 'utf8');
  });

  test('well-formed CustomUI: its namespace, only elements and attributes WPS reads, unique ids, the two buttons', () => {
    const { ids, problems } = checkRibbon(xml);
    expect(problems).toEqual([]);
    expect(ids).toEqual(['ptcheckTab', 'ptcheckGroup', 'ptcheckValidate', 'ptcheckOpenPane']);
    const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
    expect([...doc.querySelectorAll('button')].map((b) => b.getAttribute('label'))).toEqual(['一键校验', '打开校验窗格']);
    expect(doc.querySelector('tab')?.getAttribute('label')).toBe('绩效校验');
  });

  test('every callback it names is a function once the entry page’s scripts have run', () => {
    const { callbacks } = checkRibbon(xml);
    expect(callbacks.sort()).toEqual(['ribbon.GetImage', 'ribbon.OnAction', 'ribbon.OnAddinLoad']);
    const { window, errors } = wpsWindow('index.html', fakeWpsFromSnapshots([{ name: 'Sheet1', origin: { row: 0, col: 0 }, values: [], merges: [] }]));
    for (const name of callbacks) {
      const fn = name.split('.').reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], window);
      expect([name, typeof fn]).toEqual([name, 'function']);
    }
    expect(errors).toEqual([]);
    const ribbon = (window as unknown as { ribbon: { GetImage(c: { Id: string }): string } }).ribbon;
    for (const id of ['ptcheckValidate', 'ptcheckOpenPane']) expect(existsSync(path.join(WPS, ribbon.GetImage({ Id: id })))).toBe(true);
  });

  test('the checks can fail', () => {
    expect(checkRibbon('<customUI xmlns="x"><ribbon>').problems[0]).toMatch(/not well-formed/);
    const bad = `<customUI xmlns="${CUSTOM_UI}"><ribbon><tabs><tab id="a" label="t"><group id="a" label="g"><menu id="m"/><button id="b" label="x" screentip="s" onAction="ribbon.Gone"/></group></tab></tabs></ribbon></customUI>`;
    expect(checkRibbon(bad).problems).toEqual([
      'the id a is used twice',
      "element menu is not one WPS's CustomUI is known to read",
      'button has the attribute screentip, not one WPS is known to read there',
    ]);
    expect(checkRibbon('<customUI xmlns="http://example.com/other"/>').problems[0]).toMatch(/not CustomUI/);
  });
});

describe('the scripts, for the engines declared', () => {
  test('the entry page, the dialog and the pane’s loader parse as ES5 (any WPS that runs add-ins)', () => {
    for (const page of ['index.html', 'dialog.html', 'taskpane.html']) {
      const built = builtPage(`wps/${page}`);
      expect(built.scripts.length).toBeGreaterThan(0);
      for (const src of built.scripts) expect({ src, error: syntaxError(readFileSync(path.join(WPS, src), 'utf8'), 5) }).toEqual({ src, error: null });
    }
  });

  test(`the pane parses as ECMAScript ${PANE_ECMA_VERSION} without lookbehind (WPS with Chromium 80 or newer)`, () => {
    const pane = builtPage('wps/taskpane.html').pane!;
    expect(pane).toMatch(/^taskpane\.[0-9a-f]+\.js$/);
    const source = readFileSync(path.join(WPS, pane), 'utf8');
    expect(syntaxError(source, PANE_ECMA_VERSION)).toBeNull();
    expect(lookbehinds(source)).toEqual([]);
  });

  test.each(['index.html', 'taskpane.html', 'dialog.html'])('%s: scripts from its own folder by relative paths, nothing from elsewhere, no office.js', (page) => {
    const built = builtPage(`wps/${page}`);
    expect(built.csp.get('default-src')).toEqual(["'self'"]);
    expect(built.csp.get('script-src')).toEqual(["'self'"]);
    expect(built.csp.get('frame-src')).toEqual(["'none'"]);
    for (const src of [...built.scripts, ...(built.pane ? [built.pane] : [])]) {
      expect(src).toMatch(/^[a-z-]+\.[0-9a-f]{8}\.js$/); // no ../ and no folder: the archive unpacks under another name
      expect(existsSync(path.join(WPS, src))).toBe(true);
    }
    expect(built.html).not.toContain('office.js');
    expect(built.document.querySelectorAll('script:not([src])')).toHaveLength(0);
  });
});

describe('deployment files', () => {
  const version = (JSON.parse(readFileSync(path.join(DIST, '..', 'package.json'), 'utf8')) as { version: string }).version;

  test('the offline archive holds the add-in folder as ptcheck_<version>/, file for file', () => {
    const archive = path.join(DIST, 'wps-deploy', 'offline', 'ptcheck.7z');
    expect(readFileSync(archive).subarray(0, 6)).toEqual(Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]));
    const out = mkdtempSync(path.join(os.tmpdir(), 'ptcheck-7z-'));
    try {
      const run = spawnSync(sevenZip(), ['x', '-y', '-bd', `-o${out}`, archive], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(readdirSync(out)).toEqual([`ptcheck_${version}`]);
      const inside = path.join(out, `ptcheck_${version}`);
      const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name]));
      expect(files(inside).sort()).toEqual(files(WPS).sort());
      for (const f of ['index.html', 'ribbon.xml', 'taskpane.html', 'dialog.html']) expect(readFileSync(path.join(inside, f))).toEqual(readFileSync(path.join(WPS, f)));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('jsplugins.xml examples: the add-in online at ADDIN_BASE_URL/wps/, and the archive offline with its version', () => {
    const parseXml = (file: string) => new JSDOM(readFileSync(path.join(DIST, 'wps-deploy', file), 'utf8'), { contentType: 'application/xml' }).window.document;
    const online = parseXml('online/jsplugins.xml').querySelector('jsplugins > jspluginonline')!;
    expect([online.getAttribute('name'), online.getAttribute('type'), online.getAttribute('url')]).toEqual(['ptcheck', 'et', `${(process.env.ADDIN_BASE_URL || 'https://localhost:3000').replace(/\/+$/, '')}/wps/`]);
    const offline = parseXml('offline/jsplugins.xml').querySelector('jsplugins > jsplugin')!;
    expect([offline.getAttribute('name'), offline.getAttribute('type'), offline.getAttribute('version')]).toEqual(['ptcheck', 'et', version]);
    expect(offline.getAttribute('url')).toMatch(/\/ptcheck\.7z$/);
  });
});

describe('一键校验 from the built entry script', () => {
  const dir = path.join(__dirname, '..', 'fixtures');
  const files = ['samples/seed-shanghai-2020.xlsx', 'samples/real-hubei-huangshi-2022-1.xlsx', 'second/files/nanyue-2018-2-defects.xlsx', 'second/files/qingshan-2020-1.xls'];

  test.each(files)('%s: the dialog WPS is asked to show holds what the sources give', (file) => {
    const snapshots = readWorkbookBytes(new Uint8Array(readFileSync(path.join(dir, file))), file).sheets;
    const wps = fakeWpsFromSnapshots(snapshots);
    const { window, errors } = wpsWindow('index.html', wps);
    (window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean } }).ribbon.OnAction({ Id: 'ptcheckValidate' });
    expect(errors).toEqual([]);
    expect(wps.dialogs).toHaveLength(1);
    const { url, title, modal } = wps.dialogs[0];
    expect(url.startsWith('https://addins.example.gov.cn/ptcheck/wps/dialog.html?r=')).toBe(true);
    expect([title, modal]).toEqual(['绩效目标表校验', false]);
    const shown = readPayload(url.slice(url.indexOf('?'))) as DialogPayload;
    expect(shown.kind).not.toBe('error');
    const reference = checkActiveSheet(fakeWpsFromSnapshots(snapshots).application, 'zh-CN');
    expect([shown.kind, shown.headline, shown.lang]).toEqual([reference.kind, reference.headline, 'zh-CN']);
    expect(shown.findings.length + shown.more).toBe(reference.findings.length + reference.more);
    expect(shown.findings.map((f) => [f.cell, f.severity])).toEqual(reference.findings.slice(0, shown.findings.length).map((f) => [f.cell, f.severity]));
  });

  test('打开校验窗格 makes the task pane once, from taskpane.html next to the entry page, and shows it again later', () => {
    const wps = fakeWpsFromSnapshots([{ name: 'Sheet1', origin: { row: 0, col: 0 }, values: [], merges: [] }]);
    const { window } = wpsWindow('index.html', wps);
    const ribbon = (window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean } }).ribbon;
    ribbon.OnAction({ Id: 'ptcheckOpenPane' });
    expect(wps.panes).toEqual([{ ID: 1, url: 'https://addins.example.gov.cn/ptcheck/wps/taskpane.html', Visible: true, DockPosition: 2 }]);
    wps.panes[0].Visible = false; // the user closed it
    ribbon.OnAction({ Id: 'ptcheckOpenPane' });
    expect(wps.panes).toHaveLength(1);
    expect(wps.panes[0].Visible).toBe(true);
  });

  test('no workbook open: the dialog says so, nothing fails', () => {
    const wps = fakeWpsFromSnapshots([{ name: 'Sheet1', origin: { row: 0, col: 0 }, values: [], merges: [] }]);
    wps.open = false;
    const { window, errors } = wpsWindow('index.html', wps);
    (window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean } }).ribbon.OnAction({ Id: 'ptcheckValidate' });
    expect(errors).toEqual([]);
    const url = wps.dialogs[0].url;
    expect(readPayload(url.slice(url.indexOf('?')))).toMatchObject({ kind: 'error', headline: 'WPS 表格中没有打开的工作簿。没有做任何修改。请先打开要校验的表格，再点“校验”。' });
  });
});
