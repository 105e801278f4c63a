/**
 * The header block: label → value pairs (fields), the money block, the unit declarations around them, and the
 * label-like cells that were not understood.
 *
 * Where a value is, as general rules: right of its label past empty and merged cells; in the label's own cell after
 * a colon (`预算单位:东莞展览馆`, `年度资金总额:50万`, also in a title row); below a label that heads a column
 * (`中期目标 | 年度目标` over their texts) when nothing on the left claims that cell; several pairs along one row
 * (`中期预算资金总额 | | 年度预算资金总额 | 25`). A money label over the amounts of the labels on its left
 * (`年度资金总额 | 金额(万元)`) is a column title, not an amount.
 */
import type { Field, FieldKey, Money, MoneyItem, MoneyKey, MoneyUnit, Note } from '../model';
import { readAmount } from '../money';
import { isDateFormat, serialToISODate } from '../dates';
import { cleanText, normaliseLabel } from '../vocabulary';
import { NUMBERING_DEPTH } from '../numbering';
import { Grid } from './grid';
import { declaredUnit, type LabelMatch, type MoneyLabel } from './labels';

/** Parts of the this-year family. */
const ANNUAL_PARTS: ReadonlySet<MoneyKey> = new Set<MoneyKey>(['annualFiscal', 'annualOther']);

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
  /** Label-like cells the vocabulary does not know. */
  unrecognised: { text: string; cell: string }[];
}

