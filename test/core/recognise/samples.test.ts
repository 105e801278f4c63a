/**
 * Every real sample, in every format it comes in (TSV, .xlsx, .xls, and the seed's plain and offset variants),
 * recognised with every indicator, field and money item right. The expected results in test/fixtures/expected
 * were written by reading each table (see /work/shared/samples/real/SOURCES.md for what each contains).
 */
import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import { recognise } from '../../../src/core/recognise';
import type { TargetTable } from '../../../src/core/model';
import { readWorkbookBytes } from '../../../src/io/read-workbook';
import { cellAddress, parseCellAddress, parseRangeAddress, rangeAddress } from '../../../src/core/address';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');

interface Expected {
  sample: string;
  tables: {
    range: Record<string, string>;
    kind: string;
    framework: string;
    year: number | null;
    fields: Record<string, [string, string]>;
    money: { unit: string | null; items: (string | number | null)[][] };
    indicators: string[][];
    emptyGroups: string[][];
  }[];
}

/** The files a sample comes in: [file, sheet to read, row/column shift of its cells, range key]. */
function variants(sample: string): [string, string | null, [number, number], string][] {
  const files = readdirSync(path.join(FIXTURES, 'samples')).filter((f) => f.startsWith(sample + '.') || f.startsWith(sample + '-'));
  return files.map((f) => {
    if (f.endsWith('-offset.xlsx')) return [f, '绩效目标表', [2, 2], 'offset'];
    if (f.endsWith('-plain.xlsx')) return [f, null, [0, 0], 'tsv'];
    return [f, null, [0, 0], f.endsWith('.tsv') ? 'tsv' : 'xlsx'];
  });
}

const shiftCell = (cell: string, [dr, dc]: [number, number]) => {
  const p = parseCellAddress(cell)!;
  return cellAddress(p.row + dr, p.col + dc);
};

/** The table as compact tuples, in the expected-file format. */
function compact(t: TargetTable, shift: [number, number]) {
  const back: [number, number] = [-shift[0], -shift[1]];
  const short = (s: string) => (s.length > 24 ? s.slice(0, 20) + '…' : s);
  return {
    kind: t.kind,
    framework: t.framework,
    year: t.year,
    fields: Object.fromEntries(Object.entries(t.fields).map(([k, v]) => [k, [shiftCell(v!.cell, back), short(v!.value)]])),
    money: { unit: t.money.unit, items: t.money.items.map((m) => [m.key, shiftCell(m.cell, back), m.value, m.unit, ...(m.parent ? [m.parent] : [])]) },
    indicators: t.indicators.map((i) => [shiftCell(i.cell, back), i.level1, i.level2, i.level3, i.target]),
    emptyGroups: t.emptyGroups.map((g) => [shiftCell(g.cell, back), g.level1, g.level2]),
  };
}

const expectedFiles = readdirSync(path.join(FIXTURES, 'expected')).filter((f) => f.endsWith('.json'));

test('every sample has an expected result', () => {
  const samples = new Set(readdirSync(path.join(FIXTURES, 'samples')).map((f) => f.replace(/(-plain|-offset)?\.(tsv|xlsx|xls)$/, '')));
  expect([...samples].sort()).toEqual(expectedFiles.map((f) => f.replace('.json', '')).sort());
});

describe.each(expectedFiles)('%s', (file) => {
  const expected: Expected = JSON.parse(readFileSync(path.join(FIXTURES, 'expected', file), 'utf8'));
  test.each(variants(expected.sample))('%s', (name, sheetName, shift, rangeKey) => {
    const wb = readWorkbookBytes(new Uint8Array(readFileSync(path.join(FIXTURES, 'samples', name))), name);
    const snapshot = sheetName ? wb.sheets.find((s) => s.name === sheetName)! : wb.sheets[0];
    const tables = recognise(snapshot).tables;
    expect(tables.map((t) => compact(t, shift))).toEqual(expected.tables.map(({ range: _r, ...rest }) => rest));
    const ranges = tables.map((t) => {
      const r = parseRangeAddress(t.range)!;
      return rangeAddress({ top: r.top - shift[0], bottom: r.bottom - shift[0], left: r.left - shift[1], right: r.right - shift[1] });
    });
    expect(ranges).toEqual(expected.tables.map((t) => t.range[rangeKey] ?? t.range.tsv));
  });
});
