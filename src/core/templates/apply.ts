/**
 * Apply an edit plan to a snapshot in memory, the way a spreadsheet host would: whole rows in (cells below move
 * down with their formulas, merges shift or grow), then the merge edits, then the compare-and-set writes. Used by
 * the tests and the browser preview. Throws when the plan does not fit the snapshot (a stale plan): a write whose
 * cell no longer holds `expected`, a merge to replace that is not there, or merges that would overlap.
 */
import type { EditPlan } from '../model';
import type { CellRange, CellValue, SheetSnapshot } from '../snapshot';
import { parseCellAddress, parseRangeAddress, rangeAddress } from '../address';
import { shiftFormula } from './formulas';
import { shiftRange } from './rows';

/** The snapshot after `plan` (a new object; the input is not changed). */
export function applyPlanToSnapshot(snapshot: SheetSnapshot, plan: EditPlan): SheetSnapshot {
  const out: SheetSnapshot = structuredClone(snapshot);
  for (const ins of plan.rowInsertions) insertRows(out, ins.beforeRow, ins.count, ins.formatFromRow);
  for (const e of plan.merges) {
    if (e.kind === 'add') addMerge(out, range(e.range));
    else {
      removeMerge(out, range(e.kind === 'extend' ? e.from : e.range));
      if (e.kind === 'extend') addMerge(out, range(e.range));
    }
  }
  for (const w of plan.writes) write(out, w.cell, w.expected, w.value);
  return out;
}

function range(address: string): CellRange {
  const r = parseRangeAddress(address);
  if (!r) throw new Error(`not a range: ${address}`);
  return r;
}

function insertRows(s: SheetSnapshot, beforeRow: number, count: number, formatFromRow: number): void {
  if (beforeRow < s.origin.row) {
    // Rows inserted above the snapshot only move it down.
    s.origin = { ...s.origin, row: s.origin.row + count };
  } else {
    const at = beforeRow - s.origin.row;
    const formats = s.formats?.[formatFromRow - s.origin.row];
    const grow = <T>(rows: T[][] | undefined, make: () => T[]) => {
      if (!rows) return;
      while (rows.length < at) rows.push([]);
      rows.splice(at, 0, ...Array.from({ length: count }, make));
    };
    grow<CellValue>(s.values, () => []);
    grow(s.texts, () => []);
    grow(s.formulas, () => []);
    grow(s.formats, () => (formats ? [...formats] : []));
  }
  s.merges = s.merges.map((m) => shiftRange(m, [{ beforeRow, count }]));
  if (s.formulas) {
    s.formulas = s.formulas.map((row) => row?.map((f) => (typeof f === 'string' && f ? shiftFormula(f, s.name, beforeRow, count) : f)));
  }
}

const overlaps = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function addMerge(s: SheetSnapshot, m: CellRange): void {
  const clash = s.merges.find((x) => overlaps(x, m));
  if (clash) throw new Error(`merge ${rangeAddress(m)} overlaps ${rangeAddress(clash)}`);
  s.merges.push(m);
}

function removeMerge(s: SheetSnapshot, m: CellRange): void {
  const i = s.merges.findIndex((x) => x.top === m.top && x.left === m.left && x.bottom === m.bottom && x.right === m.right);
  if (i < 0) throw new Error(`no merge ${rangeAddress(m)} to replace`);
  s.merges.splice(i, 1);
}

function write(s: SheetSnapshot, cell: string, expected: string, value: string): void {
  const p = parseCellAddress(cell);
  if (!p) throw new Error(`not a cell: ${cell}`);
  const covering = s.merges.find((m) => m.top <= p.row && m.bottom >= p.row && m.left <= p.col && m.right >= p.col);
  if (covering && (covering.top !== p.row || covering.left !== p.col)) throw new Error(`${cell} is covered by the merge ${rangeAddress(covering)}`);
  const r = p.row - s.origin.row;
  const c = p.col - s.origin.col;
  if (r < 0 || c < 0) throw new Error(`${cell} lies outside the snapshot`);
  while (s.values.length <= r) s.values.push([]);
  const row = s.values[r];
  const current = row[c] === null || row[c] === undefined ? '' : String(row[c]);
  const shown = s.texts?.[r]?.[c] ?? current;
  if (shown.trim() !== expected.trim() && current.trim() !== expected.trim()) throw new Error(`${cell} holds "${shown}", not the expected "${expected}"`);
  row[c] = value;
  if (s.texts) (s.texts[r] ??= [])[c] = value;
  if (s.formulas?.[r]?.[c]) s.formulas[r][c] = null;
}
