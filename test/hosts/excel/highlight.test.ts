/** highlight / clearHighlights: the user's own fills come back exactly; fill.clear() only where there was none. */
import { ExcelHost, HIGHLIGHT_COLOURS } from '../../../src/hosts/excel';
import { HostError } from '../../../src/hosts/host';
import { HIGHLIGHT_KEY } from '../../../src/hosts/excel/highlight';
import { FakeExcel, FakeSheet, WEB_PAYLOAD_LIMIT } from './fake-excel';

const YELLOW = '#FFFF00';

function sheet(): FakeSheet {
  return new FakeSheet('Sheet1', '{s1}', {
    B3: { value: '≥95%', fill: YELLOW }, // the user's own yellow
    C3: { value: '' }, // no fill
    D3: { value: 'x', fill: '#C6EFCE', pattern: 'Gray25', patternColor: '#FF0000' }, // a patterned fill
  });
}

const fills = (s: FakeSheet, ...cells: string[]) => cells.map((c) => [s.cell(c).fill, s.cell(c).pattern]);

describe.each([
  ['1.9', 'getCellProperties / setCellProperties'],
  ['1.8', 'format.fill.color only'],
])('highlights with ExcelApi %s (%s)', (api) => {
  test('highlight then clear: the yellow fill comes back exactly, only the cell without fill is cleared', async () => {
    const s = sheet();
    const excel = new FakeExcel([s], { api });
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });

    await host.highlight('Sheet1', [
      { cell: 'B3', severity: 'error' },
      { cell: 'C3', severity: 'warning' },
      { cell: 'C3', severity: 'info' }, // the most severe colour wins
    ]);
    expect(excel.syncs).toBe(3); // record from settings (first call of a session), read fills, write
    expect(fills(s, 'B3', 'C3')).toEqual([
      [HIGHLIGHT_COLOURS.error, undefined],
      [HIGHLIGHT_COLOURS.warning, undefined],
    ]);
    expect(typeof excel.settings.get(HIGHLIGHT_KEY)).toBe('string');

    excel.syncs = 0;
    excel.log.length = 0;
    await host.clearHighlights();
    expect(excel.syncs).toBe(2);
    expect(fills(s, 'B3', 'C3')).toEqual([
      [YELLOW, undefined],
      [undefined, undefined],
    ]);
    expect(excel.log).toContain('clear C3');
    expect(excel.log).not.toContain('clear B3'); // never fill.clear() a cell with a fill of its own
    expect(excel.settings.get(HIGHLIGHT_KEY)).toBe('null');
  });

  test('after a reload (a new host, memory gone) the record in the workbook still restores the fills', async () => {
    const s = sheet();
    const excel = new FakeExcel([s], { api });
    await new ExcelHost({ run: excel.run, supports: excel.supports }).highlight('Sheet1', [{ cell: 'B3', severity: 'warning' }]);
    expect(s.cell('B3').fill).toBe(HIGHLIGHT_COLOURS.warning);

    await new ExcelHost({ run: excel.run, supports: excel.supports }).clearHighlights();
    expect(s.cell('B3').fill).toBe(YELLOW);
  });

  test('a cell the user recoloured after highlighting keeps the user’s new colour', async () => {
    const s = sheet();
    const excel = new FakeExcel([s], { api });
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    await host.highlight('Sheet1', [
      { cell: 'B3', severity: 'error' },
      { cell: 'C3', severity: 'error' },
    ]);
    s.cell('C3').fill = '#00B050'; // the user paints it green
    await host.clearHighlights();
    expect(fills(s, 'B3', 'C3')).toEqual([
      [YELLOW, undefined],
      ['#00B050', undefined],
    ]);
  });

  test('highlighting again replaces: old cells restored, a cell highlighted twice keeps its true original', async () => {
    const s = sheet();
    const excel = new FakeExcel([s], { api });
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    await host.highlight('Sheet1', [
      { cell: 'B3', severity: 'error' },
      { cell: 'C3', severity: 'error' },
    ]);
    excel.syncs = 0;
    await host.highlight('Sheet1', [{ cell: 'B3', severity: 'info' }]);
    expect(excel.syncs).toBe(2);
    expect(fills(s, 'B3', 'C3')).toEqual([
      [HIGHLIGHT_COLOURS.info, undefined],
      [undefined, undefined],
    ]);
    await host.clearHighlights();
    expect(s.cell('B3').fill).toBe(YELLOW);
  });
});

