/**
 * The readers' limits, each with a small value so a small file goes past it: the message names the limit, the
 * error carries its key (the JSON report's `limit`), and the work stops where the limit is reached.
 */
import * as XLSX from '@e965/xlsx';
import { readWorkbookBytes, WorkbookReadError } from '../../src/io';
import { DelimitedLimit, parseDelimited } from '../../src/io/delimited';
import { crc32, storedZip, unpackZip } from '../../src/io/zip';
import { CLEAN_ROWS, sheetXml, xlsx } from '../hostile/corpus';
import { sample } from './helpers';

// SheetJS's parse, watched (and run as it is) to see which files reach it.
jest.mock('@e965/xlsx', () => {
  const real = jest.requireActual('@e965/xlsx');
  return { ...real, read: jest.fn(real.read) };
});

function failure(bytes: Uint8Array, name: string, options: Parameters<typeof readWorkbookBytes>[2] = {}): WorkbookReadError {
  try {
    readWorkbookBytes(bytes, name, options);
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error(`expected ${name} to fail`);
}

const seed = sample('seed-shanghai-2020.xlsx');
const utf8 = (s: string) => new TextEncoder().encode(s);
const csv = CLEAN_ROWS.map((r) => r.join(',')).join('\n');

describe('zip limits, on the sizes the zip declares (nothing is inflated first)', () => {
  test('unpacked size of one part: the part is named', () => {
    const e = failure(seed, 'a.xlsx', { maxPartBytes: 2000 });
    expect(e).toMatchObject({ code: 'too-large', limit: 'maxPartBytes' });
    expect(e.messages['zh-CN']).toMatch(/部件 xl\/\S+ 解压后有 .* MB，超过“单个部件解压大小”上限/);
    expect(e.messages['en-US']).toContain('the unpacked size of one part');
  });

  test('unpacked size of all parts together', () => {
    const e = failure(seed, 'a.xlsx', { maxUnpackedBytes: 10_000 });
    expect(e).toMatchObject({ code: 'too-large', limit: 'maxUnpackedBytes' });
    expect(e.messages['zh-CN']).toContain('解压后总大小');
  });

  test('compression ratio, for parts above the floor', () => {
    expect(failure(seed, 'a.xlsx', { maxCompressionRatio: 2, ratioFloorBytes: 100 })).toMatchObject({ code: 'too-large', limit: 'maxCompressionRatio' });
    // A small part may be as regular as it likes.
    expect(readWorkbookBytes(seed, 'a.xlsx', { maxCompressionRatio: 2, ratioFloorBytes: 1e6 }).sheets).toHaveLength(1);
  });

  test('number of parts', () => {
    const e = failure(seed, 'a.xlsx', { maxParts: 3 });
    expect(e).toMatchObject({ code: 'too-large', limit: 'maxParts' });
    expect(e.messages['zh-CN']).toContain('部件数');
  });

  test('pictures and other parts the checker never reads are not unpacked and count against nothing', () => {
    const entries = unpackZip(seed, 1e9);
    const picture = new Uint8Array(3_000_000).map((_, i) => (i * 7919) & 0xff);
    const withPicture = storedZip([...entries, { name: 'xl/media/image1.png', nameBytes: utf8('xl/media/image1.png'), data: picture, crc: crc32(picture) }]);
    const read = readWorkbookBytes(withPicture, 'a.xlsx', { maxPartBytes: 1_000_000, maxUnpackedBytes: 1_000_000 });
    expect(read.sheets[0].values).toEqual(readWorkbookBytes(seed, 'a.xlsx').sheets[0].values);
  });

  test('entries that share their bytes (a zip bomb\'s trick) are damage', () => {
    const entries = unpackZip(seed, 1e9);
    const zip = storedZip(entries);
    // Point the second central-directory entry at the first entry's local header.
    const view = new DataView(zip.buffer);
    const central: number[] = [];
    for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) central.push(i);
    view.setUint32(central[1] + 42, view.getUint32(central[0] + 42, true), true);
    const e = failure(zip, 'a.xlsx');
    expect(e.code).toBe('corrupt');
    expect(e.messages['en-US']).toContain('overlap');
  });
});

