/**
 * The preview's host and workbook without a browser: what the pane relies on (compare-and-set writes, highlights
 * that give the user's fills back, change events for the user's edits only, settings per file) checked directly.
 * The browser tests next to this file drive the same code through the page.
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { readWorkbookBytes } from '../../src/io';
import { HostError } from '../../src/hosts/host';
import { PreviewHost, HIGHLIGHT_FILLS, settingsKey, type SettingsStore } from '../../src/preview/preview-host';
import { PreviewWorkbook, addressKey, typedCell } from '../../src/preview/preview-workbook';
import { readForPreview } from '../../src/preview/file/read';
import { gridLayout, indexAt, layoutInSlices, sheetLayout } from '../../src/preview/layout';
import { checkSheet, cellText } from '../../src/core/outcome';
import { EMPTY_SETTINGS } from '../../src/core/settings';
import { cellAddress, parseCellAddress, rangeAddress } from '../../src/core/address';
import { recognise } from '../../src/core/recognise';
import { applyPlanToSnapshot, defaultCatalogue, planBlankTable, planInsertion, tableTemplates, templatesFor } from '../../src/core/templates';
import { samplePlans } from '../core/templates/helpers';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { withFill } from '../e2e/support/xlsx';

const SAMPLES = path.join(__dirname, '..', 'fixtures', 'samples');
const SEED = path.join(SAMPLES, 'seed-shanghai-2020.xlsx');

function seed(bytes: Uint8Array = new Uint8Array(readFileSync(SEED))): { wb: PreviewWorkbook; host: PreviewHost } {
  const read = readForPreview(bytes, 'seed.xlsx');
  const wb = PreviewWorkbook.fromSnapshots('seed.xlsx', read.sheets, read.looks);
  return { wb, host: new PreviewHost(wb) };
}

/** Every non-empty cell of a snapshot: address → value and shown text. */
function cellsOf(snapshot: SheetSnapshot): Record<string, [unknown, string]> {
  const out: Record<string, [unknown, string]> = {};
  snapshot.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      const address = cellAddress(snapshot.origin.row + r, snapshot.origin.col + c);
      out[address] = [value, cellText(snapshot, address)];
    }),
  );
  return out;
}

function memoryStore(): SettingsStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const fill = (wb: PreviewWorkbook, cell: string): string | undefined => wb.activeSheet.fills.get(addressKey(cell)!);

describe('PreviewHost.readActiveSheet', () => {
  it('reads the sheet the file had, so the core finds the same table and findings', async () => {
    const bytes = new Uint8Array(readFileSync(SEED));
    const fromFile = readWorkbookBytes(bytes, 'seed.xlsx').sheets[0];
    const { host } = seed(bytes);
    const snapshot = (await host.readActiveSheet()).snapshot;
    expect(snapshot).toEqual(fromFile);
    const a = checkSheet(snapshot, EMPTY_SETTINGS).findings.map((f) => `${f.rule} ${f.cells[0]}`);
    const b = checkSheet(fromFile, EMPTY_SETTINGS).findings.map((f) => `${f.rule} ${f.cells[0]}`);
    expect(a).toEqual(b);
    expect(a).toContain('target-style D27');
  });

  it.each(readdirSync(SAMPLES).filter((f) => /\.(xlsx|xls|tsv)$/.test(f)))('reads %s back exactly as the file reader did', async (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(SAMPLES, file)));
    const read = readForPreview(bytes, file);
    const wb = PreviewWorkbook.fromSnapshots(file, read.sheets, read.looks);
    const host = new PreviewHost(wb);
    for (const [i, sheet] of read.sheets.entries()) {
      await host.selectCell(sheet.name, 'A1');
      expect(wb.activeIndex).toBe(i);
      const snapshot = (await host.readActiveSheet()).snapshot;
      // Workbooks come back identical; text files (no formats, '' for empty fields) cell for cell.
      if (read.format === 'tsv') expect(cellsOf(snapshot)).toEqual(cellsOf(sheet));
      else expect(snapshot).toEqual(sheet);
      expect(snapshot.merges).toEqual(sheet.merges);
    }
  });

  it('hands out a copy: changing it changes nothing in the workbook', async () => {
    const { host } = seed();
    const snapshot = (await host.readActiveSheet()).snapshot;
    snapshot.values[0][0] = 'changed';
    snapshot.merges.length = 0;
    const again = (await host.readActiveSheet()).snapshot;
    expect(again.values[0][0]).not.toBe('changed');
    expect(again.merges.length).toBeGreaterThan(0);
  });

  it('crops to the cells in use, wherever they start', async () => {
    const wb = new PreviewWorkbook('x.csv', []);
    wb.activeSheet.setText(3, 2, '项目名称');
    wb.activeSheet.setText(5, 4, '95%');
    const snapshot = (await new PreviewHost(wb).readActiveSheet()).snapshot;
    expect(snapshot.origin).toEqual({ row: 3, col: 2 });
    expect(snapshot.values).toEqual([['项目名称'], [], [null, null, 0.95]]);
    expect(cellText(snapshot, 'E6')).toBe('95%');
  });
});