describe('highlights', () => {
  test('with ExcelApi 1.9 a patterned fill is restored with its pattern and pattern colour', async () => {
    const s = sheet();
    const excel = new FakeExcel([s], { api: '1.9' });
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    await host.highlight('Sheet1', [{ cell: 'D3', severity: 'error' }]);
    expect(s.cell('D3').fill).toBe(HIGHLIGHT_COLOURS.error);
    await host.clearHighlights();
    expect(s.cell('D3')).toMatchObject({ fill: '#C6EFCE', pattern: 'Gray25', patternColor: '#FF0000' });
  });

  test('highlighting another sheet first restores the one highlighted before', async () => {
    const s1 = sheet();
    const s2 = new FakeSheet('Sheet2', '{s2}', { A1: { value: 'y' } });
    const excel = new FakeExcel([s1, s2], { api: '1.9' });
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    await host.highlight('Sheet1', [{ cell: 'B3', severity: 'error' }]);
    await host.highlight('Sheet2', [{ cell: 'A1', severity: 'warning' }]);
    expect(s1.cell('B3').fill).toBe(YELLOW);
    expect(s2.cell('A1').fill).toBe(HIGHLIGHT_COLOURS.warning);
  });

  test('a sheet renamed after highlighting, its old name now another sheet’s: the renamed one is restored first', async () => {
    const s1 = sheet();
    const excel = new FakeExcel([s1], { api: '1.9' });
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    await host.highlight('Sheet1', [{ cell: 'B3', severity: 'error' }]);
    s1.name = '旧表';
    const s2 = new FakeSheet('Sheet1', '{new}', { B3: { value: 'z' } });
    excel.sheets.push(s2);
    await host.highlight('Sheet1', [{ cell: 'B3', severity: 'warning' }]);
    expect(s1.cell('B3').fill).toBe(YELLOW);
    expect(s2.cell('B3').fill).toBe(HIGHLIGHT_COLOURS.warning);
    await host.clearHighlights();
    expect(s2.cell('B3').fill).toBeUndefined();
  });

  test('a protected sheet (formatting not allowed): HostError protected and no fill touched', async () => {
    const s = sheet();
    s.protected = true;
    const excel = new FakeExcel([s], { api: '1.9' });
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const error = (await host.highlight('Sheet1', [{ cell: 'B3', severity: 'error' }]).catch((e: unknown) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe('protected');
    expect(s.cell('B3').fill).toBe(YELLOW);
    expect(excel.log.filter((l) => l !== 'sync')).toEqual([]);
  });

  test('a protected sheet that allows formatting cells is highlighted', async () => {
    const s = sheet();
    s.protected = true;
    s.allowFormatCells = true;
    const excel = new FakeExcel([s], { api: '1.9' });
    await new ExcelHost({ run: excel.run, supports: excel.supports }).highlight('Sheet1', [{ cell: 'B3', severity: 'error' }]);
    expect(s.cell('B3').fill).toBe(HIGHLIGHT_COLOURS.error);
  });

  test('clearing with nothing highlighted writes nothing', async () => {
    const excel = new FakeExcel([sheet()], { api: '1.9' });
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    await host.clearHighlights();
    await host.clearHighlights();
    expect(excel.syncs).toBe(1); // the record is looked up once per session
    expect(excel.log).toEqual(['sync']);
  });
});

describe('highlights within Excel on the web’s limits, and only where they come back exactly (issue 10)', () => {
  /** `n` cells down column `col` from row `from` (1-based). */
  const column = (col: string, from: number, n: number, severity: 'error' | 'warning' = 'error') =>
    Array.from({ length: n }, (_, i) => ({ cell: `${col}${from + i}`, severity }));

  test('5,000 cells, then 5,000 others: every request and response stays under 5 MB, and the first ones come back', async () => {
    const s = new FakeSheet('Sheet1', '{s1}', { A1: { value: 'x' }, B2: { value: 'y', fill: YELLOW } });
    const excel = new FakeExcel([s], { api: '1.14' });
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    await host.highlight('Sheet1', column('B', 1, 5_000));
    await host.highlight('Sheet1', column('D', 1, 5_000, 'warning'));
    expect(Math.max(...excel.requests.map((r) => r.request))).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(Math.max(...excel.requests.map((r) => r.response))).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(s.cell('B2').fill).toBe(YELLOW);
    expect(s.cell('B4000').fill).toBeUndefined();
    expect(s.cell('D4000').fill).toBe(HIGHLIGHT_COLOURS.warning);
    await host.clearHighlights();
    expect(s.cell('D4000').fill).toBeUndefined();
  });

  test('the record holds only the fills cells had, and is written once per highlight', async () => {
    const s = sheet();
    const excel = new FakeExcel([s], { api: '1.9' });
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    await host.highlight('Sheet1', [
      { cell: 'B3', severity: 'error' },
      { cell: 'C3', severity: 'warning' },
    ]);
    const record = JSON.parse(excel.settings.get(HIGHLIGHT_KEY) as string) as { marks: Record<string, string>; fills: Record<string, unknown> };
    expect(record.marks).toEqual({ B3: 'error', C3: 'warning' });
    expect(Object.keys(record.fills)).toEqual(['B3']); // C3 had no fill: nothing to keep
    excel.log.length = 0;
    await host.highlight('Sheet1', [{ cell: 'D3', severity: 'info' }]); // B3 and C3 restored, D3 coloured
    expect(excel.log.filter((l) => l === `setting ${HIGHLIGHT_KEY}`)).toHaveLength(1);
    expect(s.cell('B3').fill).toBe(YELLOW);
  });

  test('a tinted theme colour is left alone (restoring it would tint it twice); the other cells are coloured', async () => {
    const s = sheet();
    s.cell('E3').value = 'z';
    Object.assign(s.cell('E3'), { fill: '#F4B183', tint: 0.4 }); // “Orange, Accent 2, Lighter 40%”
    const excel = new FakeExcel([s], { api: '1.9' });
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    await host.highlight('Sheet1', [
      { cell: 'E3', severity: 'error' },
      { cell: 'C3', severity: 'error' },
    ]);
    expect(s.cell('E3')).toMatchObject({ fill: '#F4B183', tint: 0.4 });
    expect(s.cell('C3').fill).toBe(HIGHLIGHT_COLOURS.error);
    await host.clearHighlights();
    expect(s.cell('E3')).toMatchObject({ fill: '#F4B183', tint: 0.4 });
    expect(s.cell('C3').fill).toBeUndefined();
  });

  test('where Excel keeps add-in changes in its undo (ExcelApi 1.20), a highlight sent in several syncs is one undo step', async () => {
    const s = new FakeSheet('Sheet1', '{s1}', { A1: { value: 'x' } });
    const excel = new FakeExcel([s], { api: '1.20' });
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    await host.highlight('Sheet1', column('B', 1, 5_000));
    const before = excel.undoStack.length;
    const syncs = excel.syncs;
    await host.highlight('Sheet1', column('D', 1, 5_000, 'warning'));
    expect(excel.syncs - syncs).toBeGreaterThan(2); // sent in pieces
    expect(excel.undoStack.length - before).toBe(1);
    expect(excel.runOptions.filter((o) => o.mergeUndoGroup).length).toBeGreaterThan(0);
  });
});
