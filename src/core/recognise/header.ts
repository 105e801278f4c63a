/** The header block: label → value pairs (fields), the money block, and the unit declarations around them. */
import type { Field, FieldKey, Money, MoneyItem, MoneyKey, MoneyUnit, Note } from '../model';
import { readAmount } from '../money';
import { isDateFormat, serialToISODate } from '../dates';
import { Grid } from './grid';
import { declaredUnit, type LabelMatch, matchLabel, type MoneyLabel } from './labels';

/** A cell as one number, for sets of cells (Excel has at most 16,384 columns). */
const cellKey = (r: number, c: number): number => r * 16_384 + c;

/** A rectangle of the sheet, 0-based inclusive. */
export interface Region {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface HeaderBlock {
  fields: Partial<Record<FieldKey, Field>>;
  money: Money;
  notes: Note[];
}

interface FoundLabel {
  match: LabelMatch;
  label: string;
  row: number;
  col: number;
  value: string;
  valueRow: number;
  valueCol: number;
}

/** A `label: value` piece of a cell (`申报单位名称:中共上海市委老干部局`, `填报单位:(盖章) 单位:万元`). */
interface Segment {
  label: string;
  value: string;
  match: LabelMatch | null;
  unit: MoneyUnit | null;
}

/** Read the fields and money of a table's header region. */
export function readHeader(grid: Grid, region: Region): HeaderBlock {
  const found: FoundLabel[] = [];
  const consumed = new Set<number>();
  const units: { row: number; unit: MoneyUnit }[] = [];

  for (let r = region.top; r <= region.bottom; r++) {
    for (const c of grid.filledColumns(r)) {
      if (c < region.left || c > region.right) continue;
      const key = cellKey(r, c);
      if (consumed.has(key)) continue;
      const text = grid.text(r, c);
      const match = matchLabel(text);
      if (match) {
        const v = findValue(grid, region, r, c, consumed);
        found.push({ match, label: text, row: r, col: c, ...v });
        if (match.unit && text.length <= 30) units.push({ row: r, unit: match.unit });
        continue;
      }
      const segs = segments(text);
      if (segs) {
        segs.forEach((s, i) => {
          if (s.unit) units.push({ row: r, unit: s.unit });
          if (!s.match) return;
          let v = { value: s.value, valueRow: r, valueCol: c };
          // `项目名称:` with its value in the next cell.
          if (!s.value && i === segs.length - 1) v = findValue(grid, region, r, c, consumed);
          found.push({ match: s.match, label: s.label, row: r, col: c, ...v });
        });
        continue;
      }
      const unit = text.length <= 30 ? declaredUnit(text) : null;
      if (unit) units.push({ row: r, unit });
    }
  }

  const fields: Partial<Record<FieldKey, Field>> = {};
  const notes: Note[] = [];
  const raw: { f: FoundLabel; money: MoneyLabel; unit: MoneyUnit | null; value: number | null; text: string }[] = [];
  for (const f of found) {
    if (f.match.kind === 'field') {
      // The first filled one wins (市级 before 区级 主管部门; 预算部门 after an empty 填报单位(盖章)).
      if (fields[f.match.key]?.value || (fields[f.match.key] && !f.value)) continue;
      fields[f.match.key] = {
        label: f.label,
        value: fieldText(grid, f, f.match.key),
        cell: grid.address(f.valueRow, f.valueCol),
      };
    } else {
      const cellValue = f.valueRow === f.row && f.valueCol === f.col ? f.value : grid.value(f.valueRow, f.valueCol);
      const amount = readAmount(cellValue, f.value);
      if (amount.unreadable) {
        notes.push({ id: 'money-unreadable', data: { label: f.label, text: f.value }, cells: [grid.address(f.valueRow, f.valueCol)] });
      }
      raw.push({ f, money: f.match.money, unit: amount.unit ?? f.match.unit, value: amount.value, text: f.value });
    }
  }

  units.sort((a, b) => a.row - b.row);
  const unitAt = (row: number): MoneyUnit | null => {
    let u: MoneyUnit | null = null;
    for (const d of units) if (d.row <= row) u = d.unit;
    return u ?? units[0]?.unit ?? null;
  };

  const items: MoneyItem[] = [];
  raw.forEach((m, i) => {
    const { key, parent } = resolveMoneyKey(raw.map((x) => ({ money: x.money, row: x.f.row, col: x.f.col, sub: x.f.match.kind === 'money' && x.f.match.sub })), i);
    const item: MoneyItem = {
      key,
      label: m.f.label,
      value: m.value,
      text: m.text,
      cell: grid.address(m.f.valueRow, m.f.valueCol),
      unit: m.unit ?? unitAt(m.f.row),
    };
    if (parent) item.parent = parent;
    items.push(item);
  });

  let unit: MoneyUnit | null = units[0]?.unit ?? null;
  if (!unit) {
    const inline = new Set(items.filter((i) => i.value !== null && i.unit).map((i) => i.unit));
    if (inline.size === 1) unit = [...inline][0];
  }
  return { fields, money: { unit, items }, notes };
}

/** The value of a label: the first filled cell right of its span, else the cell below (vertical layouts). */
function findValue(
  grid: Grid,
  region: Region,
  r: number,
  c: number,
  consumed: Set<number>,
): { value: string; valueRow: number; valueCol: number } {
  const start = grid.spanRight(r, c) + 1;
  for (let cc = start; cc <= region.right; cc++) {
    const t = grid.text(r, cc);
    if (!t) continue;
    if (isLabelCell(t)) break;
    consumed.add(cellKey(r, cc));
    return { value: t, valueRow: r, valueCol: cc };
  }
  const below = (grid.merge(r, c)?.bottom ?? r) + 1;
  if (below <= region.bottom) {
    const t = grid.text(below, c);
    // A text ending with a colon is a label we do not know (是否含有政府购买服务:), never a value.
    if (t && !/[:：]$/.test(t) && !isLabelCell(t) && !labelToTheLeft(grid, region, below, c)) {
      consumed.add(cellKey(below, c));
      return { value: t, valueRow: below, valueCol: c };
    }
  }
  return { value: '', valueRow: r, valueCol: start <= region.right ? start : c };
}

function labelToTheLeft(grid: Grid, region: Region, r: number, c: number): boolean {
  for (let cc = c - 1; cc >= region.left; cc--) {
    const t = grid.text(r, cc);
    if (t) return isLabelCell(t);
  }
  return false;
}

function isLabelCell(text: string): boolean {
  if (matchLabel(text)) return true;
  const s = segments(text);
  return s !== null;
}

/** Characters that end a label when scanning back from its colon. */
const LABEL_STOP = /[\s:：;；,，。、]/;

/** Split `label: value` pieces, when the cell starts with a known label followed by a colon. */
export function segments(text: string): Segment[] | null {
  const t = text.trim();
  if (t.indexOf(':') < 0 && t.indexOf('：') < 0) return null;
  const hits: { start: number; end: number; label: string; match: LabelMatch | null; unitLabel: boolean }[] = [];
  // Each colon closes the label written right before it (back to a space or punctuation): a linear scan, since
  // narrative cells can be long.
  for (let i = 0; i < t.length; i++) {
    if (t[i] !== ':' && t[i] !== '：') continue;
    let end = i;
    while (end > 0 && /\s/.test(t[end - 1])) end--;
    let start = end;
    while (start > 0 && !LABEL_STOP.test(t[start - 1])) start--;
    if (start === end) continue;
    const label = t.slice(start, end);
    const match = matchLabel(label);
    const unitLabel = /^(?:金额|资金|货币)?单位$/.test(label);
    if (match || unitLabel) hits.push({ start, end: i + 1, label, match, unitLabel });
  }
  if (hits.length === 0 || t.slice(0, hits[0].start).trim() !== '') return null;
  return hits.map((h, i) => {
    const raw = t.slice(h.end, i + 1 < hits.length ? hits[i + 1].start : t.length);
    const written = t.slice(h.start, h.end).trim();
    const value = raw.replace(/[(（](?:盖章|签章|公章)[)）]/g, '').trim();
    let unit: MoneyUnit | null = null;
    if (h.unitLabel) {
      const u = /^(万元|元)/.exec(value);
      unit = u ? (u[1] as MoneyUnit) : null;
    }
    // `单位:某某局` names the applicant; `单位:万元` declares money.
    const match: LabelMatch | null = h.unitLabel
      ? unit
        ? null
        : { kind: 'field', key: 'applicant', unit: null }
      : h.match;
    return { label: written, value, match, unit };
  });
}

/** A field's value as text: dates (serials) as `YYYY-MM-DD`, other numbers plainly (`13452649655`, not `13,452,649,655`). */
function fieldText(grid: Grid, f: FoundLabel, key: FieldKey): string {
  if (f.valueRow === f.row && f.valueCol === f.col) return f.value;
  const v = grid.value(f.valueRow, f.valueCol);
  if (typeof v !== 'number' || !Number.isFinite(v)) return f.value;
  const dateField = key === 'startDate' || key === 'endDate';
  if (isDateFormat(grid.format(f.valueRow, f.valueCol)) || (dateField && v > 20000 && v < 80000)) {
    return serialToISODate(v) ?? f.value;
  }
  return String(v);
}

/**
 * The canonical key of money label `i`: amounts are fixed (total, annual …); a part (财政资金, 其他资金 …) takes
 * its key from the amount it belongs to — the amount above it in its column, else to its left in its row, else the
 * last amount before it — so the whole-life and annual blocks of the Shanghai 2026 form stay apart.
 */
function resolveMoneyKey(
  labels: { money: MoneyLabel; row: number; col: number; sub: boolean }[],
  i: number,
): { key: MoneyKey; parent?: MoneyKey } {
  const me = labels[i];
  if (me.money.kind === 'amount') return { key: me.money.key };
  const isAmount = (x: (typeof labels)[number]) => x.money.kind === 'amount';
  const above = labels
    .filter((x) => x.col === me.col && x.row < me.row && isAmount(x))
    .sort((a, b) => b.row - a.row)[0];
  const left = labels.filter((x) => x.row === me.row && x.col < me.col && isAmount(x)).sort((a, b) => b.col - a.col)[0];
  const before = labels.slice(0, i).reverse().find(isAmount);
  const owner = above ?? left ?? before;
  const ownerKey = owner && owner.money.kind === 'amount' ? owner.money.key : undefined;
  const annual = ownerKey === 'annual';
  const key = annual ? me.money.annual : me.money.whole;
  const separate = key === 'superior' || key === 'projectSpending' || key === 'basicSpending';
  if (!ownerKey || (separate && !me.sub)) return { key };
  return { key, parent: ownerKey };
}