describe('PreviewHost.applyEdits', () => {
  it('writes a cell that still holds the expected text, and the change listeners do not hear it', async () => {
    const { wb, host } = seed();
    const heard = jest.fn();
    await host.onSheetChanged(heard);
    const edit = { sheet: 'Sheet1', cell: 'D27', expected: '>=200人', value: '≥200人' };
    expect(await host.applyEdits([edit])).toEqual({ applied: [edit], stale: [] });
    expect(wb.activeSheet.text(26, 3)).toBe('≥200人');
    expect(heard).not.toHaveBeenCalled();
  });

  it('refuses a cell edited since it was read and reports what it holds now', async () => {
    const { wb, host } = seed();
    wb.editByUser(26, 3, '≥250人');
    const edit = { sheet: 'Sheet1', cell: 'D27', expected: '>=200人', value: '≥200人' };
    expect(await host.applyEdits([edit])).toEqual({ applied: [], stale: [{ edit, actual: '≥250人' }] });
    expect(wb.activeSheet.text(26, 3)).toBe('≥250人');
  });

  it('writes nothing when an edit names a sheet that is not there', async () => {
    const { wb, host } = seed();
    const edits = [
      { sheet: 'Sheet1', cell: 'D27', expected: '>=200人', value: '≥200人' },
      { sheet: '已删除', cell: 'A1', expected: '', value: 'x' },
    ];
    await expect(host.applyEdits(edits)).rejects.toMatchObject({ name: 'HostError', code: 'sheet-gone' });
    await expect(host.applyEdits(edits)).rejects.toBeInstanceOf(HostError);
    expect(wb.activeSheet.text(26, 3)).toBe('>=200人');
  });

  it('stores numbers as Excel would when a fix writes one', async () => {
    const wb = new PreviewWorkbook('x.csv', []);
    const host = new PreviewHost(wb);
    await host.applyEdits([{ sheet: 'Sheet1', cell: 'B2', expected: '', value: '1,234.5' }]);
    expect(wb.activeSheet.cell(1, 1)).toEqual({ value: 1234.5, text: '1,234.5', format: '#,##0', formula: null });
  });
});

