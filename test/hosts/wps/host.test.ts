/**
 * The WPS host beyond the contract suite: what WPS does differently (synchronous calls, VBA's fills and protection,
 * alerts, no workbook settings), the number of calls each operation costs, and the add-in's own writes kept apart
 * from the user's edits whether WPS raises their events during the write or after it.
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { CellEdit } from '../../../src/core/model';
import { recognise } from '../../../src/core/recognise';
import { applyPlanToSnapshot, defaultCatalogue, planInsertion, templatesFor } from '../../../src/core/templates';
import { HostError } from '../../../src/hosts/host';
import { HIGHLIGHT_COLOURS, STORE_SHEET, WpsHost } from '../../../src/hosts/wps';
import { bgrToHex, hexToBgr } from '../../../src/hosts/wps/api';
import { readWorkbookBytes } from '../../../src/io';
import { FakeWps, FakeWpsSheet, fakeWpsFromSnapshots } from './fake-wps';
import { hostErrorText } from '../../../src/hosts/messages';

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
const hostOf = (wps: FakeWps) => new WpsHost({ app: wps.application });

function sheet(): FakeWpsSheet {
  return new FakeWpsSheet('绩效目标表', {
    B3: { value: '≥ 95%' },
    D7: { value: '用户刚改过' },
    E5: { value: 'x' },
    C4: { value: 100, text: '100', formula: '=SUM(C1:C3)' },
  });
}

const edit = (cell: string, expected: string, value: string): CellEdit => ({ sheet: '绩效目标表', cell, expected, value });
const EDITS = [edit('B3', '≥ 95%', '≥95%'), edit('D7', '原来的值', '新值'), edit('E5', ' x ', 'y')];

describe('applyEdits', () => {
  test('writes only cells still showing the expected text; about four calls a cell', async () => {
    const wps = new FakeWps([sheet()]);
    const result = await hostOf(wps).applyEdits(EDITS);
    expect(result.applied.map((e) => e.cell)).toEqual(['B3', 'E5']);
    expect(result.stale).toEqual([{ edit: EDITS[1], actual: '用户刚改过' }]);
    expect(wps.log).toEqual(['write 绩效目标表!B3=≥95%', 'write 绩效目标表!E5=y']);
    // ActiveWorkbook, Worksheets, Item, ProtectContents; per cell Range, Text, Formula; per write Value2.
    expect(wps.calls).toBe(4 + 3 * 3 + 2);
  });

  test('text that WPS would read as a number, a date or a formula is written as that text', async () => {
    const s = new FakeWpsSheet('绩效目标表', { B3: { value: '95' }, B4: { value: 'a' }, B5: { value: 'b' } });
    const wps = new FakeWps([s]);
    await hostOf(wps).applyEdits([edit('B3', '95', '95%'), edit('B4', 'a', '=100%'), edit('B5', 'b', '3-5')]);
    expect(['B3', 'B4', 'B5'].map((c) => [s.cell(c).value, s.cell(c).formula])).toEqual([
      ['95%', undefined],
      ['=100%', undefined],
      ['3-5', undefined],
    ]);
  });

  test('a formula cell is left alone unless the edit expects what it shows', async () => {
    const wps = new FakeWps([sheet()]);
    const result = await hostOf(wps).applyEdits([edit('C4', '99', '101')]);
    expect(result).toEqual({ applied: [], stale: [{ edit: edit('C4', '99', '101'), actual: '100' }] });
    expect(wps.log).toEqual([]);
  });

  test('a protected sheet: refused before any write when a target is locked; unlocked cells are written', async () => {
    const s = sheet();
    s.protected = true;
    const wps = new FakeWps([s]);
    const error = (await hostOf(wps).applyEdits(EDITS).catch((e: unknown) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe('protected');
    expect(hostErrorText(error, 'zh-CN')).toBe('工作表“绩效目标表”受保护，无法写入。没有做任何修改。如需修改，请在“审阅”选项卡点击“撤销工作表保护”（可能需要密码），再重试。');
    expect(wps.log).toEqual([]);

    s.cell('B3').locked = false;
    s.cell('E5').locked = false;
    expect((await hostOf(wps).applyEdits(EDITS)).applied.map((e) => e.cell)).toEqual(['B3', 'E5']);
  });

  test('WPS failing in the middle of the writes: the message says some cells may have been written', async () => {
    const wps = new FakeWps([sheet()]);
    let writes = 0;
    wps.beforeWrite = () => {
      if (++writes === 2) throw new Error('RPC 调用失败');
    };
    const error = (await hostOf(wps).applyEdits(EDITS).catch((e: unknown) => e)) as HostError;
    expect(error.code).toBe('failed');
    expect(hostErrorText(error, 'zh-CN')).toBe('操作没有完成。部分单元格可能已经写入，请检查后再继续。WPS 返回：RPC 调用失败。请重试；如果仍然失败，请保存并重新打开工作簿。');
    expect(hostErrorText(error, 'en-US')).toBe('The operation did not complete. Some cells may already have been written: check them before going on. WPS said: RPC 调用失败. Try again; if it still fails, save and reopen the workbook.');
  });
});

describe.each(['sync', 'async'] as const)('change events raised %s', (events) => {
  test('the user’s edits of the sheet being checked are heard; the add-in’s own writes and other sheets are not', async () => {
    const other = new FakeWpsSheet('说明', { A1: { value: '填表说明' } });
    const wps = new FakeWps([sheet(), other], { events });
    const host = hostOf(wps);
    await host.readActiveSheet();
    const heard: string[] = [];
    const unsubscribe = await host.onSheetChanged(() => heard.push('changed'));
    await host.applyEdits(EDITS);
    await settle();
    expect(heard).toEqual([]);

    wps.userEdits('绩效目标表', 'B3', '≥90%'); // the same cell the add-in just wrote: the user's edit is heard
    await settle();
    expect(heard).toEqual(['changed']);
    wps.userEdits('说明', 'A2', '别的表');
    await settle();
    expect(heard).toEqual(['changed']);

    wps.active = other; // the user checks the other sheet: the watcher follows it
    await host.readActiveSheet();
    wps.userEdits('说明', 'A2', '改了');
    wps.userEdits('绩效目标表', 'B3', '≥80%');
    await settle();
    expect(heard).toEqual(['changed', 'changed']);

    unsubscribe();
    wps.userEdits('说明', 'A3', 'x');
    await settle();
    expect(heard).toHaveLength(2);
    expect(wps.listeners.get('SheetChange')).toEqual([]);
  });
});

describe('highlights', () => {
  const YELLOW = '#FFFF00';
  function filled(): FakeWpsSheet {
    return new FakeWpsSheet('Sheet1', {
      B3: { value: '≥95%', fill: YELLOW, pattern: 1 },
      C3: { value: 'c' },
      D3: { value: 'x', fill: '#C6EFCE', pattern: 17, patternColor: '#FF0000' }, // a patterned fill
      E3: { value: 'g', fill: '#4472C4', pattern: 4000 }, // a gradient: cannot be written back
      F3: { value: 'w', fill: '#FFFFFF', pattern: 1 }, // a white fill of the user's own (not "no fill")
    });
  }
  const cells = ['B3', 'C3', 'D3', 'E3', 'F3'].map((cell) => ({ cell, severity: 'error' as const }));

  test('colour and clear: every fill comes back exactly, a gradient is never touched', async () => {
    const s = filled();
    const wps = new FakeWps([s]);
    await hostOf(wps).highlight('Sheet1', cells);
    expect(['B3', 'C3', 'D3', 'E3', 'F3'].map((c) => s.cell(c).fill)).toEqual([HIGHLIGHT_COLOURS.error, HIGHLIGHT_COLOURS.error, HIGHLIGHT_COLOURS.error, '#4472C4', HIGHLIGHT_COLOURS.error]);
    expect(wps.sheet(STORE_SHEET).visible).toBe(2); // the record, in the very hidden store sheet
    expect(wps.active.name).toBe('Sheet1');

    await hostOf(wps).clearHighlights(); // a new host: the record comes from the workbook
    expect(['B3', 'C3', 'D3', 'E3', 'F3'].map((c) => [s.cell(c).fill, s.cell(c).pattern, s.cell(c).patternColor])).toEqual([
      [YELLOW, 1, undefined],
      [undefined, undefined, undefined],
      ['#C6EFCE', 17, '#FF0000'],
      ['#4472C4', 4000, undefined],
      ['#FFFFFF', 1, undefined],
    ]);
  });

  test('cells without fills cost one call per address list to read; a cell recoloured by the user keeps the new colour', async () => {
    const s = new FakeWpsSheet('Sheet1');
    const many = Array.from({ length: 60 }, (_, i) => ({ cell: `C${i + 1}`, severity: 'warning' as const }));
    const wps = new FakeWps([s]);
    const host = hostOf(wps);
    await host.highlight('Sheet1', many);
    expect(wps.calls).toBeLessThan(60);
    s.cell('C7').fill = '#00B050';
    await host.clearHighlights();
    expect(s.cell('C7').fill).toBe('#00B050');
    expect(s.cell('C8').fill).toBeUndefined();
  });

  test('highlighting again replaces: cells no longer found are restored, a cell highlighted twice keeps its original', async () => {
    const s = filled();
    const wps = new FakeWps([s]);
    const host = hostOf(wps);
    await host.highlight('Sheet1', cells);
    await host.highlight('Sheet1', [{ cell: 'B3', severity: 'info' }]);
    expect(s.cell('B3').fill).toBe(HIGHLIGHT_COLOURS.info);
    expect(s.cell('C3').fill).toBeUndefined();
    expect(s.cell('D3').fill).toBe('#C6EFCE');
    await host.clearHighlights();
    expect(s.cell('B3').fill).toBe(YELLOW);
  });

  test('a protected sheet that does not allow formatting: refused, nothing coloured', async () => {
    const s = filled();
    s.protected = true;
    const wps = new FakeWps([s]);
    const error = (await hostOf(wps).highlight('Sheet1', cells).catch((e: unknown) => e)) as HostError;
    expect(error.code).toBe('protected');
    expect(s.cell('C3').fill).toBeUndefined();
  });

  test('a workbook whose structure is protected: highlights still work, the record is kept in memory', async () => {
    const s = filled();
    const wps = new FakeWps([s]);
    wps.protectStructure = true;
    const host = hostOf(wps);
    await host.highlight('Sheet1', cells);
    expect(s.cell('C3').fill).toBe(HIGHLIGHT_COLOURS.error);
    expect(wps.sheets.map((x) => x.name)).toEqual(['Sheet1']);
    await host.clearHighlights();
    expect(s.cell('B3').fill).toBe(YELLOW);
  });

  test('colours as WPS takes them: BGR numbers', () => {
    expect(hexToBgr('#FDE7E9')).toBe(0xe9e7fd);
    expect(bgrToHex(0xe9e7fd)).toBe('#FDE7E9');
    expect(bgrToHex(16777215)).toBe('#FFFFFF');
  });
});

describe('another workbook in front (WPS’s pane stays open across workbooks)', () => {
  test('highlights are given back in the workbook they were made in, never in another', async () => {
    const a = new FakeWpsSheet('Sheet1', { B3: { value: 'a', fill: '#FFFF00', pattern: 1 }, C3: { value: 'c' } });
    const b = new FakeWpsSheet('Sheet1', { B3: { value: 'b' }, C3: { value: 'd' } });
    const wps = new FakeWps([a]);
    const host = hostOf(wps);
    await host.highlight('Sheet1', [{ cell: 'B3', severity: 'error' }, { cell: 'C3', severity: 'warning' }]);
    const first = wps.switchTo('B.xlsx', [b]);
    b.cell('C3').fill = HIGHLIGHT_COLOURS.warning; // by chance the same colour, the user's own
    await host.clearHighlights();
    expect(b.cell('C3').fill).toBe(HIGHLIGHT_COLOURS.warning);
    wps.switchTo(first.bookName, first.sheets);
    await host.clearHighlights();
    expect([a.cell('B3').fill, a.cell('C3').fill]).toEqual(['#FFFF00', undefined]);
  });

  test('an insertion is undone only in its own workbook', async () => {
    const SEED = path.join(__dirname, '..', '..', 'fixtures', 'samples', 'seed-shanghai-2020.xlsx');
    const snapshot = readWorkbookBytes(new Uint8Array(readFileSync(SEED)), 'seed.xlsx').sheets[0];
    const wps = fakeWpsFromSnapshots([snapshot]);
    const host = hostOf(wps);
    const table = recognise(snapshot).tables[0];
    const last = table.indicators[table.indicators.length - 1];
    const rows = templatesFor(defaultCatalogue(), table.framework, last).flatMap((t) => t.rows).slice(0, 1);
    const record = await host.applyPlan(planInsertion(snapshot, table, rows, { cell: last.cell }));
    const other = new FakeWpsSheet(snapshot.name, { A1: { value: '别的表' } });
    const first = wps.switchTo('其他.xlsx', [other]);
    const error = (await host.undoInsertion(record).catch((e: unknown) => e)) as HostError;
    expect(error.code).toBe('other-workbook');
    expect(hostErrorText(error, 'zh-CN')).toBe('这些行是在工作簿“Book1.xlsx”中插入的，现在显示的是另一个工作簿。没有做任何修改。请切换回“Book1.xlsx”，再点“撤销插入”。');
    expect([...other.cells.keys()]).toEqual(['A1']);
    wps.switchTo(first.bookName, first.sheets);
    expect(await host.undoInsertion(record)).toEqual({ undone: true, edited: [] });
  });
});

describe('settings in the workbook', () => {
  test('kept in a very hidden sheet that the user does not see; the active sheet stays in front', async () => {
    const wps = new FakeWps([sheet()]);
    const host = hostOf(wps);
    const settings = { rules: { 'target-vague': 'off' as const }, ignored: [] };
    await host.saveSettings(settings);
    expect(wps.sheets.map((s) => [s.name, s.visible])).toEqual([
      ['绩效目标表', -1],
      [STORE_SHEET, 2],
    ]);
    expect(wps.active.name).toBe('绩效目标表');
    expect(await hostOf(wps).loadSettings()).toEqual(settings);
    await host.saveSettings({ rules: {}, ignored: [] });
    expect(await hostOf(wps).loadSettings()).toEqual({ rules: {}, ignored: [] });
  });

  test('a long value (a taught vocabulary, templates) is split over cells and read back whole', async () => {
    const wps = new FakeWps([sheet()]);
    const ignored = Array.from({ length: 900 }, (_, i) => ({ rule: 'target-style', sheet: '绩效目标表', cell: `D${i + 1}`, value: `≥${i}%，写法不规范的指标值` }));
    await hostOf(wps).saveSettings({ rules: {}, ignored });
    const row = [...wps.sheet(STORE_SHEET).cells.keys()].filter((k) => /^[A-Z]+2$/.test(k));
    expect(row.length).toBeGreaterThan(3);
    expect((await hostOf(wps).loadSettings()).ignored).toEqual(ignored);
  });

  test('a WPS without very hidden sheets: hidden instead', async () => {
    const wps = new FakeWps([sheet()], { noVeryHidden: true });
    await hostOf(wps).saveSettings({ rules: {}, ignored: [] });
    expect(wps.sheet(STORE_SHEET).visible).toBe(0);
  });

  test('a protected workbook structure: settings cannot be saved, and the message says why and what to do', async () => {
    const wps = new FakeWps([sheet()]);
    wps.protectStructure = true;
    expect(await hostOf(wps).loadSettings()).toEqual({ rules: {}, ignored: [] });
    const error = (await hostOf(wps).saveSettings({ rules: {}, ignored: [] }).catch((e: unknown) => e)) as HostError;
    expect(error.code).toBe('structure-protected');
    expect(hostErrorText(error, 'zh-CN')).toContain('工作簿的结构受保护');
    expect(hostErrorText(error, 'zh-CN')).toContain('没有做任何修改');
  });

  test('a damaged store reads as no settings', async () => {
    const wps = new FakeWps([sheet()]);
    await hostOf(wps).saveSettings({ rules: { x: 'off' }, ignored: [] });
    wps.sheet(STORE_SHEET).cell('C2').value = '|{not json';
    expect(await hostOf(wps).loadSettings()).toEqual({ rules: {}, ignored: [] });
  });
});

describe('templates', () => {
  const catalogue = defaultCatalogue();
  const SEED = path.join(__dirname, '..', '..', 'fixtures', 'samples', 'seed-shanghai-2020.xlsx');
  function setup() {
    const snapshot = readWorkbookBytes(new Uint8Array(readFileSync(SEED)), 'seed.xlsx').sheets[0];
    const wps = fakeWpsFromSnapshots([snapshot]);
    const table = recognise(snapshot).tables[0];
    const fresh = (i: { level1: string; level2: string }) =>
      templatesFor(catalogue, table.framework, { level1: i.level1, level2: i.level2 })
        .flatMap((t) => t.rows)
        .filter((r) => !table.indicators.some((x) => x.level3 === r.level3))
        .slice(0, 2);
    const ind = table.indicators.find((i) => i.level3 && fresh(i).length > 0)!;
    const rows = fresh(ind);
    const plan = planInsertion(snapshot, table, rows, { cell: ind.cell });
    return { snapshot, wps, host: hostOf(wps), plan };
  }

  test('merges are made with alerts off (WPS would ask), and alerts are put back', async () => {
    const { wps, host, plan, snapshot } = setup();
    expect(plan.merges.length).toBeGreaterThan(0);
    await host.applyPlan(plan);
    expect(wps.alerts).toEqual([]);
    const merges = wps.log.filter((l) => l.startsWith('merge '));
    expect(merges.length).toBeGreaterThan(0);
    expect(merges.every((l) => l.endsWith('(alerts off)'))).toBe(true);
    expect(wps.displayAlerts).toBe(true);
    expect(wps.log.filter((l) => l.startsWith('insert'))).toHaveLength(plan.rowInsertions.length);
    const read = (await host.readActiveSheet()).snapshot;
    expect(read.merges.length).toBe(applyPlanToSnapshot(snapshot, plan).merges.length);
  });

  test('a target filled since the check: nothing changes, and the message names the cell', async () => {
    const { wps, host, plan, snapshot } = setup();
    // A write into a row that is there already (the title row), which the user has filled since.
    const title = snapshot.values[0].find((v) => typeof v === 'string') as string;
    const changed = { ...plan, writes: [...plan.writes, { sheet: plan.sheet, cell: 'A1', expected: '', value: '新标题' }] };
    const error = (await host.applyPlan(changed).catch((e: unknown) => e)) as HostError;
    expect(error.code).toBe('stale-cells');
    expect(hostErrorText(error, 'zh-CN')).toBe(`读取表格之后，要写入的单元格已有内容：A1（${title}）。没有做任何修改。请重新校验后再插入。`);
    expect(wps.log).toEqual([]);
  });

  test('undo is refused while a new row holds the user’s text, and names the cell', async () => {
    const { wps, host, plan } = setup();
    const record = await host.applyPlan(plan);
    const row = record.rows[0].first;
    wps.userEdits(plan.sheet, `D${row + 1}`, '用户补充的值');
    expect(await host.undoInsertion(record)).toEqual({ undone: false, edited: [`D${row + 1}`] });
  });

  test('the new rows are selected once inserted', async () => {
    const { wps, host, plan } = setup();
    const record = await host.applyPlan(plan);
    const { first, count } = record.rows[0];
    expect(wps.selected()).toEqual({ sheet: plan.sheet, address: `A${first + 1}:XFD${first + count}` });
  });
});

describe('the report sheet and the selection', () => {
  test('numbers stay numbers, text stays text, header bold, columns fitted', async () => {
    const wps = new FakeWps([sheet()]);
    const name = await hostOf(wps).addReportSheet('校验报告', [['报告'], ['表', '单元格', '问题'], ['1', 'D27', '-写法不规范'], ['2', '3-5', '95%']]);
    const s = wps.sheet(name);
    expect([s.cell('A3').value, s.cell('C3').value, s.cell('B4').value, s.cell('C4').value]).toEqual([1, '-写法不规范', '3-5', '95%']);
    expect([s.cell('A2').bold, s.cell('C2').bold, s.cell('A3').bold]).toEqual([true, true, undefined]);
    expect(s.autofitted).toBe(true);
    expect(wps.active).toBe(s);
  });

  test('a picture selected instead of cells: a message that says to select cells', async () => {
    const wps = new FakeWps([sheet()]);
    const app = new Proxy(wps.application, {
      get: (target, prop) =>
        prop === 'Selection'
          ? {
              Address() {
                throw new Error('对象不支持该属性或方法');
              },
            }
          : Reflect.get(target, prop),
    });
    const error = (await new WpsHost({ app }).getSelection().catch((e: unknown) => e)) as HostError;
    expect(hostErrorText(error, 'zh-CN')).toBe('现在选中的不是单元格（可能是图片或图表）。没有做任何修改。请先选中表格中的单元格，再试一次。');
  });
});