interface FoundLabel {
  match: Exclude<LabelMatch, { kind: 'section' } | { kind: 'ignored' }>;
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

/** Read the fields and money of a table's header region; `titleCell` (the table's title) is not a label. */
export function readHeader(grid: Grid, region: Region, titleCell = ''): HeaderBlock {
  const found: FoundLabel[] = [];
  const consumed = new Set<number>();
  const labelCells = new Set<number>();
  const units: { row: number; unit: MoneyUnit }[] = [];
  const listRows = listTableRows(grid, region);
  /** Money headings with something beside them: if no amount is read at all, that something was not understood. */
  const moneySections: { text: string; cell: string }[] = [];

  for (let r = region.top; r <= region.bottom; r++) {
    if (listRows.has(r) || isHeading(grid, region, r)) continue;
    for (const c of grid.filledColumns(r)) {
      if (c < region.left || c > region.right) continue;
      const key = cellKey(r, c);
      if (consumed.has(key)) continue;
      if (titleCell && grid.address(r, c) === titleCell) {
        consumed.add(key);
        continue;
      }
      const text = grid.text(r, c);
      const match = grid.vocab.label(text);
      if (match) {
        labelCells.add(key);
        if (match.kind === 'section') {
          if (match.unit && text.length <= 30) units.push({ row: r, unit: match.unit });
          if (match.money && hasContentRight(grid, region, r, c)) moneySections.push({ text: cleanText(text), cell: grid.address(r, c) });
          continue;
        }
        const v = findValue(grid, region, r, c, consumed);
        if (match.kind === 'ignored') continue;
        found.push({ match, label: text, row: r, col: c, ...v });
        if (match.unit && text.length <= 30) units.push({ row: r, unit: match.unit });
        continue;
      }
      const segs = segments(grid, text);
      if (segs) {
        labelCells.add(key);
        segs.forEach((s, i) => {
          if (s.unit) units.push({ row: r, unit: s.unit });
          if (s.match?.kind === 'section' && s.value) {
            // `项目资金：年度资金总额200万元，其中财政资金200万元`: the amounts named in the text.
            const amounts = inlineAmounts(grid, s.value);
            for (const a of amounts) found.push({ match: a.match, label: a.label, row: r, col: c, value: a.amount, valueRow: r, valueCol: c });
            if (!amounts.length && s.match.money) moneySections.push({ text: cleanText(s.label), cell: grid.address(r, c) });
          }
          if (!s.match || s.match.kind === 'section' || s.match.kind === 'ignored') return;
          let v = { value: s.value, valueRow: r, valueCol: c };
          // `项目名称:` with its value in the next cell.
          if (!s.value && i === segs.length - 1) v = findValue(grid, region, r, c, consumed);
          found.push({ match: s.match, label: s.label, row: r, col: c, ...v });
        });
        continue;
      }
      const unit = text.length <= 30 ? declaredUnit(text) : null;
      if (unit) {
        units.push({ row: r, unit });
        consumed.add(key);
      }
    }
  }

  const titles = columnTitles(grid, found);
  const fields: Partial<Record<FieldKey, Field>> = {};
  const fieldRank = new Map<FieldKey, number>();
  const notes: Note[] = [];
  const raw: { f: FoundLabel & { match: { kind: 'money' } }; value: number | null; unit: MoneyUnit | null; text: string; columnTitle?: string }[] = [];
  for (const f of found) {
    if (titles.has(cellKey(f.row, f.col))) continue;
    if (f.match.kind === 'field') {
      // An exact label beats one read by grammar; among equals the first filled one wins (市级 before 区级 主管部门;
      // 预算部门 after an empty 填报单位(盖章)).
      const rank = (f.match.exact ? 2 : 0) + (f.value ? 1 : 0);
      const had = fieldRank.get(f.match.key);
      if (had !== undefined && had >= rank) continue;
      fieldRank.set(f.match.key, rank);
      fields[f.match.key] = {
        label: f.label,
        value: fieldText(grid, f, f.match.key),
        cell: grid.address(f.valueRow, f.valueCol),
        ...(f.match.exact ? {} : { source: 'grammar' as const }),
      };
      continue;
    }
    const money = f as FoundLabel & { match: { kind: 'money' } };
    const title = f.valueRow !== f.row || f.valueCol !== f.col ? titles.get(cellKey(f.valueRow, f.valueCol)) : undefined;
    if (title) {
      raw.push({ f: money, value: null, unit: money.match.unit ?? title.unit, text: '', columnTitle: title.text });
      continue;
    }
    const cellValue = f.valueRow === f.row && f.valueCol === f.col ? f.value : grid.value(f.valueRow, f.valueCol);
    const amount = readAmount(cellValue, f.value);
    if (amount.unreadable) {
      notes.push({ id: 'money-unreadable', data: { label: f.label, text: f.value }, cells: [grid.address(f.valueRow, f.valueCol)] });
    }
    raw.push({ f: money, unit: amount.unit ?? money.match.unit, value: amount.value, text: f.value });
  }
  for (const t of titles.values()) if (t.unit) units.push({ row: t.row, unit: t.unit });

  units.sort((a, b) => a.row - b.row);
  const unitAt = (row: number): MoneyUnit | null => {
    let u: MoneyUnit | null = null;
    for (const d of units) if (d.row <= row) u = d.unit;
    return u ?? units[0]?.unit ?? null;
  };

  const details = detailsOf(raw.map((m) => m.f));
  const owners = raw.map((x, i) => ({ money: x.f.match.money, row: x.f.row, col: x.f.col, sub: x.f.match.sub, detail: details.has(i) }));
  const keys = raw.map((_m, i) => resolveMoneyKey(owners, i));
  const items: MoneyItem[] = [];
  raw.forEach((m, i) => {
    const d = details.get(i);
    const { key, parent } = d !== undefined ? { key: 'detail' as MoneyKey, parent: keys[d].key } : keys[i];
    const item: MoneyItem = {
      key,
      label: m.f.label,
      value: m.value,
      text: m.text,
      cell: grid.address(m.f.valueRow, m.f.valueCol),
      unit: m.unit ?? unitAt(m.f.row),
    };
    if (parent) item.parent = parent;
    if (m.columnTitle) item.columnTitle = m.columnTitle;
    items.push(item);
  });

  let unit: MoneyUnit | null = units[0]?.unit ?? null;
  if (!unit) {
    const inline = new Set(items.filter((i) => i.value !== null && i.unit).map((i) => i.unit));
    if (inline.size === 1) unit = [...inline][0];
  }
  const unrecognised = unrecognisedLabels(grid, region, labelCells, consumed, listRows);
  if (items.length === 0) unrecognised.push(...moneySections);
  return { fields, money: { unit, items }, notes, unrecognised };
}

/**
 * A numbered heading alone in its row (`一、项目基本情况`, `二、绩效目标`): a section of a prose-style form, not a field
 * whose value is missing.
 */
function isHeading(grid: Grid, region: Region, r: number): boolean {
  const cols = grid.filledColumns(r).filter((c) => c >= region.left && c <= region.right);
  if (cols.length !== 1) return false;
  const text = grid.text(r, cols[0]);
  if (/[:：]/.test(text)) return false;
  const n = normaliseLabel(text);
  return n.numbering === 'cn' && n.key.length <= 16;
}

/** The value of a label: the first filled cell right of its span, else the cell below (a label heading a column). */
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
    if (stopsValue(grid, region, r, cc, t)) break;
    consumed.add(cellKey(r, cc));
    return { value: t, valueRow: r, valueCol: cc };
  }
  const below = (grid.merge(r, c)?.bottom ?? r) + 1;
  if (below <= region.bottom) {
    const t = grid.text(below, c);
    // The cell below is this label's only when no label on its own row claims it.
    if (t && !isLabelCell(grid, t) && !claimedFromLeft(grid, region, below, c)) {
      consumed.add(cellKey(below, c));
      return { value: t, valueRow: below, valueCol: c };
    }
  }
  return { value: '', valueRow: r, valueCol: start <= region.right ? start : c };
}

