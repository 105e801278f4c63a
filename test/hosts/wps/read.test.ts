/** Reading WPS's active sheet: the snapshot, in few cross-process calls, and the errors when there is nothing to read. */
import { readFileSync } from 'fs';
import path from 'path';
import { cellAddress } from '../../../src/core/address';
import { HostError } from '../../../src/hosts/host';
import { WpsHost } from '../../../src/hosts/wps';
import { findMerges } from '../../../src/hosts/wps/merges';
import { readWorkbookBytes } from '../../../src/io';
import { FakeWps, FakeWpsSheet, fakeWpsFromSnapshots } from './fake-wps';
import { hostErrorText, hostNoticeText } from '../../../src/hosts/messages';

const host = (wps: FakeWps, limits?: ConstructorParameters<typeof WpsHost>[0] extends infer O ? (O extends { limits?: infer L } ? L : never) : never) =>
  new WpsHost({ app: wps.application, limits });

/** C3:F6 with a number, a percentage, a blank, an error, a formula, a boolean, merges, and a filled cell outside. */
function smallSheet(): FakeWpsSheet {
  const sheet = new FakeWpsSheet('Sheet1', {
    C3: { value: 14624640, text: '14,624,640', format: '#,##0' },
    D3: { value: 0.95, text: '95%', format: '0%' },
    F3: { value: '#REF!', text: '#REF!', formula: '=#REF!+1' },
    C4: { value: 14624640, text: '14,624,640', format: '#,##0', formula: '=SUM(C3:C3)' },
    D4: { value: '项目名称' },
    F6: { value: true },
    H9: { fill: '#FFFF00' }, // formatted, empty: in WPS's used range, not in the snapshot
  });
  sheet.merges = [
    { top: 4, left: 2, bottom: 4, right: 3 }, // C5:D5
    { top: 3, left: 4, bottom: 4, right: 5 }, // E4:F5
  ];
  return sheet;
}

