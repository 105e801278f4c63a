/** The sample tables (test/fixtures/samples, copied from the shared samples) read as they look in Excel. */
import { readdirSync } from 'fs';
import type { CellRange, SheetSnapshot } from '../../src/core/snapshot';
import { parseCellAddress } from '../../src/core/address';
import { readWorkbookBytes, type WorkbookRead } from '../../src/io';
import { sample, SAMPLES } from './helpers';

const read = (name: string): WorkbookRead => readWorkbookBytes(sample(name), name);

/** The cell at an absolute A1 address, whatever the snapshot's origin. */
function at(sheet: SheetSnapshot, address: string) {
  const p = parseCellAddress(address);
  if (!p) throw new Error(address);
  const r = p.row - sheet.origin.row;
  const c = p.col - sheet.origin.col;
  return {
    value: sheet.values[r]?.[c] ?? null,
    text: sheet.texts?.[r]?.[c] ?? null,
    format: sheet.formats?.[r]?.[c] ?? null,
  };
}

const inside = (m: CellRange, s: SheetSnapshot): boolean => {
  const width = Math.max(...s.values.map((r) => r.length));
  return (
    m.top >= s.origin.row &&
    m.left >= s.origin.col &&
    m.bottom < s.origin.row + s.values.length &&
    m.right < s.origin.col + width
  );
};

describe('seed-shanghai-2020.xlsx', () => {
  const wb = read('seed-shanghai-2020.xlsx');
  const sheet = wb.sheets[0];

  test('one sheet, Sheet1, at A1', () => {
    expect(wb.format).toBe('xlsx');
    expect(wb.encoding).toBeUndefined();
    expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(sheet.origin).toEqual({ row: 0, col: 0 });
    expect(sheet.values.length).toBe(37);
  });

  test('B15 is the number 14624640, shown as 14,624,640 by #,##0', () => {
    expect(at(sheet, 'A15')).toEqual({ value: '项目总预算(元):', text: '项目总预算(元):', format: 'General' });
    expect(at(sheet, 'B15')).toEqual({ value: 14624640, text: '14,624,640', format: '#,##0' });
    expect(at(sheet, 'D16')).toEqual({ value: 12978930, text: '12,978,930', format: '#,##0' });
  });

  test('indicator values are strings exactly as typed', () => {
    expect(at(sheet, 'D19').value).toBe('=100%');
    expect(at(sheet, 'D27').value).toBe('>=200人');
  });

  test('merged 一级 blocks: A19:A26 is one merge; all merges start inside the used cells', () => {
    expect(at(sheet, 'A19').value).toBe('投入与管理');
    expect(at(sheet, 'A20').value).toBeNull();
    expect(sheet.merges).toContainEqual({ top: 18, left: 0, bottom: 25, right: 0 });
    expect(sheet.merges).toHaveLength(17);
    for (const m of sheet.merges) expect(inside({ ...m, bottom: m.top, right: m.left }, sheet)).toBe(true);
  });

  test('the title merge A1:G1 keeps the width the table is drawn at, past the filled columns A:D', () => {
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 6 });
    expect(Math.max(...sheet.values.map((r) => r.length))).toBe(4);
  });

  test('no formulas in a table typed by hand', () => {
    expect(sheet.formulas).toBeUndefined();
  });
});

test('seed-shanghai-2020.xls (Excel 97–2003) reads the same values, texts, formats and merges as the .xlsx', () => {
  const xls = read('seed-shanghai-2020.xls');
  const xlsx = read('seed-shanghai-2020.xlsx');
  expect(xls.format).toBe('xls');
  expect(xls.sheets).toEqual(xlsx.sheets);
});

