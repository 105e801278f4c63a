/** readActiveSheet: Office's used range → SheetSnapshot, in one sync (two with merged areas), big sheets in chunks. */
import { readFileSync } from 'fs';
import path from 'path';
import { cellAddress } from '../../../src/core/address';
import { ExcelHost } from '../../../src/hosts/excel';
import { HostError } from '../../../src/hosts/host';
import { readWorkbookBytes } from '../../../src/io';
import { checkSheet } from '../../../src/core/outcome';
import { EMPTY_SETTINGS } from '../../../src/core/settings';
import { FakeExcel, FakeSheet, sheetFromSnapshot } from './fake-excel';
import { hostErrorText, hostNoticeText } from '../../../src/hosts/messages';

/** The small table of the tests: C3:F6 with a number, a percentage, a blank, an error, a formula and a merge. */
function smallSheet(): FakeSheet {
  const sheet = new FakeSheet('Sheet1', '{s1}', {
    C3: { value: 14624640, text: '14,624,640', format: '#,##0' },
    D3: { value: 0.95, text: '95%', format: '0%' },
    // E3 is empty
    F3: { value: '#REF!', text: '#REF!', formula: '=#REF!+1' },
    C4: { value: 14624640, text: '14,624,640', format: '#,##0', formula: '=SUM(C3:C3)' },
    D4: { value: '项目名称', text: '项目名称' },
    F6: { value: true, text: 'TRUE' },
  });
  sheet.merges = ['A1:B1', 'C5:D5', 'E4:F5'];
  return sheet;
}

function host(excel: FakeExcel, limits?: NonNullable<ConstructorParameters<typeof ExcelHost>[0]>['limits']): ExcelHost {
  return new ExcelHost({ run: excel.run, supports: excel.supports, limits });
}

