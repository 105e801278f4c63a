/**
 * The scripts old Office web views load — commands.html (the ribbon's 一键校验, with the whole checker), dialog.html
 * (its result) and the task pane's loader — as built in dist/: ES5 for Internet Explorer 11 (Office 2016/2019 volume
 * licence), checked by parsing them as ES5 and by running them in an IE 11 stand-in (test/build/ie11.ts), where
 * 一键校验 must give exactly the result the same check gives in Node.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { parse } from 'acorn';
import { validateSheet } from '../../src/commands/commands';
import { readPayload, type DialogPayload } from '../../src/commands/payload';
import { readWorkbookBytes } from '../../src/io';
import { FakeExcel, sheetFromSnapshot } from '../hosts/excel/fake-excel';
import { builtPage, distFile, ensureBuilt } from './built';
import { ie11Page } from './ie11';

beforeAll(() => ensureBuilt(), 10 * 60_000);

const SAMPLES = path.join(__dirname, '..', 'fixtures', 'samples');
const ORIGIN = 'https://addins.example.gov.cn/ptcheck/';

function es5Errors(source: string): string | null {
  try {
    parse(source, { ecmaVersion: 5, sourceType: 'script' });
    return null;
  } catch (error) {
    const pos = (error as { pos?: number }).pos ?? 0;
    return `${(error as Error).message} near ${JSON.stringify(source.slice(Math.max(0, pos - 60), pos + 60))}`;
  }
}

describe('ES5 syntax: every script an old web view loads parses as ECMAScript 5', () => {
  test.each(['commands.html', 'dialog.html', 'taskpane.html'])('%s', (file) => {
    const page = builtPage(file);
    const own = page.scripts.filter((src) => !/^https:/.test(src) && !src.startsWith('office-js/'));
    expect(own.length).toBeGreaterThan(0);
    for (const src of own) expect({ src, error: es5Errors(distFile(src)) }).toEqual({ src, error: null });
  });

  test('the check can fail: modern syntax is refused', () => {
    expect(es5Errors('var f = () => 1;')).toMatch(/Unexpected token/);
    expect(es5Errors('var r = /(?<=a)b/;')).toMatch(/Invalid regular expression/);
    expect(es5Errors('var r = /a/u;')).toMatch(/Invalid regular expression flag/);
  });
});

/** Office and Excel as office.js provides them, over a fake workbook; records the dialog the command opens. */
function officeGlobals(excel: FakeExcel, lang = 'zh-CN') {
  const opened: string[] = [];
  const associated: Record<string, (event: { completed(): void }) => Promise<void>> = {};
  let closeDialog: (() => void) | null = null;
  const Office = {
    onReady: (callback?: (info: unknown) => void) => {
      callback?.({ host: 'Excel' });
      return { then: () => undefined };
    },
    actions: { associate: (name: string, fn: (typeof associated)[string]) => (associated[name] = fn) },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: {
      displayLanguage: lang,
      requirements: { isSetSupported: (set: string, version: string) => (set === 'DialogApi' ? true : excel.supports(version)) },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
          opened.push(url);
          callback({
            status: 'succeeded',
            value: {
              addEventHandler: (type: string, handler: (arg: unknown) => void) => {
                if (type === 'dialogMessageReceived') closeDialog = () => handler({ message: 'close' });
              },
              close: () => undefined,
            },
          });
          setTimeout(() => closeDialog?.(), 0); // the user reads the result and clicks 关闭
        },
      },
    },
  };
  const Excel = { run: (batch: never) => excel.run(batch) };
  return { globals: { Office, Excel }, opened, associated };
}

function sample(file: string) {
  const snapshot = readWorkbookBytes(new Uint8Array(readFileSync(path.join(SAMPLES, file))), file).sheets[0];
  return () => new FakeExcel([sheetFromSnapshot(snapshot)], { api: '1.7' }); // Office 2019 volume licence
}

const payloadOf = (url: string): DialogPayload | null => readPayload(url.slice(url.indexOf('?')));