describe('readActiveSheet', () => {
  test('the snapshot: values, shown text of numbers, formats, formulas, errors, merges; trimmed to the content', async () => {
    const wps = new FakeWps([smallSheet()]);
    const snapshot = (await host(wps).readActiveSheet()).snapshot;
    expect(snapshot).toEqual({
      name: 'Sheet1',
      origin: { row: 2, col: 2 },
      values: [
        [14624640, 0.95, null, '#REF!'],
        [14624640, '项目名称', null, null],
        [null, null, null, null],
        [null, null, null, true],
      ],
      texts: [
        ['14,624,640', '95%', null, '#REF!'],
        ['14,624,640', '项目名称', null, null],
        [null, null, null, null],
        [null, null, null, 'TRUE'],
      ],
      formats: [
        ['#,##0', '0%', null, 'G/通用格式'],
        ['#,##0', null, null, null],
        [null, null, null, null],
        [null, null, null, null],
      ],
      formulas: [
        [null, null, null, '=#REF!+1'],
        ['=SUM(C3:C3)', null, null, null],
        [null, null, null, null],
        [null, null, null, null],
      ],
      merges: [
        { top: 3, left: 4, bottom: 4, right: 5 },
        { top: 4, left: 2, bottom: 4, right: 3 },
      ],
    });
  });

  test('the calls: used range, values and formulas at once; numbers by column runs; merges by probes', async () => {
    const plain = new FakeWpsSheet('Sheet1', {});
    for (let r = 0; r < 40; r++) for (let c = 0; c < 6; c++) plain.cells.set(cellAddress(r, c), { value: `文字${r}-${c}` });
    const wps = new FakeWps([plain]);
    await host(wps).readActiveSheet();
    // ActiveWorkbook, ActiveSheet, Name, UsedRange, Address(), Value2, Formula; one MergeCells probe of the extent.
    expect(wps.calls).toBe(9);

    // A column of 40 amounts in one format: one NumberFormat call for the run, one Text call per amount.
    for (let r = 0; r < 40; r++) plain.cells.set(cellAddress(r, 6), { value: 1000 + r, text: (1000 + r).toLocaleString('en-US') + '.00', format: '#,##0.00' });
    wps.calls = 0;
    const snapshot = (await host(wps).readActiveSheet()).snapshot;
    expect(wps.calls).toBe(9 + 2 + 40 * 2);
    expect(snapshot.texts![39][6]).toBe('1,039.00');

    // The same amounts in General: one call for the run, their text is the number itself.
    for (let r = 0; r < 40; r++) plain.cells.set(cellAddress(r, 6), { value: 1000 + r });
    wps.calls = 0;
    const general = (await host(wps).readActiveSheet()).snapshot;
    expect(wps.calls).toBe(9 + 2);
    expect(general.texts![39][6]).toBe('1039');
  });

  test('a table costs about ten calls per merged area, far fewer than one read per cell would', async () => {
    const dir = path.join(__dirname, '..', '..', 'fixtures', 'samples');
    const snapshot = readWorkbookBytes(new Uint8Array(readFileSync(path.join(dir, 'seed-shanghai-2020.xlsx'))), 'seed.xlsx').sheets[0];
    const wps = fakeWpsFromSnapshots([snapshot]);
    const read = (await host(wps).readActiveSheet()).snapshot;
    expect(read.merges).toHaveLength(17);
    const cells = snapshot.values.length * Math.max(...snapshot.values.map((r) => r.length));
    // Reading cell by cell would cost at least a value and a merge area per cell: 2 × 37 × 4.
    expect(wps.calls).toBeLessThan(2 * cells);
    expect(wps.calls).toBeLessThan(17 * 12);
  });

  test('an empty sheet is an empty snapshot', async () => {
    const wps = new FakeWps([new FakeWpsSheet('空表')]);
    expect((await host(wps).readActiveSheet()).snapshot).toEqual({ name: '空表', origin: { row: 0, col: 0 }, values: [], merges: [] });
  });

  test('a big sheet is read in chunks of rows, with progress', async () => {
    const sheet = new FakeWpsSheet('大表');
    for (let r = 0; r < 50; r++) for (let c = 0; c < 4; c++) sheet.cells.set(cellAddress(r, c), { value: `x${r}` });
    const wps = new FakeWps([sheet]);
    const progress: number[] = [];
    const snapshot = (await host(wps, { chunkCells: 40 }).readActiveSheet((f) => progress.push(f))).snapshot;
    expect(snapshot.values).toHaveLength(50);
    expect(snapshot.values[49]).toEqual(['x49', 'x49', 'x49', 'x49']);
    expect(progress).toEqual([0.2, 0.4, 0.6, 0.8, 1, 1]);
  });

  test('too large: HostError too-large before anything big is read', async () => {
    const sheet = new FakeWpsSheet('大表', { A1: { value: 'a' }, Z4000: { value: 'z' } });
    const wps = new FakeWps([sheet]);
    const error = (await host(wps, { maxCells: 100_000 }).readActiveSheet().catch((e: unknown) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe('too-large');
    expect(hostErrorText(error, 'zh-CN')).toContain('A1:Z4000');
    expect(wps.calls).toBeLessThan(8);
  });

  test('no workbook open: a message that says to open one', async () => {
    const wps = new FakeWps([new FakeWpsSheet('Sheet1')]);
    wps.open = false;
    const error = (await host(wps).readActiveSheet().catch((e: unknown) => e)) as HostError;
    expect(error.code).toBe('no-workbook');
    expect(hostErrorText(error, 'zh-CN')).toBe('WPS 表格中没有打开的工作簿。没有做任何修改。请先打开要校验的表格，再点“校验”。');
    expect(hostErrorText(error, 'en-US')).toBe('No workbook is open in WPS Spreadsheets. Nothing was changed. Open the table to check, then click Check.');
  });

  test('outside WPS (no Application on the page): not connected, saying where to open the add-in', async () => {
    const error = (await new WpsHost({ app: () => null }).readActiveSheet().catch((e: unknown) => e)) as HostError;
    expect(error.code).toBe('not-connected');
    expect(hostErrorText(error, 'zh-CN')).toContain('“绩效校验”选项卡');
  });

  test('the merge budget: a sheet with more merges than it allows says so once, and keeps what it found', async () => {
    const sheet = new FakeWpsSheet('合并');
    for (let r = 0; r < 60; r++) {
      sheet.cells.set(cellAddress(r, 0), { value: `类别${r}` });
      sheet.merges.push({ top: r, left: 0, bottom: r, right: 1 });
    }
    const wps = new FakeWps([sheet]);
    const h = host(wps, { mergeQuestions: 30 });
    const { snapshot, notices } = await h.readActiveSheet();
    expect(snapshot.merges.length).toBeGreaterThan(5);
    expect(snapshot.merges.length).toBeLessThan(60);
    expect(notices).toEqual(['merges-incomplete']);
    expect(hostNoticeText(notices[0], 'zh-CN')).toContain('合并单元格太多');
  });
});

describe('findMerges', () => {
  /** Questions over a list of merges, counted. */
  function ask(merges: { top: number; left: number; bottom: number; right: number }[]) {
    const asked = { mergeCells: 0, areaAt: 0 };
    const at = (row: number, col: number) => merges.find((m) => m.top <= row && m.bottom >= row && m.left <= col && m.right >= col);
    return {
      asked,
      questions: {
        mergeCells(r: { top: number; left: number; bottom: number; right: number }) {
          asked.mergeCells++;
          let n = 0;
          let all = 0;
          for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++, all++) if (at(row, col)) n++;
          return n === 0 ? false : n === all ? true : null;
        },
        areaAt(row: number, col: number) {
          asked.areaAt++;
          return at(row, col) ?? { top: row, left: col, bottom: row, right: col };
        },
      },
    };
  }

  test('finds every area, whatever the guesses, including merges of empty cells', () => {
    const merges = [
      { top: 0, left: 0, bottom: 0, right: 6 }, // title
      { top: 3, left: 0, bottom: 20, right: 0 }, // 一级
      { top: 3, left: 1, bottom: 9, right: 1 }, // 二级
      { top: 10, left: 1, bottom: 20, right: 1 },
      { top: 12, left: 4, bottom: 12, right: 5 }, // an empty value cell merged over two columns
    ];
    const extent = { top: 0, left: 0, bottom: 25, right: 6 };
    const { questions, asked } = ask(merges);
    const found = findMerges(extent, questions, 10_000);
    expect(found.complete).toBe(true);
    expect(found.areas.map((a) => JSON.stringify(a)).sort()).toEqual(merges.map((a) => JSON.stringify(a)).sort());
    const guessed = ask(merges);
    const withGuesses = findMerges(extent, guessed.questions, 10_000, (row, left) => (row === 0 || row === 3 || row === 10 ? [left] : []));
    expect(withGuesses.areas).toHaveLength(5);
    expect(guessed.asked.mergeCells + guessed.asked.areaAt).toBeLessThan(asked.mergeCells + asked.areaAt);
  });

  test('no merges: one question', () => {
    const { questions, asked } = ask([]);
    expect(findMerges({ top: 0, left: 0, bottom: 999, right: 20 }, questions, 10).areas).toEqual([]);
    expect(asked).toEqual({ mergeCells: 1, areaAt: 0 });
  });
});
