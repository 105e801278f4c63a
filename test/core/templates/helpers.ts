/** Shared checks for template insertion: apply a plan in memory, recognise again, and compare before with after. */
import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import type { EditPlan, Indicator, TargetTable } from '../../../src/core/model';
import type { CellRange, SheetSnapshot } from '../../../src/core/snapshot';
import { recognise } from '../../../src/core/recognise';
import { readWorkbookBytes } from '../../../src/io/read-workbook';
import { belongsUnder, categoryKey, parentsOf } from '../../../src/core/frameworks';
import { cellAddress, parseCellAddress, parseRangeAddress, rangeAddress } from '../../../src/core/address';
import { composeSplitTarget } from '../../../src/core/target';
import {
  applyPlanToSnapshot,
  finalRow,
  indicatorTemplates,
  insertedRuns,
  mergesBack,
  planInsertion,
  rowBefore,
  rowsFor,
  targetParts,
  targetText,
  type TemplateCatalogue,
  type TemplateRow,
} from '../../../src/core/templates';

export const SAMPLES = path.join(__dirname, '..', '..', 'fixtures', 'samples');

/** Every sample file's sheets that hold a table (TSV, .xlsx with its merges, .xls, the plain and offset variants). */
export function sampleSheets(): [string, SheetSnapshot][] {
  return readdirSync(SAMPLES)
    .filter((f) => /\.(tsv|xlsx|xls)$/.test(f))
    .sort()
    .flatMap((f) => {
      const wb = readWorkbookBytes(new Uint8Array(readFileSync(path.join(SAMPLES, f))), f);
      return wb.sheets.filter((s) => recognise(s).tables.some((t) => t.indicators.length > 0)).map((s): [string, SheetSnapshot] => [`${f}:${s.name}`, s]);
    });
}

/** Where original row `row` is after the plan's insertions. */
export const shifted = (row: number, plan: EditPlan): number => finalRow(row, plan.rowInsertions);

const shiftCell = (cell: string, plan: EditPlan) => {
  const p = parseCellAddress(cell)!;
  return cellAddress(shifted(p.row, plan), p.col);
};

/** The 一级 key of a row: its label's, else the parent of its 二级 in the framework. */
export function level1Key(x: { level1: string; level2: string }, framework: TargetTable['framework']): string {
  if (x.level1) return categoryKey(x.level1);
  const p = x.level2 ? parentsOf(x.level2, framework) : [];
  return p.length === 1 ? p[0] : '';
}

const valueAt = (s: SheetSnapshot, row: number, col: number) => {
  const v = s.values[row - s.origin.row]?.[col - s.origin.col];
  return v === null || v === undefined ? '' : String(v);
};

const contains = (m: CellRange, row: number, col: number) => m.top <= row && m.bottom >= row && m.left <= col && m.right >= col;

export interface Expected {
  /** Canonical 一级/二级 (categoryKey) each new row should be read under, by its 三级 name. */
  placements: Map<string, { level1: string; level2: string }>;
}

/**
 * Apply `plan` to `before` and check: writes only into empty cells; every old cell's value is where its row moved
 * to; inserted rows hold nothing but the writes; merges never overlap and every old merge survives (moved, grown,
 * or split around the new rows); the table is recognised again with every old indicator unchanged at its shifted
 * cell, and the new rows read as indicators under their expected 一级/二级 with the template's target.
 */