/** True when the first filled cell right of (r, c)'s span holds something that is not a label. */
function hasContentRight(grid: Grid, region: Region, r: number, c: number): boolean {
  for (let cc = grid.spanRight(r, c) + 1; cc <= region.right; cc++) {
    const t = grid.text(r, cc);
    if (t) return !isLabelCell(grid, t);
  }
  return false;
}

/** A money label written right before an amount in running text (`年度资金总额200万元，其中财政资金200万元`). */
const INLINE_AMOUNT = /([\u4e00-\u9fa5]{2,40})[:：]?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(万元|万|元)?/g;

/** The money labels and amounts named in a text; the label is the longest run of words before the number that is one. */
function inlineAmounts(grid: Grid, text: string): { label: string; match: FoundLabel['match']; amount: string }[] {
  const out: { label: string; match: FoundLabel['match']; amount: string }[] = [];
  if (text.length > 2_000) return out;
  for (const m of text.matchAll(INLINE_AMOUNT)) {
    const run = m[1];
    for (let start = Math.max(0, run.length - 16); start <= run.length - 2; start++) {
      const label = run.slice(start);
      const match = grid.vocab.label(label);
      if (match?.kind !== 'money') continue;
      out.push({ label, match, amount: m[2] + (m[3] ?? '') });
      break;
    }
  }
  return out;
}

/** True when the nearest filled cell left of (r, c) is a label (known or label-like): (r, c) is that label's value. */
function claimedFromLeft(grid: Grid, region: Region, r: number, c: number): boolean {
  for (let cc = c - 1; cc >= region.left; cc--) {
    const t = grid.text(r, cc);
    if (!t) continue;
    // A label merged down from above (总体目标 over 中期目标 | 年度目标 and their texts) claims nothing here.
    const m = grid.merge(r, cc);
    if (m && m.top < r) return false;
    return grid.vocab.labelLike(t) || segments(grid, t) !== null;
  }
  return false;
}

/** A label cell: a known label, `label: value` text, or text ending with a colon (a label we do not know). */
function isLabelCell(grid: Grid, text: string): boolean {
  if (grid.vocab.label(text)) return true;
  if (/[:：]\s*$/.test(text) && cleanText(text).length <= 20) return true;
  return segments(grid, text) !== null;
}

/**
 * Whether the cell at (r, c), right of a label, is another label rather than that label's value. A label the
 * vocabulary lists always is; one known only by its words (`一般公共预算` after 财政资金预算分类) is a label only
 * when a value follows it (`中期预算资金总额 | | 年度预算资金总额 | 25`), else it is the value.
 */
function stopsValue(grid: Grid, region: Region, r: number, c: number, text: string): boolean {
  const m = grid.vocab.label(text);
  if (!m || m.kind === 'section' || m.kind === 'ignored' || m.exact) return isLabelCell(grid, text);
  for (let cc = grid.spanRight(r, c) + 1; cc <= region.right; cc++) if (grid.text(r, cc)) return true;
  return false;
}

interface ColumnTitle {
  row: number;
  col: number;
  text: string;
  unit: MoneyUnit | null;
}

/**
 * Money labels that head the column of amounts of the labels on their left (`年度资金总额 | 金额(万元)` over `财政拨款
 * | 6.30`; `资金来源 | 年初安排金额(万元)` over `资金总额 | 3`): column titles, not amounts, by cell key. A title can sit
 * where another label's amount belongs (金额(万元) right of 年度资金总额).
 */
