/**
 * @jest-environment jsdom
 */
/** loader.js: the task pane where the web view can run it; a plain page saying what to do where it cannot. */
import * as loader from '../../src/taskpane/loader';

type LoaderWindow = Window & { ptcheckPaneStarted?: () => void; ptcheckPaneFailed?: (e: unknown) => void; Office?: unknown; ResizeObserver?: unknown; CSS?: unknown };

// A Chinese Windows: the browser's language before Office says its own.
Object.defineProperty(window.navigator, 'language', { value: 'zh-CN', configurable: true });

const modern = { Promise, Symbol, Proxy, ResizeObserver: class {}, CSS: { supports: () => true } };

function setup(html = '<div id="root"></div><script data-pane="taskpane.1234abcd.js"></script>') {
  document.documentElement.lang = 'zh-CN';
  document.body.innerHTML = html;
  return document.querySelector('script[data-pane]')!;
}

afterEach(() => {
  const w = window as LoaderWindow;
  delete w.Office;
  delete w.ResizeObserver;
  delete w.CSS;
  delete w.ptcheckPaneStarted;
  delete w.ptcheckPaneFailed;
});

test('canRunPane: the declared floor yes; Internet Explorer 11 and the old Edge web view no', () => {
  expect(loader.canRunPane(modern)).toBe(true);
  expect(loader.canRunPane({ ...modern, Promise: undefined, Symbol: undefined, Proxy: undefined })).toBe(false); // IE 11
  expect(loader.canRunPane({ ...modern, ResizeObserver: undefined })).toBe(false); // EdgeHTML 18
  expect(loader.canRunPane({ ...modern, CSS: { supports: () => false } })).toBe(false);
  expect(loader.canRunPane({ ...modern, CSS: { supports: () => { throw new Error('no'); } } })).toBe(false);
});

test('webviewName names IE 11 and EdgeHTML for the administrator, nothing else', () => {
  expect(loader.webviewName({ document: { documentMode: 11 }, navigator: { userAgent: 'Trident/7.0' } })).toBe('Internet Explorer 11');
  expect(loader.webviewName({ document: {}, navigator: { userAgent: 'Mozilla/5.0 … Edge/18.19041' } })).toBe('Microsoft Edge (EdgeHTML 18)');
  expect(loader.webviewName({ document: {}, navigator: { userAgent: 'Mozilla/5.0 … Chrome/120.0 Edg/120.0' } })).toBeNull();
});

test('a web view that cannot run the pane: the plain page in Office’s language, no pane script', () => {
  const tag = setup();
  const w = window as LoaderWindow;
  let ready: (() => void) | null = null;
  w.Office = { onReady: (cb: () => void) => (ready = cb), context: { displayLanguage: 'en-GB' } };
  const state = loader.start(window, tag);
  expect(state.fallback).toBe('unsupported');
  const root = document.getElementById('root')!;
  expect(root.querySelector('h1')?.textContent).toBe('这个 Office 版本无法显示校验面板');
  expect(root.textContent).toContain('“一键校验”按钮');
  expect(root.querySelector('[role="alert"]')).not.toBeNull();
  ready!(); // Office is ready: English, as Office shows it
  expect(document.documentElement.lang).toBe('en-US');
  expect(root.querySelector('h1')?.textContent).toBe('This version of Office cannot show the checker pane');
  expect(root.textContent).toContain('Check Sheet button on the Home tab');
  expect(root.textContent).toContain('Microsoft Edge WebView2 runtime');
  expect(document.querySelectorAll('script[src]')).toHaveLength(0);
});

test('a capable web view: the pane script is added; once started, later errors leave the pane alone', () => {
  const tag = setup();
  const w = window as LoaderWindow;
  Object.assign(w, { ResizeObserver: modern.ResizeObserver, CSS: modern.CSS });
  const state = loader.start(window, tag);
  const script = document.querySelector<HTMLScriptElement>('script[src]')!;
  expect(script.getAttribute('src')).toBe('taskpane.1234abcd.js');
  expect(state.fallback).toBeNull();
  w.ptcheckPaneStarted!();
  window.dispatchEvent(new ErrorEvent('error', { message: 'later', filename: script.src }));
  expect(state.fallback).toBeNull();
  expect(document.getElementById('root')!.textContent).toBe('');
});

test('the pane file does not arrive: says so and what to do, not that Office is too old', () => {
  const tag = setup();
  Object.assign(window, { ResizeObserver: modern.ResizeObserver, CSS: modern.CSS });
  const state = loader.start(window, tag);
  document.querySelector<HTMLScriptElement>('script[src]')!.dispatchEvent(new Event('error'));
  expect(state.fallback).toBe('load');
  const text = document.getElementById('root')!.textContent!;
  expect(text).toContain('校验面板的文件没有加载成功');
  expect(text).toContain('请关闭任务窗格后重新打开');
  expect(text).not.toContain('Office 版本');
});

test('the pane fails while starting (an error in its file, or reported): the plain page with the detail', () => {
  const tag = setup();
  Object.assign(window, { ResizeObserver: modern.ResizeObserver, CSS: modern.CSS });
  const state = loader.start(window, tag);
  const script = document.querySelector<HTMLScriptElement>('script[src]')!;
  window.dispatchEvent(new ErrorEvent('error', { message: 'office.js noise', filename: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js' }));
  expect(state.fallback).toBeNull(); // not the pane's
  window.dispatchEvent(new ErrorEvent('error', { message: 'TypeError: x is not a function', filename: script.src }));
  expect(state.fallback).toBe('start');
  const text = document.getElementById('root')!.textContent!;
  expect(text).toContain('校验面板无法在这个 Office 中启动');
  expect(text).toContain('详细信息：TypeError: x is not a function');

  const again = setup();
  const second = loader.start(window, again);
  (window as LoaderWindow).ptcheckPaneFailed!(new Error('createRoot failed'));
  expect(second.fallback).toBe('start');
  expect(document.getElementById('root')!.textContent).toContain('createRoot failed');
});
