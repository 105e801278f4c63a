/** The ribbon's 一键校验 (validateSheet): read with ExcelHost, check, show the result in a dialog, always complete. */
import { readFileSync } from 'fs';
import path from 'path';
import { siblingUrl, validateSheet } from '../../../src/commands/commands';
import { dialogUrl, queryValue, readPayload, type DialogPayload } from '../../../src/commands/payload';
import { readWorkbookBytes } from '../../../src/io';
import { FakeExcel, FakeSheet, sheetFromSnapshot } from './fake-excel';

type Handler = (arg: { message?: string; error?: number }) => void;

/** Globals `Office` and `Excel` as office.js provides them, over a fake workbook, with a dialog the test can close. */
function installOffice(excel: FakeExcel, options: { dialogs?: boolean; lang?: string } = {}) {
  const opened: string[] = [];
  const handlers: Record<string, Handler> = {};
  const dialog = { addEventHandler: (type: string, h: Handler) => (handlers[type] = h), close: jest.fn() };
  const g = globalThis as unknown as { Office?: unknown; Excel?: unknown };
  g.Excel = { run: (a: unknown, b?: unknown) => (b ? excel.run(b as never, { reuse: a as never }) : excel.run(a as never)) };
  g.Office = {
    context: {
      displayLanguage: options.lang ?? 'zh-CN',
      requirements: { isSetSupported: (set: string, v: string) => (set === 'DialogApi' ? options.dialogs !== false : excel.supports(v)) },
      ui: {
        displayDialogAsync: (url: string, _opts: unknown, cb: (r: { status: string; value: unknown }) => void) => {
          opened.push(url);
          cb({ status: 'succeeded', value: dialog });
        },
      },
    },
  };
  return {
    opened,
    dialog,
    payload: (): DialogPayload | null => readPayload(opened[0].slice(opened[0].indexOf('?'))),
    /** The user clicks 关闭 in the dialog. */
    close: () => handlers.dialogMessageReceived?.({ message: 'close' }),
    /** The user closes the dialog with its ×. */
    dismiss: () => handlers.dialogEventReceived?.({ error: 12006 }),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

function sampleSheet(file = 'seed-shanghai-2020.xlsx'): FakeSheet {
  const bytes = new Uint8Array(readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'samples', file)));
  return sheetFromSnapshot(readWorkbookBytes(bytes, file).sheets[0]);
}

afterEach(() => {
  const g = globalThis as unknown as { Office?: unknown; Excel?: unknown };
  delete g.Office;
  delete g.Excel;
});