function columnTitles(grid: Grid, found: FoundLabel[]): Map<number, ColumnTitle> {
  const out = new Map<number, ColumnTitle>();
  const candidates: ColumnTitle[] = [];
  for (const f of found) {
    if (f.match.kind !== 'money') continue;
    if (f.value === '') candidates.push({ row: f.row, col: f.col, text: f.label, unit: f.match.unit });
    else if (f.valueRow !== f.row || f.valueCol !== f.col) {
      const m = grid.vocab.label(f.value);
      if (m?.kind === 'money') candidates.push({ row: f.valueRow, col: f.valueCol, text: f.value, unit: m.unit });
    }
  }
  for (const t of candidates) {
    const right = grid.spanRight(t.row, t.col);
    const heads = found.some(
      (f) => f.match.kind === 'money' && f.row > t.row && f.row <= t.row + 3 && f.col < t.col && f.value !== '' && f.valueRow === f.row && f.valueCol >= t.col && f.valueCol <= right,
    );
    if (heads) out.set(cellKey(t.row, t.col), t);
  }
  return out;
}

/**
 * Numbered lines under a subtotal (`(一)财政拨款小计` over `1、一般公共预算 | 2、政府性基金`): each index maps to the
 * index of the line it details — the nearest money label above it in its column with shallower numbering.
 */
function detailsOf(labels: FoundLabel[]): Map<number, number> {
  const out = new Map<number, number>();
  labels.forEach((l, i) => {
    const n = l.match.kind === 'money' ? l.match.numbering : null;
    if (!n) return;
    // Walk up the column: the first line with shallower numbering is the subtotal; a line as deep or deeper is a
    // sibling and the walk goes on; an unnumbered line ends it.
    const above = labels
      .map((p, j) => ({ p, j }))
      .filter(({ p, j }) => j !== i && p.col === l.col && p.row < l.row && p.match.kind === 'money')
      .sort((a, b) => b.p.row - a.p.row);
    for (const { p, j } of above) {
      const pn = p.match.kind === 'money' ? p.match.numbering : null;
      if (!pn) break;
      if (NUMBERING_DEPTH[pn] < NUMBERING_DEPTH[n]) {
        out.set(i, j);
        break;
      }
    }
  });
  return out;
}

/**
 * Cells that read as labels but mean nothing to the vocabulary: the first cell of a row, or the cell after a value,
 * with a value beside it (or a colon), made of label words or short and label-shaped.
 */
function unrecognisedLabels(grid: Grid, region: Region, labelCells: Set<number>, consumed: Set<number>, listRows: Set<number>): { text: string; cell: string }[] {
  const out: { text: string; cell: string }[] = [];
  for (let r = region.top; r <= region.bottom; r++) {
    if (listRows.has(r)) continue;
    const cols = grid.filledColumns(r).filter((c) => c >= region.left && c <= region.right);
    if (cols.length === 1 && grid.vocab.hasTitleWord(grid.text(r, cols[0]))) continue;
    let expectLabel = true;
    cols.forEach((c, i) => {
      const key = cellKey(r, c);
      if (labelCells.has(key)) {
        expectLabel = false;
        return;
      }
      if (consumed.has(key)) {
        expectLabel = true;
        return;
      }
      const text = grid.text(r, c);
      const colon = /[:：]\s*$/.test(text);
      if (expectLabel && (colon || i + 1 < cols.length) && labelShaped(grid, text)) {
        out.push({ text: cleanText(text).replace(/[:：]+$/, ''), cell: grid.address(r, c) });
        expectLabel = false;
        return;
      }
      expectLabel = true;
    });
  }
  return out;
}

/** Organisation names and such end with these: values, not labels. */
const VALUE_ENDINGS = /(?:局|委员会|委|中心|政府|公司|学校|医院|院|所|站|队|处|科|办|社|馆|会|室|厅|部|镇|乡|村|街道)$/;

function labelShaped(grid: Grid, text: string): boolean {
  if (grid.vocab.labelLike(text)) return true;
  const k = normaliseLabel(text).key;
  return k.length >= 2 && k.length <= 10 && !/[\d，。；;,!?！？□■☑√]/.test(k) && !VALUE_ENDINGS.test(k);
}

