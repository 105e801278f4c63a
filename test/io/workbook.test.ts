/** readWorkbookBytes on workbooks built here with SheetJS: cell kinds, extents, merges, limits. */
import * as XLSX from '@e965/xlsx';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { readWorkbookBytes, WorkbookReadError } from '../../src/io';
import { crc32, storedZip, unpackZip } from '../../src/io/zip';
import { encodeGb18030 } from './helpers';

type Cells = Record<string, XLSX.CellObject>;

/** An .xlsx (or other SheetJS book type) with the given sheets; `hidden` names sheets to hide. */
function book(sheets: Record<string, { cells: Cells; merges?: XLSX.Range[] }>, bookType: XLSX.BookType = 'xlsx', hidden: string[] = []): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, { cells, merges }] of Object.entries(sheets)) {
    const ws: XLSX.WorkSheet = { ...cells };
    const addrs = Object.keys(cells).map((a) => XLSX.utils.decode_cell(a));
    if (addrs.length > 0) {
      ws['!ref'] = XLSX.utils.encode_range({
        s: { r: Math.min(...addrs.map((a) => a.r)), c: Math.min(...addrs.map((a) => a.c)) },
        e: { r: Math.max(...addrs.map((a) => a.r)), c: Math.max(...addrs.map((a) => a.c)) },
      });
    }
    if (merges) ws['!merges'] = merges;
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  wb.Workbook = { Sheets: wb.SheetNames.map((n) => ({ name: n, Hidden: hidden.includes(n) ? 1 : 0 })) };
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
}

/** Rewrite one part of an .xlsx (e.g. to claim a huge `<dimension>`), keeping the zip valid. */
function patchPart(xlsx: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const entries = unpackZip(xlsx, 1e9).map((e) => {
    if (e.name !== part) return e;
    const data = new TextEncoder().encode(edit(new TextDecoder().decode(e.data)));
    return { ...e, data, crc: crc32(data) };
  });
  return storedZip(entries);
}

/** Append raw `<row>` XML to the first sheet: SheetJS's writer walks every cell of `!ref`, so huge sheets are built here. */
function appendRows(xlsx: Uint8Array, rowsXml: string): Uint8Array {
  return patchPart(xlsx, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('</sheetData>', `${rowsXml}</sheetData>`));
}

const inlineCell = (address: string, text: string): string => `<c r="${address}" t="inlineStr"><is><t>${text}</t></is></c>`;

const only = (bytes: Uint8Array, name = 'book.xlsx'): SheetSnapshot => readWorkbookBytes(bytes, name).sheets[0];
const s = (v: string): XLSX.CellObject => ({ t: 's', v });
const n = (v: number, z?: string): XLSX.CellObject => (z ? { t: 'n', v, z } : { t: 'n', v });