describe('PreviewHost.highlight / clearHighlights', () => {
  it('colours cells by their most severe finding and gives the user fills back exactly', async () => {
    const { wb, host } = seed(withFill(new Uint8Array(readFileSync(SEED)), 'D28', 'FFC6EFCE'));
    expect(fill(wb, 'D28')).toBe('#C6EFCE'); // from the file
    expect(fill(wb, 'A18')).toBe('#D9E1F2'); // the seed's own header fill
    wb.setFills(wb.activeSheet, [[addressKey('D30')!, '#FFFF00']]); // the user colours a cell

    await host.highlight('Sheet1', [
      { cell: 'D28', severity: 'info' },
      { cell: 'D30', severity: 'info' },
      { cell: 'D30', severity: 'warning' },
      { cell: 'A18', severity: 'error' },
      { cell: 'E40', severity: 'error' },
    ]);
    expect(fill(wb, 'D28')).toBe(HIGHLIGHT_FILLS.info);
    expect(fill(wb, 'D30')).toBe(HIGHLIGHT_FILLS.warning);
    expect(fill(wb, 'A18')).toBe(HIGHLIGHT_FILLS.error);
    expect(fill(wb, 'E40')).toBe(HIGHLIGHT_FILLS.error);

    // Highlighting again replaces the earlier highlights instead of stacking on them.
    await host.highlight('Sheet1', [{ cell: 'D27', severity: 'warning' }]);
    expect(fill(wb, 'D28')).toBe('#C6EFCE');
    expect(fill(wb, 'E40')).toBeUndefined();
    expect(fill(wb, 'D27')).toBe(HIGHLIGHT_FILLS.warning);

    await host.clearHighlights();
    expect(fill(wb, 'D27')).toBeUndefined();
    expect(fill(wb, 'D28')).toBe('#C6EFCE');
    expect(fill(wb, 'D30')).toBe('#FFFF00');
    expect(fill(wb, 'A18')).toBe('#D9E1F2');
  });

  it('leaves a colour the user put on a highlighted cell alone when clearing', async () => {
    const { wb, host } = seed();
    await host.highlight('Sheet1', [{ cell: 'D27', severity: 'error' }]);
    wb.setFills(wb.activeSheet, [[addressKey('D27')!, '#00B050']]);
    await host.clearHighlights();
    expect(fill(wb, 'D27')).toBe('#00B050');
  });

  it('colours a merged area through its top-left cell', async () => {
    const { wb, host } = seed();
    const merge = wb.activeSheet.merges.find((m) => m.right > m.left)!;
    await host.highlight('Sheet1', [{ cell: `${String.fromCharCode(65 + merge.right)}${merge.bottom + 1}`, severity: 'error' }]);
    expect(wb.activeSheet.fills.get(merge.top * 16384 + merge.left)).toBe(HIGHLIGHT_FILLS.error);
  });
});

