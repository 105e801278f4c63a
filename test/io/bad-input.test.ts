/** Files that cannot be read give a WorkbookReadError with the right code and a message in both languages. */
import fc from 'fast-check';
import * as XLSX from '@e965/xlsx';
import { readWorkbookBytes, WorkbookReadError, type WorkbookReadErrorCode } from '../../src/io';
import { crc32, storedZip, unpackZip } from '../../src/io/zip';
import { sample } from './helpers';

/** The error `readWorkbookBytes` throws for these bytes (fails the test if it reads them). */
function failure(bytes: Uint8Array, fileName: string): WorkbookReadError {
  try {
    readWorkbookBytes(bytes, fileName);
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw new Error(`expected a WorkbookReadError, got ${String(e)}`);
  }
  throw new Error(`expected ${fileName} to fail`);
}

function expectFailure(bytes: Uint8Array, fileName: string, code: WorkbookReadErrorCode): WorkbookReadError {
  const e = failure(bytes, fileName);
  expect(e.code).toBe(code);
  expect(e.message).toBe(e.messages['en-US']);
  expect(e.messages['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  expect(e.messages['en-US']).toMatch(/[a-z]{3}/);
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  expect(e.messages['zh-CN']).toContain(base);
  expect(e.messages['en-US']).toContain(base);
  return e;
}

/** A compound file (the OLE container of .xls and of password-protected .xlsx) with the given streams. */
function cfb(streams: Record<string, Uint8Array>): Uint8Array {
  const container = XLSX.CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(container, `/${name}`, data);
  return new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as ArrayLike<number>);
}

/**
 * The shape of a workbook with an open password: a CFB holding EncryptionInfo (here version 4.4, "agile", with an
 * XML descriptor) and EncryptedPackage. `descriptor` is that XML.
 */
function encryptedXlsx(descriptor = '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>'): Uint8Array {
  const xml = new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${descriptor}`);
  return cfb({
    EncryptionInfo: new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...xml]),
    EncryptedPackage: new Uint8Array(4096),
  });
}

/** What SheetJS throws for `bytes`. */
function sheetJsThrows(bytes: Uint8Array): unknown {
  try {
    XLSX.read(bytes, { type: 'array' });
  } catch (e) {
    return e;
  }
  return undefined;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const noise = (length: number, seed: number): Uint8Array => Uint8Array.from({ length }, (_, i) => (i * 73 + seed * 151 + ((i * i) >> 3)) & 0xff);

describe('empty and unsupported', () => {
  test('a 0-byte file is empty-file', () => {
    expectFailure(new Uint8Array(0), 'empty.xlsx', 'empty-file');
    expectFailure(new Uint8Array(0), 'empty.csv', 'empty-file');
  });

  test('other extensions are unsupported-type, whatever they contain', () => {
    const xlsx = sample('seed-shanghai-2020.xlsx');
    expect(expectFailure(xlsx, 'report.pdf', 'unsupported-type').messages['en-US']).toContain('.pdf');
    expectFailure(xlsx, 'table.ods', 'unsupported-type');
    expect(expectFailure(xlsx, 'no-extension', 'unsupported-type').messages['zh-CN']).toContain('.xlsx');
  });
});

describe('not a spreadsheet', () => {
  test('garbage or plain text renamed .xlsx', () => {
    expectFailure(noise(3000, 1), 'garbage.xlsx', 'not-a-spreadsheet');
    expectFailure(utf8('hello, this is a note, not a workbook\n'), 'note.xlsx', 'not-a-spreadsheet');
    expectFailure(utf8('%PDF-1.7\n...'), 'scan.xlsm', 'not-a-spreadsheet');
  });

  test('a zip that is not a workbook (no [Content_Types].xml, or a Word document)', () => {
    const entry = (name: string, text: string) => {
      const data = utf8(text);
      return { name, nameBytes: utf8(name), data, crc: crc32(data) };
    };
    expectFailure(storedZip([entry('readme.txt', 'hi')]), 'archive.xlsx', 'not-a-spreadsheet');
    const docx = storedZip([
      entry(
        '[Content_Types].xml',
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      entry('word/document.xml', '<w:document/>'),
    ]);
    expectFailure(docx, 'letter.xlsx', 'not-a-spreadsheet');
  });

  test('a Word 97 document renamed .xls (CFB without a Workbook stream)', () => {
    expectFailure(cfb({ WordDocument: new Uint8Array(600) }), 'letter.xls', 'not-a-spreadsheet');
  });

  test('binary files renamed .csv / .xls', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...noise(500, 2)]);
    expectFailure(png, 'photo.csv', 'not-a-spreadsheet');
    expectFailure(png, 'photo.xls', 'not-a-spreadsheet');
    expectFailure(noise(2000, 3), 'noise.tsv', 'not-a-spreadsheet');
  });

  test('an .xls that is HTML without a table', () => {
    expectFailure(utf8('<html><body><p>没有表格</p></body></html>'), 'page.xls', 'not-a-spreadsheet');
  });
});

describe('damaged files', () => {
  const xlsx = sample('seed-shanghai-2020.xlsx');
  const xls = sample('seed-shanghai-2020.xls');

  test('a truncated .xlsx is corrupt', () => {
    expectFailure(xlsx.subarray(0, xlsx.length >> 1), 'cut.xlsx', 'corrupt');
    expectFailure(xlsx.subarray(0, xlsx.length - 30), 'cut.xlsx', 'corrupt');
    expectFailure(xlsx.subarray(0, 20), 'cut.xlsx', 'corrupt');
  });

  test('damage inside a compressed part is corrupt, and quick (SheetJS alone loops forever on this file)', () => {
    const bad = xlsx.slice();
    for (let i = 2000; i < 2400; i++) bad[i] ^= 0x55;
    const t0 = Date.now();
    const e = expectFailure(bad, 'damaged.xlsx', 'corrupt');
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(e.messages['en-US']).toMatch(/xl\/|checksum|Huffman|data|zip/);
  });

  test('a truncated .xls is corrupt', () => {
    expectFailure(xls.subarray(0, 5000), 'cut.xls', 'corrupt');
    expectFailure(xls.subarray(0, 100), 'cut.xls', 'corrupt');
  });

  test('random damage never escapes as anything but a WorkbookReadError', () => {
    for (const [file, bytes] of [
      ['fuzz.xlsx', xlsx],
      ['fuzz.xls', xls],
    ] as const) {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }), (flips) => {
          const bad = bytes.slice();
          for (const [at, x] of flips) bad[at] ^= x;
          try {
            readWorkbookBytes(bad, file);
          } catch (e) {
            expect(e).toBeInstanceOf(WorkbookReadError);
          }
        }),
        { numRuns: 150, seed: 20240601 },
      );
    }
  });

  test('random bytes under any supported extension', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 2000 }), fc.constantFrom('xlsx', 'xlsm', 'xls', 'csv', 'tsv', 'txt'), (bytes, ext) => {
        try {
          readWorkbookBytes(bytes, `random.${ext}`);
        } catch (e) {
          expect(e).toBeInstanceOf(WorkbookReadError);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('password-protected workbooks', () => {
  test('SheetJS says "File is password-protected", or throws a bare string when the descriptor is unusual', () => {
    expect(sheetJsThrows(encryptedXlsx())).toEqual(new Error('File is password-protected'));
    const odd = sheetJsThrows(encryptedXlsx('<encryption/>'));
    expect(odd).toBe('<encryption/>');
    // Either way the reader finds the encryption streams itself.
    expectFailure(encryptedXlsx('<encryption/>'), 'odd.xlsx', 'encrypted');
  });

  test('an encrypted .xlsx (a CFB with EncryptionInfo + EncryptedPackage) is encrypted, under either extension', () => {
    const e = expectFailure(encryptedXlsx(), 'secret.xlsx', 'encrypted');
    expect(e.messages['zh-CN']).toContain('工作簿“secret.xlsx”有打开密码，无法读取：请在 Excel 中另存为无密码的副本后再检查');
    expect(e.messages['en-US']).toContain('password-protected: save an unprotected copy in Excel and check that');
    expectFailure(encryptedXlsx(), 'secret.xls', 'encrypted');
  });

  test('a zip whose entries carry the encryption flag is encrypted', () => {
    const stored = storedZip(unpackZip(sample('seed-shanghai-2020.xlsx'), 1e9));
    const flagged = stored.slice();
    const view = new DataView(flagged.buffer);
    // Set bit 0 of the general-purpose flags in every local and central header.
    for (let i = 0; i + 4 <= flagged.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50) flagged[i + 6] |= 1;
      if (sig === 0x02014b50) flagged[i + 8] |= 1;
    }
    expectFailure(flagged, 'zipcrypto.xlsx', 'encrypted');
  });
});

test('errors name the file without its folder, and keep what SheetJS said', () => {
  const e = expectFailure(sample('seed-shanghai-2020.xls').subarray(0, 5000), 'C:\\Users\\张三\\Desktop\\目标表.xls', 'corrupt');
  expect(e.messages['zh-CN']).toContain('“目标表.xls”');
  expect(e.messages['zh-CN']).not.toContain('Desktop');
  expect(e.cause).toBeDefined();
});
