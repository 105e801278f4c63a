import fc from 'fast-check';
import { deflateRawSync } from 'zlib';
import * as XLSX from '@e965/xlsx';
import { readWorkbookBytes } from '../../src/io';
import { InflateError, inflateRaw } from '../../src/io/inflate';
import { crc32, storedZip, unpackZip, ZipError } from '../../src/io/zip';
import { sample } from './helpers';

describe('inflateRaw', () => {
  test('decodes what zlib deflates, at every level (stored, fixed and dynamic blocks)', () => {
    const data = fc.oneof(
      fc.uint8Array({ maxLength: 5000 }),
      fc.string({ unit: fc.constantFrom('<c r="A1">', '项目', '0', '1', ' ') , maxLength: 3000 }).map((s) => new TextEncoder().encode(s)),
    );
    fc.assert(
      fc.property(data, fc.integer({ min: 0, max: 9 }), (bytes, level) => {
        const packed = new Uint8Array(deflateRawSync(bytes, { level }));
        expect(inflateRaw(packed, bytes.length)).toEqual(bytes);
      }),
      { numRuns: 300, seed: 1 },
    );
  });

  test('a long repetitive stream (long matches, many blocks)', () => {
    const bytes = new TextEncoder().encode('<row><c t="s"><v>1</v></c></row>'.repeat(50_000));
    const t0 = Date.now();
    const out = inflateRaw(new Uint8Array(deflateRawSync(bytes)), bytes.length);
    expect(Date.now() - t0).toBeLessThan(2000);
    // Buffer.equals, not toEqual: jest compares a 1.6 MB array element by element, slowly.
    expect(Buffer.from(out).equals(Buffer.from(bytes))).toBe(true);
  });

  test('damaged or truncated streams throw InflateError instead of looping', () => {
    const bytes = new TextEncoder().encode('财政项目支出绩效目标表 '.repeat(500));
    const packed = new Uint8Array(deflateRawSync(bytes));
    expect(() => inflateRaw(packed.subarray(0, packed.length >> 1), bytes.length)).toThrow(InflateError);
    expect(() => inflateRaw(packed, bytes.length - 1)).toThrow(InflateError);
    expect(() => inflateRaw(packed, bytes.length + 1)).toThrow(InflateError);
    expect(() => inflateRaw(new Uint8Array([0x07]), 10)).toThrow(InflateError); // block type 3
    fc.assert(
      fc.property(fc.integer({ min: 0, max: packed.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, x) => {
        const bad = packed.slice();
        bad[at] ^= x;
        try {
          inflateRaw(bad, bytes.length);
        } catch (e) {
          expect(e).toBeInstanceOf(InflateError);
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});

describe('crc32', () => {
  test('the check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe('unpackZip / storedZip', () => {
  test('a sample .xlsx unpacks, verifies, and re-packs into a zip SheetJS reads the same', () => {
    const bytes = sample('seed-shanghai-2020.xlsx');
    const entries = unpackZip(bytes, 1e9);
    const names = entries.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
    const repacked = storedZip(entries);
    expect(unpackZip(repacked, 1e9).map((e) => [e.name, e.data])).toEqual(entries.map((e) => [e.name, e.data]));
    const a = XLSX.read(bytes, { type: 'array', dense: true });
    const b = XLSX.read(repacked, { type: 'array', dense: true });
    expect(XLSX.utils.sheet_to_json(b.Sheets.Sheet1, { header: 1 })).toEqual(XLSX.utils.sheet_to_json(a.Sheets.Sheet1, { header: 1 }));
  });

  test('truncation, a bad checksum and an over-large claim are reported', () => {
    const bytes = sample('seed-shanghai-2020.xlsx');
    const kind = (b: Uint8Array, max = 1e9) => {
      try {
        unpackZip(b, max);
        return 'ok';
      } catch (e) {
        return e instanceof ZipError ? e.kind : String(e);
      }
    };
    expect(kind(bytes.subarray(0, bytes.length - 100))).toBe('corrupt');
    expect(kind(bytes, 1000)).toBe('too-large');
    const entries = unpackZip(bytes, 1e9);
    const stored = storedZip(entries);
    const flipped = stored.slice();
    // Flip a byte inside the first entry's data: the CRC no longer matches.
    flipped[30 + entries[0].nameBytes.length + 1] ^= 0xff;
    expect(kind(flipped)).toBe('corrupt');
  });
});

describe('zips from streaming writers', () => {
  /**
   * A zip as streaming writers make it: deflated entries whose local headers have zero sizes and CRC (flag bit 3),
   * the real values following the data in a descriptor and in the central directory.
   */
  function streamedZip(entries: { name: string; data: Uint8Array }[]): Uint8Array {
    const chunks: Uint8Array[] = [];
    const central: Uint8Array[] = [];
    let offset = 0;
    const push = (b: Uint8Array) => {
      chunks.push(b);
      offset += b.length;
    };
    for (const { name, data } of entries) {
      const nameBytes = new TextEncoder().encode(name);
      const packed = new Uint8Array(deflateRawSync(data));
      const crc = crc32(data);
      const local = new DataView(new ArrayBuffer(30));
      local.setUint32(0, 0x04034b50, true);
      local.setUint16(4, 20, true);
      local.setUint16(6, 0x0008, true);
      local.setUint16(8, 8, true);
      local.setUint16(26, nameBytes.length, true);
      const at = offset;
      push(new Uint8Array(local.buffer));
      push(nameBytes);
      push(packed);
      const dd = new DataView(new ArrayBuffer(16));
      dd.setUint32(0, 0x08074b50, true);
      dd.setUint32(4, crc, true);
      dd.setUint32(8, packed.length, true);
      dd.setUint32(12, data.length, true);
      push(new Uint8Array(dd.buffer));
      const c = new DataView(new ArrayBuffer(46));
      c.setUint32(0, 0x02014b50, true);
      c.setUint16(4, 20, true);
      c.setUint16(6, 20, true);
      c.setUint16(8, 0x0008, true);
      c.setUint16(10, 8, true);
      c.setUint32(16, crc, true);
      c.setUint32(20, packed.length, true);
      c.setUint32(24, data.length, true);
      c.setUint16(28, nameBytes.length, true);
      c.setUint32(42, at, true);
      central.push(new Uint8Array(c.buffer), nameBytes);
    }
    const cdStart = offset;
    for (const b of central) push(b);
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, entries.length, true);
    end.setUint16(10, entries.length, true);
    end.setUint32(12, offset - cdStart, true);
    end.setUint32(16, cdStart, true);
    push(new Uint8Array(end.buffer));
    const out = new Uint8Array(offset);
    let p = 0;
    for (const b of chunks) {
      out.set(b, p);
      p += b.length;
    }
    return out;
  }

  test('entries with data descriptors unpack, and the workbook reads the same', () => {
    const original = sample('seed-shanghai-2020.xlsx');
    const entries = unpackZip(original, 1e9);
    const streamed = streamedZip(entries.map((e) => ({ name: e.name, data: e.data })));
    expect(unpackZip(streamed, 1e9).map((e) => e.name)).toEqual(entries.map((e) => e.name));
    expect(readWorkbookBytes(streamed, 'streamed.xlsx').sheets).toEqual(readWorkbookBytes(original, 'seed.xlsx').sheets);
  });
});