describe('cell and merge limits', () => {
  test('filled cells of an .xlsx are counted before the parse', () => {
    const e = failure(seed, 'a.xlsx', { maxFilledCells: 20 });
    expect(e).toMatchObject({ code: 'too-large', limit: 'maxFilledCells' });
    expect(e.messages['zh-CN']).toMatch(/非空单元格多于“单元格数”上限 20 个（已数到 \d+ 个）/);
  });

  test('filled cells of a CSV are counted while parsing: the rest of the file is never parsed', () => {
    const text = 'a,b,c\n'.repeat(100_000);
    let error: unknown;
    try {
      parseDelimited(text, ',', 'x', { maxCells: Infinity, maxFilledCells: 30 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DelimitedLimit);
    expect(error).toMatchObject({ kind: 'cells', row: 11, amount: 33 });
    expect(failure(utf8(text), 'x.csv', { maxFilledCells: 30 })).toMatchObject({ code: 'too-large', limit: 'maxFilledCells' });
  });

  test('the used range of a CSV, rows × widest row, is checked while parsing too', () => {
    expect(failure(utf8('a\n'.repeat(50) + 'a,b,c,d,e\n'), 'x.csv', { maxCells: 200 })).toMatchObject({ code: 'too-large', limit: 'maxCells' });
  });

  test('beyond Excel\'s grid: more than 16,384 columns or 1,048,576 rows', () => {
    expect(failure(utf8(`${csv}\n${'a,'.repeat(16_384)}a\n`), 'x.csv')).toMatchObject({ code: 'too-large', limit: 'excelGrid' });
    expect(failure(utf8(`${csv}\n${'\n'.repeat(1_048_576)}`), 'x.csv')).toMatchObject({ code: 'too-large', limit: 'excelGrid' });
  });

  function merged(n: number, area: XLSX.Range): Uint8Array {
    const ws = XLSX.utils.aoa_to_sheet(CLEAN_ROWS);
    ws['!merges'] = Array.from({ length: n }, () => area);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  }

  test('merged areas, and the cells they cover (overlapping merges count each time)', () => {
    expect(failure(merged(11, { s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }), 'm.xlsx', { maxMerges: 10 })).toMatchObject({ code: 'too-large', limit: 'maxMerges' });
    const e = failure(merged(5, { s: { r: 0, c: 0 }, e: { r: 12, c: 3 } }), 'm.xlsx', { maxMergedCells: 100 });
    expect(e).toMatchObject({ code: 'too-large', limit: 'maxMergedCells' });
    expect(e.messages['zh-CN']).toContain('共覆盖 260 个单元格');
  });

  test('an .xlsx over the merge limit is refused from the scan, before SheetJS parses it', () => {
    const parse = jest.mocked(XLSX.read);
    parse.mockClear();
    const e = failure(merged(11, { s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }), 'm.xlsx', { maxMerges: 10 });
    expect(e).toMatchObject({ code: 'too-large', limit: 'maxMerges' });
    expect(e.messages['zh-CN']).toContain('已数到 11 个');
    expect(parse).not.toHaveBeenCalled();
    // Within the limit, the same file is parsed.
    readWorkbookBytes(merged(10, { s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }), 'm.xlsx', { maxMerges: 10 });
    expect(parse).toHaveBeenCalledTimes(1);
  });

});

test('a merge reaching past column XFD is cut at the edge of the grid', () => {
  const rows = CLEAN_ROWS.map((r) => [...r]);
  const xml = sheetXml(rows).replace('<row r="1">', '<row r="1"><c r="XFC1" t="inlineStr"><is><t>x</t></is></c>').replace('</worksheet>', '<mergeCells count="1"><mergeCell ref="XFC1:XFH3"/></mergeCells></worksheet>');
  const s = readWorkbookBytes(xlsx([['S', xml]]), 'm.xlsx').sheets[0];
  expect(s.merges).toEqual([{ top: 0, left: 16_382, bottom: 2, right: 16_383 }]);
});

describe('damage named by part', () => {
  test('SheetJS drops a sheet it cannot parse without a word: that is damage, not "no table"', () => {
    // A shared-text cell whose <v> is not a number: SheetJS throws inside and leaves the sheet out.
    const bytes = xlsx([['表1', sheetXml(CLEAN_ROWS).replace('<row r="1">', '<row r="1"><c r="F1" t="s"><v>x</v></c>')]], [], { sst: '<sst/>' });
    const e = failure(bytes, 'dropped.xlsx');
    expect(e.code).toBe('corrupt');
    expect(e.messages['zh-CN']).toContain('部件 xl/worksheets/sheet1.xml');
  });

  test('a sheet with the add-in\'s settings stored in it: they are read for the caller to report', () => {
    const settings = JSON.stringify({ rules: { 'target-style': 'off' }, ignored: [] });
    const part = `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11"><we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/><we:property name="ptcheck.settings" value="${JSON.stringify(settings).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"/></we:properties></we:webextension>`;
    const read = readWorkbookBytes(xlsx([['表1', sheetXml(CLEAN_ROWS)]], [{ name: 'xl/webextensions/webextension1.xml', data: part }]), 'w.xlsx');
    expect(read.addinSettings).toEqual({ rules: { 'target-style': 'off' }, ignored: [] });
    expect(readWorkbookBytes(xlsx([['表1', sheetXml(CLEAN_ROWS)]]), 'w.xlsx').addinSettings).toBeUndefined();
  });
});
