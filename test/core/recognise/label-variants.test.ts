/**
 * Property: a label written differently (letter-spaced, line-broken, full-width, with a trailing colon, a ★ or *
 * marker, 及代码, or a bracketed note) still reads as the same label, so every real table reads the same after its
 * labels are rewritten at random.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import { recognise } from '../../../src/core/recognise';
import type { TargetTable } from '../../../src/core/model';
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import { parseCellAddress } from '../../../src/core/address';
import { parseDelimited } from '../../../src/io/delimited';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const tsv = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .map((f) => parseDelimited(readFileSync(path.join(dir, f), 'utf8'), '\t', f));
const samples = [...tsv(path.join(FIXTURES, 'samples')), ...tsv(path.join(FIXTURES, 'second', 'tables'))];

/** What a table reads as: fields, money and indicators by cell. */
const reading = (t: TargetTable) => ({
  fields: Object.entries(t.fields)
    .filter(([, f]) => f!.source !== 'title')
    .map(([k, f]) => [k, f!.cell, f!.value])
    .sort(),
  money: t.money.items.map((m) => [m.key, m.cell, m.value, m.unit, m.parent ?? null]),
  indicators: t.indicators.map((i) => [i.cell, i.level1, i.level2, i.level3, i.target]),
});

/** Cells of a snapshot holding a recognised label (a field or money label written alone in its cell). */
function labelCells(s: SheetSnapshot, tables: TargetTable[]): { r: number; c: number }[] {
  const labels = new Set(tables.flatMap((t) => [...Object.values(t.fields).map((f) => f!.label), ...t.money.items.map((m) => m.label)]));
  const headers = new Set(tables.map((t) => t.indicatorHeader).filter((h): h is string => !!h).map((h) => parseCellAddress(h.split(':')[0])!.row));
  const out: { r: number; c: number }[] = [];
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== 'string' || !v.trim()) return;
      // Indicator header cells too: 一级指标, 三级指标, 指标值 …
      if (labels.has(v) || (headers.has(r) && /级|指标|值/.test(v))) out.push({ r, c });
    }),
  );
  return out;
}

type Variant = (label: string) => string;
const spaced: Variant = (l) => [...l].join(' ');
const broken: Variant = (l) => (l.length > 2 ? `${l.slice(0, 2)}\n${l.slice(2)}` : l);
const fullWidthColon: Variant = (l) => (/[:：]$/.test(l) ? l : `${l}：`);
const starred: Variant = (l) => `★${l}`;
const asterisk: Variant = (l) => `*${l}`;
const note: Variant = (l) => (/[:：]$/.test(l) ? l : `${l}（必填）`);
const wide: Variant = (l) => l.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const VARIANTS = [spaced, broken, fullWidthColon, starred, asterisk, note, wide];

/** A snapshot with the chosen label cells rewritten. */
function rewrite(s: SheetSnapshot, cells: { r: number; c: number }[], picks: number[]): SheetSnapshot {
  const values: CellValue[][] = s.values.map((row) => [...row]);
  cells.forEach(({ r, c }, i) => {
    const v = values[r][c] as string;
    const variant = VARIANTS[picks[i % picks.length] % VARIANTS.length];
    values[r][c] = variant(v);
  });
  return { ...s, values, texts: undefined };
}

test.each(samples.map((s) => [s.name, s] as const))('%s reads the same with its labels written differently', (_name, s) => {
  const tables = recognise(s).tables;
  const cells = labelCells(s, tables);
  const expected = tables.map(reading);
  fc.assert(
    fc.property(fc.array(fc.nat(VARIANTS.length - 1), { minLength: 1, maxLength: 8 }), (picks) => {
      const again = recognise(rewrite(s, cells, picks)).tables;
      expect(again.map(reading)).toEqual(expected);
    }),
    { numRuns: 40 },
  );
});