describe('readActiveSheet', () => {
  test('a small sheet without ExcelApi 1.13: the snapshot, origin from the address, no merges, exactly 1 sync', async () => {
    const excel = new FakeExcel([smallSheet()], { api: '1.12' });
    const h = host(excel);
    const read = await h.readActiveSheet();
    const { snapshot } = read;

    expect(excel.syncs).toBe(1);
    expect(excel.runs).toBe(1);
    expect(snapshot).toEqual({
      name: 'Sheet1',
      origin: { row: 2, col: 2 }, // Sheet1!C3:F6
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
        ['#,##0', '0%', null, 'General'],
        ['#,##0', 'General', null, null],
        [null, null, null, null],
        [null, null, null, 'General'],
      ],
      formulas: [
        [null, null, null, '=#REF!+1'],
        ['=SUM(C3:C3)', null, null, null],
        [null, null, null, null],
        [null, null, null, null],
      ],
      merges: [],
    });
    // …and the read says why merges are missing, with the Office that has them.
    expect(read.notices).toEqual(['merges-missing']);
    expect(hostNoticeText('merges-missing', 'zh-CN')).toContain('ExcelApi 1.13，即 Office 2021 或 Microsoft 365');
  });

  test('with ExcelApi 1.13: merged areas from getMergedAreasOrNullObject on A1:F6, in exactly 2 syncs', async () => {
    const excel = new FakeExcel([smallSheet()], { api: '1.13' });
    const h = host(excel);
    const { snapshot, notices } = await h.readActiveSheet();
    expect(excel.syncs).toBe(2);
    // A1:B1 lies above the used cells (dropped); C5:D5 and E4:F5 are the table's, in sheet coordinates.
    expect(snapshot.merges).toEqual([
      { top: 4, left: 2, bottom: 4, right: 3 },
      { top: 3, left: 4, bottom: 4, right: 5 },
    ]);
    expect(snapshot.values[0]).toEqual([14624640, 0.95, null, '#REF!']);
    expect(notices).toEqual([]);
  });

  test('an empty sheet is an empty snapshot after one sync, even with 1.13', async () => {
    const excel = new FakeExcel([new FakeSheet('空表', '{e}')], { api: '1.14' });
    expect((await host(excel).readActiveSheet()).snapshot).toEqual({ name: '空表', origin: { row: 0, col: 0 }, values: [], merges: [] });
    expect(excel.syncs).toBe(1);
  });

  test('a sheet name with spaces and quotes: origin still from the address', async () => {
    const sheet = new FakeSheet("It's a sheet", '{q}', { B2: { value: 1, text: '1' } });
    const excel = new FakeExcel([sheet], { api: '1.12' });
    const snapshot = (await host(excel).readActiveSheet()).snapshot;
    expect(snapshot.name).toBe("It's a sheet");
    expect(snapshot.origin).toEqual({ row: 1, col: 1 });
  });

  describe('a big used range', () => {
    // 40 rows × 30 columns = 1,200 cells; this Excel returns at most 500 per load; chunks of 300 cells = 10 rows.
    function bigSheet(): FakeSheet {
      const cells: Record<string, { value: number; text: string }> = {};
      for (let r = 0; r < 40; r++) for (let c = 0; c < 30; c++) cells[cellAddress(r, c)] = { value: r * 100 + c, text: String(r * 100 + c) };
      const sheet = new FakeSheet('大表', '{big}', cells);
      sheet.merges = ['A1:B1'];
      return sheet;
    }
    const limits = { chunkAbove: 1_000, chunkCells: 300, maxCells: 10_000 };

    test('is read in row chunks with progress after the one-shot read fails, then probed first next time', async () => {
      const excel = new FakeExcel([bigSheet()], { api: '1.13', payloadCells: 500 });
      const h = host(excel, limits);
      const progress: number[] = [];
      const snapshot = (await h.readActiveSheet((f) => progress.push(f))).snapshot;

      expect(progress).toEqual([0.25, 0.5, 0.75, 1]);
      // 1 failed one-shot read + 1 size probe + 4 chunks + 1 merges
      expect(excel.syncs).toBe(7);
      expect(snapshot.values).toHaveLength(40);
      expect(snapshot.values.every((row) => row.length === 30)).toBe(true);
      expect(snapshot.values[0][0]).toBe(0);
      expect(snapshot.values[39][29]).toBe(3929);
      expect(snapshot.texts?.[17][3]).toBe('1703');
      expect(snapshot.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);

      excel.syncs = 0;
      progress.length = 0;
      const again = (await h.readActiveSheet((f) => progress.push(f))).snapshot;
      expect(excel.syncs).toBe(6); // probe + 4 chunks + merges: no failed attempt
      expect(progress).toEqual([0.25, 0.5, 0.75, 1]);
      expect(again).toEqual(snapshot);
    });

    test('a chunk Excel still finds too large is halved', async () => {
      const excel = new FakeExcel([bigSheet()], { api: '1.12', payloadCells: 200 });
      const snapshot = (await host(excel, limits).readActiveSheet()).snapshot;
      expect(snapshot.values[39][29]).toBe(3929);
      // failed one-shot + probe + failed 10-row chunk + 8 chunks of 5 rows
      expect(excel.syncs).toBe(11);
    });

    test('beyond maxCells: HostError too-large, saying how to find the stray cells', async () => {
      const excel = new FakeExcel([bigSheet()], { api: '1.12', payloadCells: 500 });
      const error = await host(excel, { ...limits, maxCells: 1_000 }).readActiveSheet().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).code).toBe('too-large');
      expect(hostErrorText((error as HostError), 'zh-CN')).toContain('Ctrl+End');
      expect(hostErrorText((error as HostError), 'zh-CN')).toContain('1,200');
    });
  });

  test('more than 512 merged areas: the rows are asked in halves, nothing lost', async () => {
    const sheet = smallSheet();
    const excel = new FakeExcel([sheet], { api: '1.13' });
    excel.mergeLimit = 2; // stands in for 512
    const snapshot = (await host(excel).readActiveSheet()).snapshot;
    expect(snapshot.merges).toEqual([
      { top: 4, left: 2, bottom: 4, right: 3 },
      { top: 3, left: 4, bottom: 4, right: 5 },
    ]);
    expect(snapshot.values[0][0]).toBe(14624640);
    expect(excel.syncs).toBe(4); // values, failed merges, rows 1–3, rows 4–6
  });

  test('cell-edit mode: HostError editing, telling the user to press Enter or Esc', async () => {
    const excel = new FakeExcel([smallSheet()]);
    excel.editing = true;
    const error = (await host(excel).readActiveSheet().catch((e: unknown) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe('editing');
    expect(hostErrorText(error, 'zh-CN')).toContain('请先按 Enter 或 Esc 结束单元格编辑，再点校验');
    expect(hostErrorText(error, 'zh-CN')).toContain('没有做任何修改');
    expect(excel.syncs).toBe(1); // no second attempt: it would fail the same way
  });

  test('a real sample read through Excel gives the same findings as read from its file', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'samples', 'seed-shanghai-2020.xlsx')));
    const fromFile = readWorkbookBytes(bytes, 'seed-shanghai-2020.xlsx').sheets[0];
    const excel = new FakeExcel([sheetFromSnapshot(fromFile)], { api: '1.13' });
    const fromExcel = (await host(excel).readActiveSheet()).snapshot;
    expect(excel.syncs).toBe(2);
    expect(fromExcel.merges.length).toBe(fromFile.merges.length);
    const outcome = (s: typeof fromFile) => checkSheet(s, EMPTY_SETTINGS).findings.map((f) => [f.rule, f.cells.join(' ')]);
    expect(outcome(fromExcel)).toEqual(outcome(fromFile));
    expect(checkSheet(fromExcel, EMPTY_SETTINGS).sheet.tables.length).toBeGreaterThan(0);
  });
});

describe('what Excel reports, read as Excel means it (issue 10)', () => {
  test('a text cell that starts with = (written with an apostrophe) is text, not a formula', async () => {
    // Excel's `formulas` repeats a constant's value: "=100%" for the text =100%, "=SUM(…)" only for formulas.
    const sheet = new FakeSheet('Sheet1', '{s1}', {
      A1: { value: '=100%', text: '=100%' },
      A2: { value: 1, text: '100%', formula: '=100%' },
    });
    const excel = new FakeExcel([sheet], { api: '1.12' });
    const snapshot = (await host(excel).readActiveSheet()).snapshot;
    expect(snapshot.formulas).toEqual([[null], ['=100%']]);
    expect(snapshot.values).toEqual([['=100%'], [1]]);
  });

  test('a merged-area read that fails for another reason than too many areas is not retried: values kept, merges marked incomplete', async () => {
    const excel = new FakeExcel([smallSheet()], { api: '1.13' });
    excel.mergeError = Object.assign(new Error('The requested resource does not exist.'), { code: 'ItemNotFound' });
    const h = host(excel);
    const { snapshot, notices } = await h.readActiveSheet();
    expect(excel.syncs).toBe(2); // values, one merge attempt: no halving on an error halving cannot cure
    expect(snapshot.values[0][0]).toBe(14624640);
    expect(snapshot.merges).toEqual([]);
    expect(notices).toEqual(['merges-failed']);
    expect(hostNoticeText('merges-failed', 'zh-CN')).toBe('Excel 这次没有返回合并单元格，表格结构按空白单元格推断，个别单元格的归属可能不准。再校验一次通常可以读到。');
  });
});
