/**
 * @jest-environment jsdom
 */
/** wps/loader.js on the shared loader core: WPS's texts, engine check and page layout. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require('../../../src/wps/loader.js') as {
  canRunPane(w: unknown): boolean;
  browserName(w: unknown): string | null;
  start(w: Window, tag: Element): { started: boolean; fallback: string | null };
};

Object.defineProperty(window.navigator, 'language', { value: 'zh-CN', configurable: true });

function setup() {
  document.body.innerHTML = '<div id="root"></div><script data-pane="taskpane.1234abcd.js"></script>';
  return document.querySelector('script[data-pane]')!;
}

afterEach(() => {
  delete (window as { ResizeObserver?: unknown }).ResizeObserver;
});

test('canRunPane: Chromium 80 yes, an older engine no; browserName names Chromium for the administrator', () => {
  const modern = { Promise, Symbol, ResizeObserver: class {}, BigInt, globalThis };
  expect(loader.canRunPane(modern)).toBe(true);
  expect(loader.canRunPane({ ...modern, BigInt: undefined })).toBe(false);
  expect(loader.browserName({ navigator: { userAgent: 'Mozilla/5.0 Chrome/69.0.3497.100 Safari/537.36' } })).toBe('Chromium 69.0.3497.100');
  expect(loader.browserName({ navigator: { userAgent: 'Mozilla/5.0' } })).toBeNull();
});

test('the pane file does not arrive: what to do, and that 一键校验 still works, in that order', () => {
  Object.assign(window, { ResizeObserver: class {} });
  const state = loader.start(window, setup());
  document.querySelector<HTMLScriptElement>('script[src]')!.dispatchEvent(new Event('error'));
  expect(state.fallback).toBe('load');
  const root = document.getElementById('root')!;
  expect(root.querySelector('h1')?.textContent).toBe('校验窗格的文件没有加载成功');
  expect([...root.querySelectorAll('p')].map((p) => [p.className, p.textContent!.slice(0, 12)])).toEqual([
    ['', '加载项的文件可能不完整。'],
    ['works', '在这个 WPS 中可以使'],
    ['detail', '详细信息：taskpan'],
  ]);
});

test('an engine that cannot run the pane: what is needed and that 一键校验 works; no pane script', () => {
  const state = loader.start(window, setup()); // jsdom has no ResizeObserver
  expect(state.fallback).toBe('unsupported');
  const root = document.getElementById('root')!;
  expect(root.querySelector('h1')?.textContent).toBe('这个 WPS 版本无法显示校验窗格');
  expect([...root.querySelectorAll('p')].map((p) => p.className)).toEqual(['', 'works']);
  expect(root.textContent).toContain('Chromium 80');
  expect(document.querySelectorAll('script[src]')).toHaveLength(0);
});