test('seed-shanghai-2020-offset.xlsx: 填表说明 then 绩效目标表, which starts at C3', () => {
  const wb = read('seed-shanghai-2020-offset.xlsx');
  expect(wb.sheets.map((s) => s.name)).toEqual(['填表说明', '绩效目标表']);
  const [notes, table] = wb.sheets;
  expect(notes.origin).toEqual({ row: 0, col: 0 });
  expect(notes.values).toEqual([['请按说明填写本表，金额单位为元。']]);
  expect(table.origin).toEqual({ row: 2, col: 2 });
  expect(table.values[0][0]).toBe('财政项目支出绩效目标表');
  // The same table as the seed, moved two rows down and two columns right.
  expect(at(table, 'D17')).toEqual({ value: 14624640, text: '14,624,640', format: '#,##0' });
  expect(table.merges).toContainEqual({ top: 20, left: 2, bottom: 27, right: 2 });
  const seed = read('seed-shanghai-2020.xlsx').sheets[0];
  expect(table.values).toEqual(seed.values);
  expect(table.merges).toEqual(seed.merges.map((m) => ({ top: m.top + 2, left: m.left + 2, bottom: m.bottom + 2, right: m.right + 2 })));
});

test('seed-shanghai-2020-plain.xlsx: no merges, and the amounts are text', () => {
  const sheet = read('seed-shanghai-2020-plain.xlsx').sheets[0];
  expect(sheet.merges).toEqual([]);
  expect(at(sheet, 'B15')).toEqual({ value: '14,624,640', text: '14,624,640', format: 'General' });
  expect(at(sheet, 'A19').value).toBe('投入与管理');
});

describe('every TSV sample matches its .xlsx twin', () => {
  const names = readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.tsv'))
    .map((f) => f.slice(0, -4));

  test('there are seven pairs', () => {
    expect(names).toHaveLength(7);
  });

  test.each(names)('%s', (name) => {
    const tsv = read(`${name}.tsv`);
    const xlsx = read(`${name}.xlsx`);
    expect(tsv).toMatchObject({ format: 'tsv', encoding: 'utf-8' });
    const t = tsv.sheets[0];
    const x = xlsx.sheets[0];
    expect(t.name).toBe(name);
    expect(x.origin).toEqual({ row: 0, col: 0 });
    expect(t.values.length).toBe(x.values.length);
    // Every TSV cell with text shows the same in the workbook: as its formatted text, or, where the workbook
    // formats a number the TSV wrote plainly (13452649655 shown as 13,452,649,655), as its value.
    const mismatches: string[] = [];
    t.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const xt = x.texts?.[r]?.[c];
        const xv = x.values[r]?.[c];
        if (xt !== v && String(xv) !== v) mismatches.push(`${r},${c}: ${String(v)} / ${String(xt)}`);
      }),
    );
    expect(mismatches).toEqual([]);
  });

  test('a few cells, by address', () => {
    const cell = (file: string, address: string) => at(read(file).sheets[0], address);
    expect(cell('seed-shanghai-2020.tsv', 'B15').value).toBe('14,624,640');
    expect(cell('real-shanghai-putuo-2026-1.tsv', 'E6').value).toBe('771,325,800.00');
    expect(cell('real-shanghai-putuo-2026-1.xlsx', 'E6')).toEqual({ value: 771325800, text: '771,325,800.00', format: '#,##0.00' });
    expect(cell('real-sichuan-jingyan-2023-1.tsv', 'C4').value).toBe('8,827,620.53');
    expect(cell('real-sichuan-jingyan-2023-1.xlsx', 'C4')).toEqual({ value: 8827620.53, text: '8,827,620.53', format: '#,##0.00' });
    expect(cell('real-sichuan-jingyan-2023-1.tsv', 'I5').value).toBe('95');
    expect(cell('real-hunan-xiangtan-2023-1.tsv', 'B4').value).toBe('250万');
    expect(cell('real-hunan-xiangtan-2023-1.xlsx', 'B4').value).toBe('250万');
    expect(cell('real-shaanxi-chencang-2020-1.tsv', 'E16').value).toBe('≧ %');
    expect(cell('real-hubei-huangshi-2022-1.xlsx', 'F10').value).toBe('280人次');
    // A phone number the workbook stores as a number with a thousands format.
    expect(cell('real-chongqing-fengjie-2023-1.tsv', 'F6').value).toBe('13452649655');
    expect(cell('real-chongqing-fengjie-2023-1.xlsx', 'F6')).toEqual({ value: 13452649655, text: '13,452,649,655', format: '#,##0' });
  });
});
