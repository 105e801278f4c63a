/**
 * Template insertion into every real sample (TSV, .xlsx with its merges, .xls, the seed's plain and offset
 * variants): into each existing 二级 group (from a selected cell), as a new 二级 group in an existing 一级, as a
 * new 一级 block, and each sector set. Each plan is applied in memory and the sheet recognised again (see
 * helpers.ts for what is checked every time).
 */
import { recognise } from '../../../src/core/recognise';
import { FRAMEWORKS, categoryKey } from '../../../src/core/frameworks';
import type { TargetTable } from '../../../src/core/model';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { defaultCatalogue, indicatorTemplates, planInsertion, rowsFor, templatesFor, type TemplateRow } from '../../../src/core/templates';
import { level1Key, sampleSheets, shifted, verifyInsertion } from './helpers';

const catalogue = defaultCatalogue();
const sheets = sampleSheets();

/** Every table with indicators on every sample sheet. */
const cases: [string, SheetSnapshot, number][] = sheets.flatMap(([name, s]) =>
  recognise(s)
    .tables.map((t, i) => [t, i] as const)
    .filter(([t]) => t.indicators.length > 0)
    .map(([, i]): [string, SheetSnapshot, number] => [`${name} #${i}`, s, i]),
);

/** The catalogue's rows for a category of the table's framework (up to `n`). */
function categoryRows(table: TargetTable, level1: string, level2: string, n = 2): TemplateRow[] {
  return templatesFor(catalogue, table.framework, { level1, level2 })
    .flatMap((x) => x.rows)
    .slice(0, n);
}

const placementsOf = (rows: TemplateRow[]) => new Map(rows.map((r) => [r.level3, { level1: r.level1!, level2: r.level2! }]));

test('the samples give tables to insert into, in each framework', () => {
  expect(sheets.length).toBeGreaterThanOrEqual(13);
  const frameworks = new Set(cases.map(([, s, i]) => recognise(s).tables[i].framework));
  expect([...frameworks].sort()).toEqual(['national-2015', 'national-2021', 'shanghai-2020']);
  expect(cases.some(([name]) => name.startsWith('seed-shanghai-2020.xlsx'))).toBe(true);
});

describe.each(cases)('%s', (_name, snapshot, index) => {
  const table = recognise(snapshot).tables[index];
  const def = FRAMEWORKS.find((f) => f.id === table.framework)!;
  const key1 = (x: { level1: string; level2: string }) => level1Key(x, table.framework);

  test('rows go at the end of the selected row\'s 二级 group; a 三级 already there is skipped', () => {
    const seen = new Set<string>();
    for (const ind of table.indicators) {
      const k = `${key1(ind)}|${categoryKey(ind.level2)}`;
      if (seen.has(k) || !ind.level3) continue;
      seen.add(k);
      const tagged = categoryRows(table, key1(ind), ind.level2);
      // A category the catalogue has no rows for (a 二级 under the wrong 一级): untagged rows go where the cell is.
      const rows: TemplateRow[] = tagged.length ? tagged : [{ level3: '项目完成及时性', target: { grade: '及时' } }, { level3: '服务人数', target: { operator: '≥', value: '**', unit: '人' } }];
      const duplicate: TemplateRow = { level3: ind.level3, target: { grade: '良好' } };
      const plan = planInsertion(snapshot, table, [...rows, duplicate], { cell: ind.cell });
      expect(plan.notes.filter((n) => n.id === 'rowExists').map((n) => n.data?.level3)).toEqual(expect.arrayContaining([ind.level3]));
      const placements = new Map(rows.map((r) => [r.level3, { level1: key1(ind), level2: categoryKey(ind.level2) }]));
      const { added } = verifyInsertion(snapshot, index, plan, rows, { placements });
      expect(added.some((a) => a.level3 === ind.level3)).toBe(false);
      // The new rows (those not filling an empty row of the group) follow the group's last row.
      const same = (x: { level1: string; level2: string }) => key1(x) === key1(ind) && categoryKey(x.level2) === categoryKey(ind.level2);
      const last = Math.max(...[...table.indicators, ...table.emptyGroups].filter(same).map((x) => x.row));
      const filledRows = new Set(table.emptyGroups.map((g) => shifted(g.row, plan)));
      const inserted = [...new Set(added.filter((a) => !filledRows.has(a.row)).map((a) => a.row))].sort((a, b) => a - b);
      expect(inserted).toEqual(inserted.map((_, k) => shifted(last, plan) + 1 + k));
    }
  });

  test('a new 二级 group lands inside its 一级 block; a new 一级 block at its place in the framework', () => {
    const present1 = new Set([...table.indicators, ...table.emptyGroups].map(key1).filter(Boolean));
    for (const l1 of def.level1) {
      for (const l2 of l1.level2) {
        const exists = [...table.indicators, ...table.emptyGroups].some((x) => key1(x) === l1.name && categoryKey(x.level2) === l2);
        if (exists) continue;
        const rows = categoryRows(table, l1.name, l2);
        if (rows.length === 0) continue;
        const plan = planInsertion(snapshot, table, rows, { level1: l1.name, level2: l2 });
        expect(plan.notes.map((n) => n.id)).toContain(present1.has(l1.name) ? 'groupAdded' : 'level1Added');
        const { table: after, added } = verifyInsertion(snapshot, index, plan, rows, { placements: placementsOf(rows) });
        expect(added.length).toBe(rows.length);
        if (!present1.has(l1.name)) continue;
        // The 一级's rows (old and new) form one run when they did before.
        const runOf = (t: TargetTable) => [...t.indicators, ...t.emptyGroups].filter((x) => key1(x) === l1.name).map((x) => x.row);
        const before = [...new Set(runOf(table))].sort((a, b) => a - b);
        const contiguousBefore = before.every((r, i) => i === 0 || r - before[i - 1] === 1 || !table.indicators.some((x) => x.row > before[i - 1] && x.row < r));
        const now = [...new Set(runOf(after))].sort((a, b) => a - b);
        const dataRows = new Set([...after.indicators, ...after.emptyGroups].map((x) => x.row));
        const gaps = now.filter((r, i) => i > 0 && [...dataRows].some((d) => d > now[i - 1] && d < r));
        if (contiguousBefore) expect(gaps).toEqual([]);
        else for (const a of added) expect(now.includes(a.row - 1) || now.includes(a.row + 1)).toBe(true);
      }
    }
  });

  test.each(indicatorTemplates(catalogue).filter((t) => t.kind === 'sector').map((t) => [t.id, t]))('sector set %s', (_id, template) => {
    const rows = rowsFor(template, table.framework);
    const first = table.indicators.find((i) => i.level3) ?? table.indicators[0];
    const plan = planInsertion(snapshot, table, rows, { cell: first.cell });
    const placements = placementsOf(rows);
    const { added } = verifyInsertion(snapshot, index, plan, rows, { placements });
    // Every row is there, or was already there under its 二级.
    const skipped = plan.notes.filter((n) => n.id === 'rowExists').map((n) => String(n.data?.level3));
    expect(new Set([...added.map((a) => a.level3), ...skipped])).toEqual(new Set(rows.map((r) => r.level3)));
    // Measured rows carry the placeholder the checker flags; 权重/分值 are left to the user, and the plan says so.
    expect(plan.notes.find((n) => n.id === 'placeholdersToFill')?.data?.count).toBe(added.length);
    const weight = table.indicatorBlocks![0].columns[0].weight;
    if (weight !== undefined && added.length) expect(plan.notes.map((n) => n.id)).toContain('weightLeftBlank');
  });
});