describe('PreviewHost.selectCell and the workbook', () => {
  it('switches to the sheet and selects the cell (the top-left of a merge)', async () => {
    const { wb, host } = seed();
    const report = await host.addReportSheet('校验报告', [['标题'], ['1', 'D27']]);
    expect(report).toBe('校验报告');
    expect(await host.addReportSheet('校验报告', [])).toBe('校验报告 (2)');
    expect(wb.activeSheet.name).toBe('Sheet1');

    await host.selectCell('校验报告', 'B2');
    expect(wb.activeSheet.name).toBe('校验报告');
    expect(wb.selection()).toEqual({ row: 1, col: 1 });

    await host.selectCell('Sheet1', 'D27');
    expect(wb.selection()).toEqual({ row: 26, col: 3 });
    const merge = wb.activeSheet.merges.find((m) => m.right > m.left)!;
    await host.selectCell('Sheet1', `${String.fromCharCode(65 + merge.right)}${merge.top + 1}`);
    expect(wb.selection()).toEqual({ row: merge.top, col: merge.left });
    await expect(host.selectCell('Sheet9', 'A1')).rejects.toMatchObject({ code: 'sheet-gone' });
  });

  it('tells the change listeners about the user edits only, until they unsubscribe', async () => {
    const { wb, host } = seed();
    const heard = jest.fn();
    const off = await host.onSheetChanged(heard);
    wb.editByUser(26, 3, '≥200人');
    wb.editByUser(26, 3, '≥200人'); // the same text again: nothing changed
    expect(heard).toHaveBeenCalledTimes(1);
    off();
    wb.editByUser(26, 3, '≥300人');
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('types like Excel: numbers, thousands, percentages, text, and empty clears', () => {
    expect(typedCell('200')).toMatchObject({ value: 200, text: '200' });
    expect(typedCell('1,000')).toMatchObject({ value: 1000, text: '1,000' });
    expect(typedCell('95%')).toMatchObject({ value: 0.95, text: '95%' });
    expect(typedCell('≥95%')).toMatchObject({ value: '≥95%' });
    expect(typedCell('1,00')).toMatchObject({ value: '1,00' });
    expect(typedCell('')).toBeNull();
  });

  it('lays the sheet out for drawing only what is in view: edges that add up, rows as tall as their text', () => {
    const { wb } = seed();
    const sheet = wb.activeSheet;
    const layout = gridLayout(sheet);
    expect(layout.rows).toBeGreaterThanOrEqual(37);
    expect(layout.widths.every((w) => w >= 72 && w <= 260)).toBe(true);
    expect(layout.colLeft[3]).toBe(layout.widths[0] + layout.widths[1] + layout.widths[2]);
    const heights = Array.from({ length: layout.rows }, (_, r) => layout.rowTop[r + 1] - layout.rowTop[r]);
    expect(new Set(heights.map((h) => [24, 42, 60].includes(h)))).toEqual(new Set([true]));
    // A long text in one column: the row grows, to three lines at most.
    sheet.setText(45, 1, '很长的说明'.repeat(40));
    const grown = gridLayout(sheet);
    expect(grown.rowTop[46] - grown.rowTop[45]).toBe(60);
    // The row at a height, as the grid asks while scrolling.
    expect(indexAt(grown.rowTop, grown.rowTop[10] + 1)).toBe(10);
    expect(indexAt(grown.rowTop, 0)).toBe(0);
    expect(indexAt(grown.rowTop, 1e9)).toBe(grown.rows - 1);
  });

  it('lays out a large sheet ahead in slices, as gridLayout would; highlights do not lay it out again, edits do', async () => {
    const wb = new PreviewWorkbook('big.xlsx', []);
    const sheet = wb.activeSheet;
    for (let r = 0; r < 6000; r++) {
      sheet.setText(r, 0, `第${r}行`);
      sheet.setText(r, 1, r % 50 === 0 ? '很长的说明'.repeat(30) : String(r));
    }
    sheet.addMerge({ top: 6000, left: 0, bottom: 6001, right: 5 });
    let pauses = 0;
    await layoutInSlices(sheet, async () => void pauses++, 0);
    expect(pauses).toBeGreaterThan(3);
    const ahead = sheetLayout(sheet);
    expect(ahead.extent).toEqual(sheet.extent());
    expect(ahead.layout).toEqual(gridLayout(sheet));
    expect(ahead.layout.rows).toBe(6002 + 20);
    expect(ahead.layout.rowTop[51] - ahead.layout.rowTop[50]).toBe(60);
    expect(ahead.layout.rowTop[52] - ahead.layout.rowTop[51]).toBe(24);
    // A highlight inside the sheet: the same layout, not worked out again.
    sheet.fills.set(addressKey('B20')!, '#FDE7E9');
    expect(sheetLayout(sheet).layout).toBe(ahead.layout);
    // A fill below the last row grows the sheet; an edit lays it out again.
    sheet.fills.set(addressKey('A7000')!, '#FDE7E9');
    expect(sheetLayout(sheet).layout.rows).toBe(7000 + 20);
    expect(sheetLayout(sheet).extent).toEqual(sheet.extent());
    sheet.setText(51, 1, '很长的说明'.repeat(30));
    const edited = sheetLayout(sheet);
    expect(edited.layout.rowTop[52] - edited.layout.rowTop[51]).toBe(60);
    expect(edited.layout).toEqual(gridLayout(sheet));
  });

  it('finds the merged area of a cell among 30,000 without scanning them all', () => {
    const wb = new PreviewWorkbook('m.xlsx', []);
    const sheet = wb.activeSheet;
    for (let r = 0; r < 30_000; r++) sheet.addMerge({ top: r, left: 0, bottom: r, right: 1 });
    expect(sheet.mergeAt(29_999, 1)).toEqual({ top: 29_999, left: 0, bottom: 29_999, right: 1 });
    expect(sheet.mergeAt(29_999, 2)).toBeUndefined();
    expect(sheet.anchor(12_345, 1)).toEqual({ row: 12_345, col: 0 });
  });
});

describe('PreviewHost settings', () => {
  it('keeps settings per file name in the store and reads back only what is well formed', async () => {
    const store = memoryStore();
    const { wb } = seed();
    const host = new PreviewHost(wb, store);
    expect(await host.loadSettings()).toEqual({ rules: {}, ignored: [] });
    const settings = { rules: { 'target-style': 'off' as const }, ignored: [{ rule: 'r', sheet: 'Sheet1', cell: 'D27', value: 'x' }] };
    await host.saveSettings(settings);
    settings.ignored.length = 0; // the caller's object is not kept
    expect((await host.loadSettings()).ignored).toHaveLength(1);

    const again = new PreviewHost(wb, store);
    expect(await again.loadSettings()).toEqual({ rules: { 'target-style': 'off' }, ignored: [{ rule: 'r', sheet: 'Sheet1', cell: 'D27', value: 'x' }] });

    store.setItem(settingsKey('seed.xlsx'), '{not json');
    expect(await new PreviewHost(wb, store).loadSettings()).toEqual({ rules: {}, ignored: [] });
  });

  it('works without any store', async () => {
    const { host } = seed();
    await host.saveSettings({ rules: {}, ignored: [] });
    expect(await host.loadSettings()).toEqual({ rules: {}, ignored: [] });
  });
});

describe('PreviewHost templates', () => {
  const catalogue = defaultCatalogue();

  /** The seed's table, a 二级 of it with a 三级 filled, and catalogue rows for that 二级. */
  async function setup() {
    const s = seed();
    const snapshot = (await s.host.readActiveSheet()).snapshot;
    const table = recognise(snapshot).tables[0];
    const fresh = (i: { level1: string; level2: string }) =>
      templatesFor(catalogue, table.framework, { level1: i.level1, level2: i.level2 })
        .flatMap((t) => t.rows)
        .filter((r) => !table.indicators.some((x) => x.level3 === r.level3))
        .slice(0, 2);
    const ind = table.indicators.find((i) => i.level3 && fresh(i).length > 0)!;
    const rows = fresh(ind);
    const plan = planInsertion(snapshot, table, rows, { cell: ind.cell });
    return { ...s, snapshot, table, ind, rows, plan };
  }

  it('inserts the rows the plan says, as the reference application does, under the right 二级', async () => {
    const { wb, host, snapshot, ind, rows, plan } = await setup();
    expect(plan.rowInsertions.length).toBeGreaterThan(0);
    const heard: number[] = [];
    wb.onUserEdit(() => heard.push(1));
    // A fill on the row the new rows take their format from, and one below the insertion point.
    const ins = plan.rowInsertions[0];
    const fromKey = addressKey(cellAddress(ins.formatFromRow, 2))!;
    const belowKey = addressKey(cellAddress(ins.beforeRow + 1, 1))!;
    wb.setFills(wb.activeSheet, [
      [fromKey, '#ABCDEF'],
      [belowKey, '#123456'],
    ]);

    const record = await host.applyPlan(plan);
    const after = (await host.readActiveSheet()).snapshot;
    const expected = applyPlanToSnapshot(snapshot, plan);
    expect(cellsOf(after)).toEqual(cellsOf(expected));
    expect([...after.merges].sort(byRange)).toEqual([...expected.merges].sort(byRange));
    expect(heard).toEqual([]); // no user-edit event for the host's own writes

    const total = plan.rowInsertions.reduce((n, i) => n + i.count, 0);
    expect(record.rows.reduce((n, r) => n + r.count, 0)).toBe(total);
    expect(record.writes).toEqual(plan.writes);
    const table = recognise(after).tables[0];
    for (const r of rows) {
      const found = table.indicators.find((i) => i.level3 === r.level3);
      expect(found?.level2).toBe(ind.level2);
      expect(found && found.row >= record.rows[0].first && found.row < record.rows[0].first + record.rows[0].count).toBe(true);
    }
    // Fills moved down with their rows; the new rows took the fills of formatFromRow.
    const sheet = wb.activeSheet;
    const fromFinal = ins.formatFromRow >= ins.beforeRow ? ins.formatFromRow + ins.count : ins.formatFromRow;
    expect(sheet.fills.get(addressKey(cellAddress(fromFinal, 2))!)).toBe('#ABCDEF');
    for (let r = 0; r < ins.count; r++) expect(sheet.fills.get(addressKey(cellAddress(ins.beforeRow + r, 2))!)).toBe('#ABCDEF');
    expect(sheet.fills.get(addressKey(cellAddress(ins.beforeRow + 1 + total, 1))!)).toBe('#123456');
    // Merges extended over the new rows (the 一级 merge the rows go inside grows).
    const grown = snapshot.merges.filter((m) => m.top < ins.beforeRow && m.bottom >= ins.beforeRow);
    for (const m of grown) expect(after.merges).toContainEqual({ ...m, bottom: m.bottom + total });
    // The first new row is selected.
    expect(wb.selection().row).toBe(record.rows[0].first);
    expect((await host.getSelection()).sheet).toBe(after.name);
  });

  it('undo restores the sheet exactly while the new rows are untouched', async () => {
    const { wb, host, snapshot, plan } = await setup();
    const fillsBefore = new Map(wb.activeSheet.fills);
    const record = await host.applyPlan(plan);
    const result = await host.undoInsertion(record);
    expect(result).toEqual({ undone: true, edited: [] });
    expect((await host.readActiveSheet()).snapshot).toEqual(snapshot);
    expect(new Map(wb.activeSheet.fills)).toEqual(fillsBefore);
  });

  it('undo refuses, naming the cell, once the user typed in a new row', async () => {
    const { wb, host, plan } = await setup();
    const record = await host.applyPlan(plan);
    const row = record.rows[0].first;
    const written = new Set(record.writes.map((w) => w.cell));
    let col = 0;
    while (written.has(cellAddress(row, col)) || wb.activeSheet.mergeAt(row, col)) col++;
    wb.editByUser(row, col, '用户输入');
    const before = (await host.readActiveSheet()).snapshot;
    const result = await host.undoInsertion(record);
    expect(result).toEqual({ undone: false, edited: [cellAddress(row, col)] });
    expect((await host.readActiveSheet()).snapshot).toEqual(before);
  });

  it('a stale plan is refused with nothing changed', async () => {
    const { wb, host, plan } = await setup();
    const target = plan.writes.find((w) => {
      const p = parseCellAddress(w.cell)!;
      return !plan.rowInsertions.length || p.row < Math.min(...plan.rowInsertions.map((i) => i.beforeRow));
    });
    // Make a target that exists now non-empty; if every target is in a new row, fill a cell the merge edit needs instead.
    const stalePlan = target ? plan : { ...plan, writes: [...plan.writes, { sheet: plan.sheet, cell: 'A1', expected: '', value: 'x' }] };
    if (target) wb.editByUser(parseCellAddress(target.cell)!.row, parseCellAddress(target.cell)!.col, '已填');
    const before = (await host.readActiveSheet()).snapshot;
    const error = await host.applyPlan(stalePlan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('stale-cells');
    expect((await host.readActiveSheet()).snapshot).toEqual(before);
  });

  it('adds a blank table on a new tab, recognised, with widths and bold', async () => {
    const { wb, host } = seed();
    const template = tableTemplates(catalogue)[0];
    const plan = planBlankTable(template, '绩效目标表', { year: 2026 });
    const name = await host.addBlankTable(plan, '绩效目标表');
    const sheet = wb.sheet(name)!;
    expect(wb.activeSheet).toBe(sheet);
    const snapshot = (await host.readActiveSheet()).snapshot;
    const tables = recognise(snapshot).tables;
    expect(tables.length).toBeGreaterThan(0);
    expect(tables[0].indicators.length).toBeGreaterThan(0);
    expect(sheet.merges.length).toBe(plan.merges.length);
    expect(sheet.colWidths.filter((w) => w !== undefined)).toHaveLength(plan.columnWidths.length);
    expect(sheet.bold.size).toBeGreaterThan(0);
    expect(sheet.borders.size).toBeGreaterThan(0);
    expect(await host.getSelection()).toEqual({ sheet: name, address: sheet.mergeAt(0, 0) ? rangeAddress(sheet.mergeAt(0, 0)!) : 'A1' });
  });
});

const byRange = (a: { top: number; left: number }, b: { top: number; left: number }) => a.top - b.top || a.left - b.left;

describe('PreviewHost templates: every sample, each catalogue template at the last indicator of each table', () => {
  const catalogue = defaultCatalogue();
  const cases = samplePlans(catalogue);

  it.each(cases)('%s', async (_id, snapshot, plan) => {
    const wb = PreviewWorkbook.fromSnapshots('x.xlsx', [snapshot]);
    const host = new PreviewHost(wb);
    const before = (await host.readActiveSheet()).snapshot;
    const record = await host.applyPlan(plan);
    const expected = applyPlanToSnapshot(before, plan);
    const after = (await host.readActiveSheet()).snapshot;
    expect(cellsOf(after)).toEqual(cellsOf(expected));
    expect([...wb.activeSheet.merges].sort(byRange)).toEqual([...expected.merges].sort(byRange));
    expect(await host.undoInsertion(record)).toEqual({ undone: true, edited: [] });
    expect((await host.readActiveSheet()).snapshot).toEqual(before);
  });
});