describe('cell kinds', () => {
  const bytes = book({
    S: {
      cells: {
        A1: s('项目总预算(元):'),
        B1: n(14624640, '#,##0'),
        C1: n(1),
        D1: n(2),
        E1: { t: 'n', v: 3, f: 'C1+D1' },
        F1: { t: 'e', v: 0x17 },
        G1: { t: 'e', v: 0x2a, f: 'NA()' },
        H1: n(45306, 'yyyy-mm-dd'),
        I1: { t: 'b', v: true },
        J1: n(0.95, '0%'),
        K1: { t: 's', v: '95%', f: 'TEXT(J1,"0%")' },
      },
    },
  });
  const sheet = only(bytes);

  test('numbers keep their value; the text is the formatted one; the format code comes along', () => {
    expect(sheet.values[0][1]).toBe(14624640);
    expect(sheet.texts?.[0][1]).toBe('14,624,640');
    expect(sheet.formats?.[0][1]).toBe('#,##0');
    expect(sheet.values[0][9]).toBe(0.95);
    expect(sheet.texts?.[0][9]).toBe('95%');
  });

  test('formula cells give their cached value, and the formula with "="', () => {
    expect(sheet.values[0][4]).toBe(3);
    expect(sheet.formulas?.[0][4]).toBe('=C1+D1');
    expect(sheet.values[0][10]).toBe('95%');
    expect(sheet.formulas?.[0][10]).toBe('=TEXT(J1,"0%")');
    expect(sheet.formulas?.[0][1]).toBeNull();
  });

  test('error cells come through as their text', () => {
    expect(sheet.values[0][5]).toBe('#REF!');
    expect(sheet.texts?.[0][5]).toBe('#REF!');
    expect(sheet.values[0][6]).toBe('#N/A');
    expect(sheet.formulas?.[0][6]).toBe('=NA()');
  });

  test('a date stays an Excel serial number; its text is the formatted date', () => {
    expect(sheet.values[0][7]).toBe(45306);
    expect(sheet.texts?.[0][7]).toBe('2024-01-15');
    expect(sheet.formats?.[0][7]).toBe('yyyy-mm-dd');
  });

  test('booleans', () => {
    expect(sheet.values[0][8]).toBe(true);
    expect(sheet.texts?.[0][8]).toBe('TRUE');
  });

  test('the same workbook saved as .xls reads the same values and texts (the BIFF writer drops formulas)', () => {
    const xls = only(book({ S: { cells: { A1: n(14624640, '#,##0'), B1: { t: 'e', v: 0x17 }, C1: n(45306, 'yyyy-mm-dd') } } }, 'xls'), 'b.xls');
    expect(xls.values).toEqual([[14624640, '#REF!', 45306]]);
    expect(xls.texts).toEqual([['14,624,640', '#REF!', '2024-01-15']]);
  });

  test('a workbook without formulas has no formulas array', () => {
    expect(only(book({ S: { cells: { A1: s('x') } } })).formulas).toBeUndefined();
  });
});

describe('extent and origin', () => {
  test('origin is the top-left of the cells that hold something; rows are ragged', () => {
    const sheet = only(book({ T: { cells: { C3: s('财政项目支出绩效目标表'), D5: n(1), F4: s('x') } } }));
    expect(sheet.origin).toEqual({ row: 2, col: 2 });
    expect(sheet.values).toEqual([['财政项目支出绩效目标表'], [null, null, null, 'x'], [null, 1]]);
  });

  test('a sheet claiming A1:XFD1048576 is cut to its real cells', () => {
    const bytes = patchPart(book({ S: { cells: { B2: s('a'), C4: s('b') } } }), 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
    );
    expect(new TextDecoder().decode(unpackZip(bytes, 1e9).find((e) => e.name === 'xl/worksheets/sheet1.xml')?.data)).toContain(
      'A1:XFD1048576',
    );
    const sheet = only(bytes);
    expect(sheet.origin).toEqual({ row: 1, col: 1 });
    expect(sheet.values).toEqual([['a'], [], [null, 'b']]);
  });

  test('empty strings do not count as content', () => {
    const sheet = only(book({ S: { cells: { A1: s(''), C3: s('x'), E5: s('') } } }));
    expect(sheet.origin).toEqual({ row: 2, col: 2 });
    expect(sheet.values).toEqual([['x']]);
  });

  test('an empty sheet is a snapshot with no values', () => {
    const read = readWorkbookBytes(book({ Empty: { cells: {} }, Full: { cells: { A1: s('x') } } }), 'b.xlsx');
    expect(read.sheets.map((x) => x.name)).toEqual(['Empty', 'Full']);
    expect(read.sheets[0]).toMatchObject({ name: 'Empty', values: [], merges: [] });
  });

  test('hidden sheets are read too, in tab order', () => {
    const read = readWorkbookBytes(book({ A: { cells: { A1: s('a') } }, Secret: { cells: { B2: s('b') } } }, 'xlsx', ['Secret']), 'b.xlsx');
    expect(read.sheets.map((x) => [x.name, x.values])).toEqual([
      ['A', [['a']]],
      ['Secret', [['b']]],
    ]);
  });

  test('a far cell on each row costs its keys, not 16 384 steps per row', () => {
    let rows = '';
    for (let r = 2; r <= 20000; r++) rows += `<row r="${r}">${inlineCell(`XFD${r}`, String(r))}</row>`;
    const t0 = Date.now();
    const sheet = only(appendRows(book({ S: { cells: { XFD1: s('1') } } }), rows), 'wide.xlsx');
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(sheet.origin).toEqual({ row: 0, col: 16383 });
    expect(sheet.values.length).toBe(20000);
    expect(sheet.values[19999]).toEqual(['20000']);
  });
});