export function verifyInsertion(before: SheetSnapshot, tableIndex: number, plan: EditPlan, rows: TemplateRow[], expected: Expected): { after: SheetSnapshot; table: TargetTable; added: Indicator[] } {
  const old = recognise(before).tables[tableIndex];
  for (const w of plan.writes) expect(w.expected).toBe('');
  const after = applyPlanToSnapshot(before, plan);

  // Old cells moved with their rows, untouched.
  before.values.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v === null || v === undefined || String(v) === '') return;
      const r = i + before.origin.row;
      const c = j + before.origin.col;
      expect([cellAddress(r, c), valueAt(after, shifted(r, plan), c)]).toEqual([cellAddress(r, c), String(v)]);
    });
  });
  // Inserted rows: only the planned writes.
  const written = new Map(plan.writes.map((w) => [w.cell, w.value]));
  const runs = insertedRuns(plan.rowInsertions);
  const newRows = new Set(runs.flatMap((run) => Array.from({ length: run.count }, (_, k) => run.first + k)));
  expect(newRows.size).toBe(plan.rowInsertions.reduce((n, i) => n + i.count, 0));
  for (const r of newRows) {
    const width = Math.max(...after.values.map((x) => x.length));
    for (let c = after.origin.col; c < after.origin.col + width; c++) expect(valueAt(after, r, c)).toBe(written.get(cellAddress(r, c)) ?? '');
  }
  // Merges: no overlaps; old ones still cover what they covered, unless split around the new rows.
  for (let i = 0; i < after.merges.length; i++) {
    for (let j = i + 1; j < after.merges.length; j++) {
      const a = after.merges[i];
      const b = after.merges[j];
      const overlap = a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
      expect(overlap ? `${rangeAddress(a)} overlaps ${rangeAddress(b)}` : '').toBe('');
    }
  }
  const unmerged = new Set(plan.merges.filter((m) => m.kind === 'unmerge').map((m) => m.range));
  for (const m of before.merges) {
    const grown = { ...m, top: shifted(m.top, plan), bottom: shifted(m.bottom, plan) };
    const topLeft = after.merges.find((x) => contains(x, grown.top, grown.left));
    if (unmerged.has(rangeAddress(grown))) continue;
    // The merge is there, grown or moved, with the same top-left cell (or one moved up onto new rows with the same label).
    expect(topLeft ? '' : `merge ${rangeAddress(m)} lost`).toBe('');
    for (let r = m.top; r <= m.bottom; r++) {
      expect(after.merges.some((x) => contains(x, shifted(r, plan), m.left))).toBe(true);
    }
  }
  // A merge the plan makes covers only empty cells besides its top-left, or cells repeating its label.
  for (const e of plan.merges) {
    if (e.kind === 'unmerge') continue;
    const m = parseRangeAddress(e.range)!;
    const top = valueAt(after, m.top, m.left);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        const v = valueAt(after, r, c);
        if (v !== '' && v !== top && !(e.kind === 'extend' && contains(parseRangeAddress(e.from)!, r, c))) {
          throw new Error(`${e.range} would hide ${cellAddress(r, c)} ("${v}")`);
        }
      }
    }
  }
  // Undo, as a host does it: delete the new rows (a merge loses its new rows; one on new rows only goes), then the
  // merge edits of mergesBack: the merges are the ones before the plan.
  const oldRows = (m: CellRange) => Array.from({ length: m.bottom - m.top + 1 }, (_, k) => rowBefore(m.top + k, runs)).filter((r): r is number => r !== null);
  const shrunk = after.merges.flatMap((m) => {
    const rows = oldRows(m);
    const r = rows.length ? { ...m, top: rows[0], bottom: rows[rows.length - 1] } : null;
    return r && (r.bottom > r.top || r.right > r.left) ? [rangeAddress(r)] : [];
  });
  const back = mergesBack(plan.merges, runs);
  const undone = [...shrunk.filter((a) => !back.unmerge.includes(a)), ...back.merge];
  expect(undone.sort()).toEqual(before.merges.map(rangeAddress).sort());

  // Recognised again: same tables, same framework, old indicators unchanged.
  const tables = recognise(after).tables;
  expect(tables.length).toBe(recognise(before).tables.length);
  const table = tables[tableIndex];
  if (table.framework !== old.framework) {
    // Only where the categories fit both frameworks equally (the recogniser's tie-break then decides).
    const fits = (f: TargetTable['framework']) => [...table.indicators, ...table.emptyGroups].every((x) => !x.level1 || !x.level2 || belongsUnder(x.level1, x.level2, f) !== false);
    expect([old.framework, fits(old.framework), table.framework, fits(table.framework)]).toEqual([old.framework, true, table.framework, true]);
  }
  const byCell = new Map(table.indicators.map((i) => [i.cell, i]));
  for (const i of old.indicators) {
    const now = byCell.get(shiftCell(i.cell, plan));
    // A blank 一级 cell read from a label elsewhere may be read better once the right 一级 is added next to it.
    const inherited = !i.levelCells.level1 || parseCellAddress(i.levelCells.level1)!.row !== i.row;
    const level1 = now && inherited && now.level1 !== i.level1 && belongsUnder(now.level1, now.level2, table.framework) && !belongsUnder(i.level1, i.level2, table.framework) ? now.level1 : i.level1;
    expect([i.cell, now && [now.level1, now.level2, now.level3, now.target]]).toEqual([i.cell, [level1, i.level2, i.level3, i.target]]);
  }
  const groups = new Set(table.emptyGroups.map((g) => g.cell));
  const filledRows = old.emptyGroups.filter((g) => !groups.has(shiftCell(g.cell, plan)));
  if (filledRows.length) expect(plan.notes.some((n) => n.id === 'rowsFilled')).toBe(true);

  // The new indicators: exactly the planned 三级 names, with the template's target, under the expected category.
  const oldCells = new Set(old.indicators.map((i) => shiftCell(i.cell, plan)));
  const added = table.indicators.filter((i) => !oldCells.has(i.cell));
  const columnSets = (old.indicatorBlocks ?? []).flatMap((b) => b.columns);
  const level3Cols = new Set(columnSets.map((c) => c.level3));
  const planned = plan.writes.filter((w) => level3Cols.has(parseCellAddress(w.cell)!.col)).map((w) => w.value);
  expect([...new Set(added.map((i) => i.level3))].sort()).toEqual([...new Set(planned)].sort());
  const split = columnSets.some((c) => c.operator !== undefined || c.unit !== undefined);
  const templates = new Map(rows.map((r) => [r.level3, r]));
  for (const i of added) {
    const t = templates.get(i.level3)!;
    const parts = targetParts(t.target);
    expect([i.level3, i.target]).toEqual([i.level3, split ? composeSplitTarget(parts.operator, parts.value, parts.unit) : targetText(t.target)]);
    const place = expected.placements.get(i.level3);
    if (place) expect([i.level3, level1Key(i, table.framework), categoryKey(i.level2)]).toEqual([i.level3, place.level1, place.level2]);
  }
  return { after, table, added };
}

/**
 * Every sample sheet × every indicator template of `catalogue`, planned at the last indicator of each table: the
 * cases both hosts apply and compare with applyPlanToSnapshot (plans that write nothing are left out).
 */
export function samplePlans(catalogue: TemplateCatalogue): [string, SheetSnapshot, EditPlan][] {
  return sampleSheets().flatMap(([name, s]) =>
    recognise(s)
      .tables.filter((t) => t.indicators.length > 0)
      .flatMap((t) =>
        indicatorTemplates(catalogue).map((x): [string, SheetSnapshot, EditPlan] => [
          `${name} ${x.id}`,
          s,
          planInsertion(s, t, rowsFor(x, t.framework), { cell: t.indicators[t.indicators.length - 1].cell }),
        ]),
      )
      .filter(([, , plan]) => plan.writes.length > 0),
  );
}
