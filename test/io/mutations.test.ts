/**
 * The real samples, mutated at random (values, merges, positions, encodings, bytes), through the readers and the
 * checker: nothing ever throws but a WorkbookReadError, and every cell a finding or a fix points at lies inside the
 * sheet (within its cells and merges, and within Excel's grid).
 */
import fc from 'fast-check';
import { readdirSync } from 'fs';
import * as XLSX from '@e965/xlsx';
import { readWorkbookBytes, WorkbookReadError } from '../../src/io';
import { checkSheets, recogniseSheets } from '../../src/core/check/workbook';
import { parseRangeAddress } from '../../src/core/address';
import type { CellRange, CellValue, SheetSnapshot } from '../../src/core/snapshot';
import { encodeGb18030, sample, SAMPLES } from './helpers';

const FILES = readdirSync(SAMPLES).filter((f) => /\.(tsv|xlsx|xls)$/.test(f));
const SNAPSHOTS: [string, SheetSnapshot[]][] = FILES.map((f) => [f, readWorkbookBytes(sample(f), f).sheets]);

/** Words the recogniser and rules react to, odd values, and text that would act on a terminal. */
const VALUE: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom('一级指标', '二级指标', '三级指标', '指标值', '项目名称:', '产出指标', '数量指标', '满意度指标', '≥95%', '=100%', '**', '良好', '金额单位:万元', '#REF!', '(2020年度)', '其中:财政资金', '\u001b[2J', '\u202e', ''),
  fc.string({ maxLength: 20 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

interface Mutation {
  edits: { r: number; c: number; v: CellValue }[];
  merges: { r: number; c: number; h: number; w: number }[];
  dropMerges: boolean;
  origin: { row: number; col: number };
  insertRows: number[];
  deleteRows: number[];
}

const MUTATION: fc.Arbitrary<Mutation> = fc.record({
  edits: fc.array(fc.record({ r: fc.nat(60), c: fc.nat(12), v: VALUE }), { maxLength: 12 }),
  merges: fc.array(fc.record({ r: fc.nat(60), c: fc.nat(12), h: fc.nat(40), w: fc.nat(16) }), { maxLength: 6 }),
  dropMerges: fc.boolean(),
  origin: fc.record({ row: fc.oneof(fc.nat(10), fc.constant(1_048_500)), col: fc.oneof(fc.nat(10), fc.constant(16_370)) }),
  insertRows: fc.array(fc.nat(60), { maxLength: 4 }),
  deleteRows: fc.array(fc.nat(60), { maxLength: 4 }),
});

function mutate(s: SheetSnapshot, m: Mutation): SheetSnapshot {
  const values: CellValue[][] = s.values.map((row) => [...row]);
  const texts = s.texts?.map((row) => [...row]);
  for (const r of m.insertRows) {
    if (r > values.length) continue;
    values.splice(r, 0, []);
    texts?.splice(r, 0, []);
  }
  for (const r of m.deleteRows) {
    if (r >= values.length) continue;
    values.splice(r, 1);
    texts?.splice(r, 1);
  }
  for (const e of m.edits) {
    while (values.length <= e.r) values.push([]);
    values[e.r][e.c] = e.v;
    for (let c = 0; c < e.c; c++) if (values[e.r][c] === undefined) values[e.r][c] = null;
    if (texts) (texts[e.r] ??= [])[e.c] = typeof e.v === 'string' ? e.v : null;
  }
  // As a host would: the cells stay inside Excel's grid (moved up or left when the origin is near its end), merges
  // are clipped to it.
  let width = 0;
  for (const row of values) width = Math.max(width, row.length);
  const origin = { row: Math.min(m.origin.row, 1_048_576 - Math.max(values.length, 1)), col: Math.min(m.origin.col, 16_384 - Math.max(width, 1)) };
  const shift = (x: CellRange) => ({ top: x.top - s.origin.row + origin.row, left: x.left - s.origin.col + origin.col, bottom: x.bottom - s.origin.row + origin.row, right: x.right - s.origin.col + origin.col });
  const merges = (m.dropMerges ? [] : s.merges.map(shift))
    .concat(m.merges.map((x) => ({ top: origin.row + x.r, left: origin.col + x.c, bottom: origin.row + x.r + x.h, right: origin.col + x.c + x.w })))
    .map((x) => ({ ...x, bottom: Math.min(x.bottom, 1_048_575), right: Math.min(x.right, 16_383) }));
  return { ...s, origin, values, ...(texts ? { texts } : {}), formats: undefined, formulas: undefined, merges };
}

/** The sheet's bounding box: its cells and its merges. */
function bounds(s: SheetSnapshot): CellRange {
  let width = 0;
  for (const row of s.values) width = Math.max(width, row.length);
  const b = { top: s.origin.row, left: s.origin.col, bottom: s.origin.row + Math.max(s.values.length, 1) - 1, right: s.origin.col + Math.max(width, 1) - 1 };
  for (const m of s.merges) {
    b.top = Math.min(b.top, m.top);
    b.left = Math.min(b.left, m.left);
    b.bottom = Math.max(b.bottom, m.bottom);
    b.right = Math.max(b.right, m.right);
  }
  return b;
}

/** Check the snapshots; throws if the checker throws or a finding points outside its sheet. */
function checkInside(sheets: SheetSnapshot[]): void {
  const results = checkSheets(recogniseSheets(sheets));
  results.forEach((result, i) => {
    const b = bounds(sheets[i]);
    const cells = result.findings.flatMap((f) => [...f.cells, ...(f.fix ?? []).map((e) => e.cell), ...(f.suggestions ?? []).flatMap((s) => s.edits.map((e) => e.cell))]);
    for (const cell of cells) {
      // A cell (D19) or a range (A14:G14).
      const p = parseRangeAddress(cell);
      if (!p) throw new Error(`finding cell "${cell}" is not an address`);
      const inside = p.top >= b.top && p.bottom <= b.bottom && p.left >= b.left && p.right <= b.right && p.bottom < 1_048_576 && p.right < 16_384;
      if (!inside) throw new Error(`finding cell ${cell} lies outside the sheet ${JSON.stringify(b)}`);
    }
  });
}

test.each(SNAPSHOTS)('%s: values, merges and positions mutated', (_, sheets) => {
  fc.assert(
    fc.property(MUTATION, (m) => {
      checkInside(sheets.map((s) => mutate(s, m)));
    }),
    { numRuns: 40, seed: 9 },
  );
});

/** A sheet as CSV/TSV text. */
function delimited(s: SheetSnapshot, d: string): string {
  return s.values.map((row) => row.map((v) => (v === null ? '' : /["\n,\t]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(d)).join('\r\n');
}

const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'gb18030'] as const;

function encode(text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  if (encoding === 'utf-16le') {
    const out = new Uint8Array(2 + text.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      out[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    return out;
  }
  if (encoding === 'gb18030') {
    // Characters outside the two-byte table (a few symbols) are replaced: the property is about not throwing.
    return encodeGb18030([...text].map((ch) => (ch.charCodeAt(0) < 0x80 || /[\u4e00-\u9fa5，：（）、]/.test(ch) ? ch : '?')).join(''));
  }
  const body = new TextEncoder().encode(text);
  return encoding === 'utf-8-bom' ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
}

test('every sample re-encoded (UTF-8, BOM, UTF-16, GB18030), re-delimited and sprinkled with stray bytes reads, or fails cleanly', () => {
  const tsvs = SNAPSHOTS.filter(([f]) => f.endsWith('.tsv'));
  fc.assert(
    fc.property(
      fc.constantFrom(...tsvs),
      fc.constantFrom(...ENCODINGS),
      fc.constantFrom(',', '\t'),
      fc.constantFrom('csv', 'tsv', 'txt', 'xls'),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 3 }),
      ([, sheets], encoding, d, ext, strays) => {
        const bytes = encode(delimited(sheets[0], d), encoding);
        for (const [at, b] of strays) bytes[at % bytes.length] = b;
        let read;
        try {
          read = readWorkbookBytes(bytes, `x.${ext}`);
        } catch (e) {
          expect(e).toBeInstanceOf(WorkbookReadError);
          return;
        }
        checkInside(read.sheets);
      },
    ),
    { numRuns: 60, seed: 4 },
  );
});

test('mutated sheets written as .xlsx and read back check cleanly too', () => {
  const xlsx = SNAPSHOTS.filter(([f]) => f.endsWith('.xlsx'));
  fc.assert(
    fc.property(fc.constantFrom(...xlsx), MUTATION, ([, sheets], m) => {
      const s = mutate(sheets[sheets.length - 1], { ...m, origin: { row: m.origin.row % 100, col: m.origin.col % 100 } });
      const ws = XLSX.utils.aoa_to_sheet(s.values, { origin: { r: s.origin.row, c: s.origin.col } } as XLSX.AOA2SheetOpts);
      ws['!merges'] = s.merges.map((x) => ({ s: { r: x.top, c: x.left }, e: { r: x.bottom, c: x.right } }));
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, ws, 'S');
      let read;
      try {
        read = readWorkbookBytes(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 'm.xlsx');
      } catch (e) {
        expect(e).toBeInstanceOf(WorkbookReadError);
        return;
      }
      checkInside(read.sheets);
    }),
    { numRuns: 25, seed: 12 },
  );
});
