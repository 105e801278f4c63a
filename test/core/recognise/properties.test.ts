/** The recogniser never throws, on random grids and on real tables mutated at random. */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import { recognise } from '../../../src/core/recognise';
import { checkSheets, recogniseSheets } from '../../../src/core/check/workbook';
import type { CellRange, CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import { parseDelimited } from '../../../src/io/delimited';

const SAMPLES = path.join(__dirname, '..', '..', 'fixtures', 'samples');
const real = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.tsv'))
  .map((f) => parseDelimited(readFileSync(path.join(SAMPLES, f), 'utf8'), '\t', f));

/** Words the recogniser reacts to, so random grids hit its paths rather than only noise. */
const WORDS = [
  '一级指标', '二级指标', '三级指标', '指标值', '指标性质', '度量单位', '权重', '项目名称', '项目名称:', '申报单位:某局',
  '项目总预算(元)', '其中:财政资金', '其他资金', '金额单位:万元', '产出指标', '数量指标', '效益指标', '满意度指标',
  '成本指标', '≥95%', '=100%', '良好', '**', '填表人:', '注:', '绩效目标表', '(2020年度)', '#REF!', '#N/A', '',
  '2021年实际实现值', '预期2022年实现值', '实际完成值', '得分', '≥', '%', '正向指标', '年度绩效目标(90分)',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

const range = (rows: number, cols: number): fc.Arbitrary<CellRange> =>
  fc.tuple(fc.nat(rows + 2), fc.nat(cols + 2), fc.nat(rows + 5), fc.nat(16_383)).map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: Math.min(left + w, 16_383) }));

const grid: fc.Arbitrary<SheetSnapshot> = fc
  .tuple(fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 40 }), fc.nat(5), fc.nat(5))
  .chain(([values, r, c]) =>
    fc.array(range(values.length, 10), { maxLength: 6 }).map((merges) => ({ name: 'random', origin: { row: r, col: c }, values, merges })),
  );

function engine(s: SheetSnapshot): void {
  recognise(s);
  checkSheets(recogniseSheets([s]));
}

test('random grids never make the recogniser or the findings throw', () => {
  fc.assert(fc.property(grid, (s) => engine(s)), { numRuns: 1500 });
});

type Mutation =
  | { kind: 'set'; r: number; c: number; v: CellValue }
  | { kind: 'dropRow'; r: number }
  | { kind: 'dropCol'; c: number }
  | { kind: 'dupRow'; r: number }
  | { kind: 'merge'; m: CellRange };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), r: fc.nat(60), c: fc.nat(12), v: cell }),
  fc.record({ kind: fc.constant('dropRow' as const), r: fc.nat(60) }),
  fc.record({ kind: fc.constant('dropCol' as const), c: fc.nat(12) }),
  fc.record({ kind: fc.constant('dupRow' as const), r: fc.nat(60) }),
  fc.record({ kind: fc.constant('merge' as const), m: range(40, 8) }),
);

function mutate(base: SheetSnapshot, ms: Mutation[]): SheetSnapshot {
  const s: SheetSnapshot = { ...base, values: base.values.map((r) => [...r]), merges: [...base.merges] };
  for (const m of ms) {
    if (m.kind === 'set') (s.values[m.r] ??= [])[m.c] = m.v;
    else if (m.kind === 'dropRow') s.values.splice(m.r, 1);
    else if (m.kind === 'dropCol') s.values.forEach((row) => row.splice(m.c, 1));
    else if (m.kind === 'dupRow' && s.values[m.r]) s.values.splice(m.r, 0, [...s.values[m.r]]);
    else if (m.kind === 'merge') s.merges.push(m.m);
  }
  return s;
}

test('real tables mutated at random never make the recogniser or the findings throw', () => {
  fc.assert(
    fc.property(fc.constantFrom(...real), fc.array(mutation, { maxLength: 12 }), fc.nat(3), (base, ms, origin) => {
      const s = mutate(base, ms);
      engine({ ...s, origin: { row: origin, col: origin } });
    }),
    { numRuns: 1500 },
  );
});

test('a merge over whole rows and columns and an enormous origin do not blow up', () => {
  const seed = real.find((s) => s.name.startsWith('seed'))!;
  const s: SheetSnapshot = { ...seed, origin: { row: 1_048_000, col: 16_000 }, merges: [{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }] };
  expect(() => engine(s)).not.toThrow();
});