/**
 * Rows of a list inside the header: a row of three or more label-like cells, most of them not labels the vocabulary
 * lists (部门职能 | 年度目标任务 | 预算金额), over rows of values in its columns (the 年度履职目标 block of 部门整体
 * forms). Its cells are a table of their own, not label → value pairs.
 */
function listTableRows(grid: Grid, region: Region): Set<number> {
  const rows = new Set<number>();
  const within = (r: number) => grid.filledColumns(r).filter((c) => c >= region.left && c <= region.right);
  for (let r = region.top; r < region.bottom; r++) {
    const cols = within(r);
    if (cols.length < 3 || !cols.every((c) => grid.vocab.labelLike(grid.text(r, c)))) continue;
    // Titles the vocabulary mostly does not list, one at least unknown altogether (部门职能): a list's own columns.
    const listed = cols.filter((c) => exactLabel(grid, grid.text(r, c))).length;
    if (listed * 2 >= cols.length || cols.every((c) => grid.vocab.label(grid.text(r, c)))) continue;
    // A row of the list: values under the titles (some cell plainly not a label, and not a listed label first).
    const valueRow = (x: number) => {
      const filled = within(x);
      if (filled.length < 2) return false;
      const texts = filled.map((c) => grid.text(x, c));
      return !exactLabel(grid, texts[0]) && texts.some((t) => !grid.vocab.labelLike(t));
    };
    // One row of sub-titles may sit under the titles (预算金额 over 总额 | 财政拨款).
    const titlesOnly = (x: number) => within(x).length > 0 && within(x).every((c) => grid.vocab.labelLike(grid.text(x, c)));
    const first = r + 1 <= region.bottom && titlesOnly(r + 1) && valueRow(r + 2) ? r + 2 : r + 1;
    let end = first - 1;
    while (end + 1 <= region.bottom && valueRow(end + 1)) end++;
    if (end < first) continue;
    for (let x = r; x <= end; x++) rows.add(x);
    r = end;
  }
  return rows;
}

/** A label the vocabulary lists as written (not one known only by its words). */
function exactLabel(grid: Grid, text: string): boolean {
  const m = grid.vocab.label(text);
  return !!m && ((m.kind !== 'field' && m.kind !== 'money') || m.exact);
}

/** Characters that end a label when scanning back from its colon. */
const LABEL_STOP = /[\s:：;；,，。、]/;

/** Split `label: value` pieces, when the cell starts with a known label followed by a colon. */
export function segments(grid: Grid, text: string): Segment[] | null {
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
    const match = grid.vocab.label(label);
    const unitLabel = /^(?:金额|资金|货币)?单位$/.test(label);
    if (match || unitLabel) hits.push({ start, end: i + 1, label, match, unitLabel });
  }
  if (hits.length === 0 || t.slice(0, hits[0].start).trim() !== '') return null;
  return hits.map((h, i) => {
    const rawValue = t.slice(h.end, i + 1 < hits.length ? hits[i + 1].start : t.length);
    const written = t.slice(h.start, h.end).trim();
    const value = rawValue.replace(/[(（](?:盖章|签章|公章)[)）]/g, '').trim();
    let unit: MoneyUnit | null = null;
    if (h.unitLabel) {
      const u = /^(万元|元)/.exec(value);
      unit = u ? (u[1] as MoneyUnit) : null;
    }
    // `单位:某某局` names the applicant; `单位:万元` declares money.
    const match: LabelMatch | null = h.unitLabel ? (unit ? null : { kind: 'field', key: 'applicant', unit: null, exact: true }) : h.match;
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
 * last amount before it — so the whole-life and annual blocks of the Shanghai 2026 form stay apart. Detail lines
 * own nothing.
 */
function resolveMoneyKey(
  labels: { money: MoneyLabel; row: number; col: number; sub: boolean; detail: boolean }[],
  i: number,
): { key: MoneyKey; parent?: MoneyKey } {
  const me = labels[i];
  if (me.money.kind === 'amount') return { key: me.money.key };
  const isAmount = (x: (typeof labels)[number]) => x.money.kind === 'amount' && !x.detail;
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
  // A this-year amount beside a whole-life one (`中期市财政预算 | … | 本年度申请市财政预算资金`) is its share only when
  // the form says so with 其中.
  if (me.money.fixed && ANNUAL_PARTS.has(key) && ownerKey !== 'annual' && !me.sub) return { key };
  return { key, parent: ownerKey };
}