describe('merges', () => {
  test('absolute coordinates, clipped to the used cells; whole-row and whole-column merges stay small', () => {
    const bytes = book({
      S: {
        cells: { B2: s('title'), B5: s('row'), D8: s('end') },
        merges: [
          { s: { r: 1, c: 1 }, e: { r: 1, c: 3 } }, // B2:D2
          { s: { r: 4, c: 0 }, e: { r: 4, c: 16383 } }, // A5:XFD5
          { s: { r: 0, c: 1 }, e: { r: 1048575, c: 1 } }, // B:B
          { s: { r: 20, c: 0 }, e: { r: 30, c: 5 } }, // entirely outside the cells
        ],
      },
    });
    const sheet = only(bytes);
    expect(sheet.origin).toEqual({ row: 1, col: 1 });
    expect(sheet.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 4, left: 1, bottom: 4, right: 3 },
      { top: 1, left: 1, bottom: 7, right: 1 },
    ]);
  });
});

describe('limits', () => {
  test('a sheet over maxCells is too-large, with the sheet and its size in both languages', () => {
    const bytes = book({ Big: { cells: { A1: s('a'), J100: s('b') } } });
    expect(only(bytes).values.length).toBe(100);
    let error: unknown;
    try {
      readWorkbookBytes(bytes, 'big.xlsx', { maxCells: 999 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkbookReadError);
    const e = error as WorkbookReadError;
    expect(e.code).toBe('too-large');
    expect(e.messages['zh-CN']).toContain('Big');
    expect(e.messages['zh-CN']).toContain('A1:J100');
    expect(e.messages['en-US']).toContain('1,000 cells');
  });

  test('cells at A1 and XFD1048576 are too-large by default, without building the giant arrays', () => {
    const bytes = appendRows(book({ S: { cells: { A1: s('a') } } }), `<row r="1048576">${inlineCell('XFD1048576', 'z')}</row>`);
    const t0 = Date.now();
    expect(() => readWorkbookBytes(bytes, 'b.xlsx')).toThrow(expect.objectContaining({ code: 'too-large' }));
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  test('a CSV over maxCells is too-large', () => {
    const bytes = new TextEncoder().encode('a,b,c\n1,2,3\n');
    expect(readWorkbookBytes(bytes, 'x.csv', { maxCells: 6 }).sheets[0].values.length).toBe(2);
    expect(() => readWorkbookBytes(bytes, 'x.csv', { maxCells: 5 })).toThrow(expect.objectContaining({ code: 'too-large' }));
  });
});

describe('text files', () => {
  test('CSV: comma-separated, UTF-8 with BOM, sheet named after the file', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('项目名称,"14,624,640"\r\n')]);
    expect(readWorkbookBytes(bytes, 'C:\\data\\目标表.CSV')).toEqual({
      format: 'csv',
      encoding: 'utf-8',
      sheets: [{ name: '目标表', origin: { row: 0, col: 0 }, values: [['项目名称', '14,624,640']], texts: [['项目名称', '14,624,640']], merges: [] }],
    });
  });

  test('CSV in GB18030, as Chinese Excel saves it', () => {
    const read = readWorkbookBytes(encodeGb18030('项目名称,老干部工作专项经费\r\n指标值,>=95%\r\n'), 'gb.csv');
    expect(read.encoding).toBe('gb18030');
    expect(read.sheets[0].values).toEqual([
      ['项目名称', '老干部工作专项经费'],
      ['指标值', '>=95%'],
    ]);
  });

  test('.txt and .tsv are tab-separated; a .csv whose lines have tabs but no commas is read as TSV', () => {
    const bytes = new TextEncoder().encode('a\tb,c\n');
    expect(readWorkbookBytes(bytes, 'x.txt')).toMatchObject({ format: 'tsv', sheets: [{ name: 'x', values: [['a', 'b,c']] }] });
    expect(readWorkbookBytes(bytes, 'x.tsv').sheets[0].values).toEqual([['a', 'b,c']]);
    expect(readWorkbookBytes(bytes, 'x.csv').sheets[0].values).toEqual([['a\tb', 'c']]);
    const tabs = new TextEncoder().encode('项目名称\t金额\n补贴\t100\n');
    expect(readWorkbookBytes(tabs, 'export.csv')).toMatchObject({ format: 'tsv', sheets: [{ values: [['项目名称', '金额'], ['补贴', '100']] }] });
  });

  test('UTF-16 text ("Unicode Text" from Excel) under .txt', () => {
    const body = '项目\t金额\r\n';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) {
      bytes[2 + 2 * i] = body.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = body.charCodeAt(i) >> 8;
    }
    expect(readWorkbookBytes(bytes, 'u.txt')).toMatchObject({ format: 'tsv', encoding: 'utf-16le', sheets: [{ values: [['项目', '金额']] }] });
  });

  test('an .xls that is really an HTML table (old web exports) is read, in GB18030 too', () => {
    const html = '<html><head><meta charset="gb2312"></head><body><table><tr><td>项目名称</td><td>老干部工作专项经费</td></tr></table></body></html>';
    const read = readWorkbookBytes(encodeGb18030(html), 'export.xls');
    expect(read.format).toBe('xls');
    expect(read.sheets[0].values).toEqual([['项目名称', '老干部工作专项经费']]);
  });

  test('an .xls that is really tab-separated text is read as TSV', () => {
    const read = readWorkbookBytes(encodeGb18030('项目名称\t补贴\r\n'), 'export.xls');
    expect(read).toMatchObject({ format: 'tsv', encoding: 'gb18030', sheets: [{ name: 'export', values: [['项目名称', '补贴']] }] });
  });

  // The bound only catches a reader gone quadratic (minutes); speed is a figure of `npm run bench`.
  test('a 200,000-row CSV file reads through readWorkbookBytes in linear time (with the cell limit raised)', () => {
    const parts: string[] = [];
    for (let i = 0; i < 200_000; i++) parts.push(`${i},指标${i % 100},>=95%,"1,000",`);
    const bytes = new TextEncoder().encode(parts.join('\n'));
    const t0 = Date.now();
    const read = readWorkbookBytes(bytes, 'big.csv', { maxFilledCells: 1_000_000 });
    expect(Date.now() - t0).toBeLessThan(9000);
    const values = read.sheets[0].values;
    expect(values.length).toBe(200_000);
    expect(values[199_999]).toEqual(['199999', '指标99', '>=95%', '1,000', null]);
  });
});

describe('format by content', () => {
  test('the extension is case-insensitive and .xlsm reads as xlsm', () => {
    const bytes = book({ S: { cells: { A1: s('x') } } });
    expect(readWorkbookBytes(bytes, 'A.XLSX').format).toBe('xlsx');
    expect(readWorkbookBytes(bytes, 'a.xlsm').format).toBe('xlsm');
  });

  test('a real workbook under the wrong spreadsheet extension is read by its content', () => {
    const xlsx = book({ S: { cells: { A1: s('x') } } });
    const xls = book({ S: { cells: { A1: s('x') } } }, 'xls');
    expect(readWorkbookBytes(xlsx, 'saved-as.xls')).toMatchObject({ format: 'xlsx', sheets: [{ values: [['x']] }] });
    expect(readWorkbookBytes(xls, 'renamed.xlsx')).toMatchObject({ format: 'xls', sheets: [{ values: [['x']] }] });
  });
});