describe('validateSheet', () => {
  test('checks the active sheet, shows the counts and first findings in the dialog, completes when the user closes it', async () => {
    const excel = new FakeExcel([sampleSheet()], { api: '1.13' });
    const office = installOffice(excel);
    const completed = jest.fn();
    const running = validateSheet({ completed } as unknown as Office.AddinCommands.Event);
    await settle();

    expect(office.opened).toHaveLength(1);
    expect(office.opened[0].startsWith('dialog.html?r=')).toBe(true);
    expect(office.opened[0].length).toBeLessThanOrEqual(2_000);
    const payload = office.payload()!;
    expect(payload.lang).toBe('zh-CN');
    expect(payload.kind).toBe('ready');
    expect(payload.headline).toMatch(/^可以发送/);
    for (const f of payload.findings) {
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(f.message.length).toBeGreaterThan(0);
    }
    expect(completed).not.toHaveBeenCalled(); // completing now would unload the dialog with this page

    office.close();
    await running;
    expect(office.dialog.close).toHaveBeenCalled();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test('a sheet with errors (a real table with 项目主管部门 blank): the counts and the errors first, in English too', async () => {
    const excel = new FakeExcel([sampleSheet('real-hubei-huangshi-2022-1.xlsx')], { api: '1.13' });
    const office = installOffice(excel, { lang: 'en-US' });
    const completed = jest.fn();
    const running = validateSheet({ completed } as unknown as Office.AddinCommands.Event);
    await settle();
    office.dismiss();
    await running;
    const payload = office.payload()!;
    expect(payload.lang).toBe('en-US');
    expect(completed).toHaveBeenCalledTimes(1);
    expect(payload.kind).toBe('not-ready');
    expect(payload.headline).toMatch(/^Not ready to send: [1-9]\d* errors?, \d+ warnings?$/);
    expect(payload.findings[0]).toMatchObject({ cell: 'B5', severity: 'error' });
  });

  test('rules switched off by the workbook\'s own settings are said in the dialog\'s headline', async () => {
    const excel = new FakeExcel([sampleSheet()], { api: '1.13' });
    excel.settings.set('ptcheck.settings', JSON.stringify({ rules: { 'target-style': 'off' }, ignored: [] }));
    const office = installOffice(excel);
    const running = validateSheet({ completed: jest.fn() } as unknown as Office.AddinCommands.Event);
    await settle();
    office.close();
    await running;
    expect(office.payload()!.headline).toContain('本工作簿保存的校验设置关闭了 1 条规则（target-style）');
  });

  test('when reading throws (cell-edit mode) the error is shown and the event still completes', async () => {
    const excel = new FakeExcel([sampleSheet()]);
    excel.editing = true;
    const office = installOffice(excel);
    const completed = jest.fn();
    const running = validateSheet({ completed } as unknown as Office.AddinCommands.Event);
    await settle();
    expect(office.payload()).toMatchObject({ kind: 'error', findings: [] });
    expect(office.payload()!.headline).toContain('请先按 Enter 或 Esc 结束单元格编辑，再点校验');
    office.close();
    await running;
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test('when Excel.run itself throws and dialogs are unavailable: nothing shown, the event completes', async () => {
    const excel = new FakeExcel([sampleSheet()]);
    const office = installOffice(excel, { dialogs: false });
    (globalThis as unknown as { Excel: { run: () => never } }).Excel.run = () => {
      throw new TypeError('Excel.run is broken');
    };
    const completed = jest.fn();
    await validateSheet({ completed } as unknown as Office.AddinCommands.Event);
    expect(office.opened).toEqual([]);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test('when opening the dialog throws, the event completes', async () => {
    const excel = new FakeExcel([sampleSheet()]);
    installOffice(excel);
    (globalThis as unknown as { Office: { context: { ui: { displayDialogAsync: () => never } } } }).Office.context.ui.displayDialogAsync = () => {
      throw new Error('12007: a dialog is already open');
    };
    const completed = jest.fn();
    await validateSheet({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe('the dialog URL', () => {
  test('long findings are cut to keep the URL under the budget, and still decode', () => {
    const payload: DialogPayload = {
      lang: 'zh-CN',
      kind: 'not-ready',
      headline: '12 个错误，3 个警告',
      findings: Array.from({ length: 5 }, (_, i) => ({ cell: `E${i + 10}`, severity: 'error' as const, message: '指标值“较好”不可衡量：请写成可以核验的数值或明确的完成标准。'.repeat(3) })),
      more: 10,
    };
    const url = dialogUrl('https://localhost:3000/dialog.html', payload);
    expect(url.length).toBeLessThanOrEqual(2_000);
    const back = readPayload(url.slice(url.indexOf('?')))!;
    expect(back.headline).toBe('12 个错误，3 个警告');
    expect(back.findings.length + back.more).toBe(15);
    expect(back.findings[0].cell).toBe('E10');
  });
});

describe('URLs without URL() and URLSearchParams (Internet Explorer 11 has neither)', () => {
  test('dialog.html next to the commands page, whatever the query or fragment', () => {
    expect(siblingUrl('https://intranet.example.gov.cn/ptcheck/commands.html?_host_Info=Excel$Win32$16.01$zh-CN#x', 'dialog.html')).toBe(
      'https://intranet.example.gov.cn/ptcheck/dialog.html',
    );
    expect(siblingUrl('https://localhost:3000/commands.html', 'dialog.html')).toBe('https://localhost:3000/dialog.html');
  });

  test('queryValue reads one parameter as URLSearchParams does', () => {
    const search = `?_host_Info=Excel&r=${encodeURIComponent('{"a":"x&y=z 中文+"}')}&empty=&flag`;
    for (const key of ['r', '_host_Info', 'empty', 'flag', 'missing']) {
      expect(queryValue(search, key)).toBe(new URLSearchParams(search).get(key));
    }
    expect(queryValue('?r=a+b', 'r')).toBe('a b');
  });
});