describe('一键校验 in the Internet Explorer 11 stand-in (commands.html as built)', () => {
  const files = ['seed-shanghai-2020.xlsx', 'real-hubei-huangshi-2022-1.xlsx', 'real-shanghai-putuo-2026-1.xlsx', 'real-sichuan-jingyan-2023-1.xlsx', 'real-chongqing-fengjie-2023-1.xlsx'];

  test.each(files)('%s: the same result as in Node, shown in dialog.html next to the page', async (file) => {
    const page = builtPage('commands.html');
    const bundle = page.scripts.find((src) => src.startsWith('commands.'))!;

    const make = sample(file);
    const office = officeGlobals(make(), 'zh-CN');
    const ie = ie11Page(page.html, `${ORIGIN}commands.html`, office.globals);
    ie.run(distFile(bundle));
    expect(Object.keys(office.associated)).toEqual(['validateSheet']);
    expect(typeof ie.window.validateSheet).toBe('function'); // Office 2016 looks it up on the page's global object
    let completed = 0;
    await office.associated.validateSheet({ completed: () => completed++ });
    expect(completed).toBe(1);
    expect(ie.errors).toEqual([]);
    expect(office.opened).toHaveLength(1);
    expect(office.opened[0].startsWith(`${ORIGIN}dialog.html?r=`)).toBe(true);

    // The same command from the sources, in Node.
    const reference = officeGlobals(make(), 'zh-CN');
    Object.assign(globalThis, reference.globals);
    try {
      await validateSheet({ completed: () => undefined } as unknown as Office.AddinCommands.Event);
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
      delete (globalThis as Record<string, unknown>).Excel;
    }
    const ours = payloadOf(office.opened[0]);
    expect(ours).not.toBeNull();
    expect(ours!.kind === 'error' ? ours!.headline : ours!.kind).not.toBe('error');
    expect(ours).toEqual(payloadOf(reference.opened[0]));
  });
});

describe('the result dialog in the Internet Explorer 11 stand-in (dialog.html as built)', () => {
  test('shows the headline and the findings, and 关闭 tells the command', () => {
    const page = builtPage('dialog.html');
    const payload: DialogPayload = {
      lang: 'zh-CN',
      kind: 'not-ready',
      headline: '2 个错误，14 个警告',
      findings: [{ cell: 'B5', severity: 'error', message: '“项目主管部门”一栏未填写：请补充填写' }],
      more: 15,
    };
    const messages: string[] = [];
    const Office = { onReady: () => ({ then: () => undefined }), context: { ui: { messageParent: (m: string) => messages.push(m) } } };
    const ie = ie11Page(page.html, `${ORIGIN}dialog.html?r=${encodeURIComponent(JSON.stringify(payload))}`, { Office });
    for (const src of page.scripts.filter((s) => s.startsWith('dialog.'))) ie.run(distFile(src));
    const doc = ie.window.document;
    expect(doc.querySelector('h1')?.textContent).toBe('2 个错误，14 个警告');
    expect(doc.querySelector('li')?.textContent).toBe('B5错误“项目主管部门”一栏未填写：请补充填写');
    expect(doc.querySelector('.more')?.textContent).toBe('还有 15 个问题，请在校验面板中查看。');
    const [, close] = [...doc.querySelectorAll('button')];
    close.click();
    expect(messages).toEqual(['close']);
    expect(ie.errors).toEqual([]);
  });
});

describe('the task pane in the Internet Explorer 11 stand-in (taskpane.html as built)', () => {
  test('the loader shows the plain page: which Office is needed, and that 一键校验 works; the pane is never loaded', () => {
    const page = builtPage('taskpane.html');
    expect(page.pane).toMatch(/^taskpane\.[0-9a-f]+\.js$/);
    const Office = { onReady: (cb: () => void) => cb(), context: { displayLanguage: 'zh-CN' } };
    const ie = ie11Page(page.html, `${ORIGIN}taskpane.html`, { Office });
    const loader = page.scripts.find((s) => s.startsWith('taskpane-loader.'))!;
    ie.run(distFile(loader));
    const doc = ie.window.document;
    const text = doc.getElementById('root')!.textContent!;
    expect(text).toContain('这个 Office 版本无法显示校验面板');
    expect(text).toContain('Microsoft 365 或 Office 2021 及更新版本');
    expect(text).toContain('“一键校验”按钮');
    expect(text).toContain('浏览器组件：Internet Explorer 11');
    expect(doc.querySelectorAll('script[src^="taskpane."]')).toHaveLength(0);
    expect(ie.errors).toEqual([]);
  });
});
