/**
 * The recogniser: a sheet snapshot in, the performance-target tables on it out — header fields, money, and one
 * indicator entry per target cell — whatever the layout (domain.md §3–4).
 */
import type { FieldKey, IndicatorBlock, MoneyItem, Note, TargetTable } from '../model';
import type { SheetSnapshot } from '../snapshot';
import { parseRangeAddress, rangeAddress } from '../address';
import { detectFramework } from '../frameworks';
import { readAmount } from '../money';
import { compact, toHalfWidth, yearIn } from '../text';
import type { Vocabulary } from '../vocabulary';
import { Grid } from './grid';
import { type HeaderBlock, readHeader, type Region } from './header';
import { headerRoles, type IndicatorLayout, readLayout } from './layout';
import { declaredUnit } from './labels';
import { projectNameFromTitle } from './title';
import { readRows } from './rows';
import { isFooterRow, isTitleRow, startsHeader } from './rowkinds';

export interface SheetRecognition {
  sheet: string;
  tables: TargetTable[];
  /** Things about the sheet as a whole that could not be read. */
  notes: Note[];
}

/** A run of this many empty rows ends an indicator block. */
const GAP_ROWS = 3;

/** A header (title, fields, money, goals) without an indicator block is read from at most this many rows. */
const HEADER_ROWS_MAX = 80;

/** Recognise every table on a sheet, with the shipped vocabulary or `vocab`. Never throws on any snapshot. */
export function recognise(snapshot: SheetSnapshot, vocab?: Vocabulary): SheetRecognition {
  const grid = new Grid(snapshot, vocab);
  const result: SheetRecognition = { sheet: grid.name, tables: [], notes: [] };
  if (grid.rowCount === 0) return result;

  const headers = findHeaderRows(grid);
  let pos = grid.top;
  let previous: { table: TargetTable; layout: IndicatorLayout; blockEnd: number; appended?: boolean } | null = null;
  // A table's framework is detected once its last block is in (per appended block it was quadratic in blocks).
  const settle = () => {
    if (previous?.appended) previous.table.framework = detectFramework([...previous.table.indicators, ...previous.table.emptyGroups], previous.table.year);
  };
  for (let i = 0; i < headers.length; i++) {
    const layout = readLayout(grid, headers[i], grid.left, grid.right);
    if (!layout) continue;
    const limit = i + 1 < headers.length ? headers[i + 1] - 1 : grid.bottom;
    const blockEnd = findBlockEnd(grid, layout, limit, i + 1 < headers.length);
    const end = extendFooter(grid, blockEnd, limit);
    if (previous && secondBlock(grid, previous.blockEnd, headers[i])) {
      // 中期 and 年度 blocks one below the other: one table with two indicator blocks.
      appendBlock(grid, previous, layout, blockEnd, end);
      previous.blockEnd = blockEnd;
      previous.appended = true;
      pos = end + 1;
      continue;
    }
    const headStart = headerStart(grid, Math.max(pos, headers[i] - HEADER_ROWS_MAX), headers[i] - 1, result);
    settle();
    if (layout.fieldColumns.some((f) => f.field === 'projectName')) {
      // One table per listed project: pushed one by one (spreading a list of 100,000 overflows the stack).
      for (const t of readFlatList(grid, layout, headStart, blockEnd)) result.tables.push(t);
      previous = null;
    } else {
      const table = readTable(grid, headStart, end, layout, blockEnd);
      result.tables.push(table);
      previous = { table, layout, blockEnd };
    }
    pos = end + 1;
  }
  settle();
  // What is left below the last indicator block (or the whole sheet when there is none): a table cut off before
  // its indicators?
  const rest = firstFilledRow(grid, pos, grid.bottom);
  if (rest !== null) {
    const last = Math.min(grid.bottom, rest + HEADER_ROWS_MAX);
    const t = headerOnlyTable(grid, rest, lastFilledRow(grid, rest, last) ?? rest);
    if (t) result.tables.push(t);
  }
  return result;
}

/** Rows that are indicator header rows; the second row of a two-row header is not a second header. */
function findHeaderRows(grid: Grid): number[] {
  const rows: number[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    if (rows.length && rows[rows.length - 1] === r - 1) continue;
    if (headerRoles(grid, r)) rows.push(r);
  }
  return rows;
}

/**
 * The last row of the indicator block: before a footer, a title, the next table's header, a long gap, or the
 * one-cell banner (`年度绩效指标`) right above the next indicator header.
 */
function findBlockEnd(grid: Grid, layout: IndicatorLayout, limit: number, headerFollows: boolean): number {
  let last = layout.dataStart - 1;
  let blank = 0;
  for (let r = layout.dataStart; r <= limit; r++) {
    if (grid.isEmptyRow(r)) {
      if (++blank >= GAP_ROWS) break;
      continue;
    }
    blank = 0;
    if (isFooterRow(grid, r) || isTitleRow(grid, r) || startsHeader(grid, r)) break;
    if (headerFollows && grid.filledColumns(r).length === 1 && firstFilledRow(grid, r + 1, limit) === null) break;
    last = r;
  }
  return last;
}

/** True when nothing but blank rows and one-cell banners lie between a block and the next header. */
function secondBlock(grid: Grid, blockEnd: number, header: number): boolean {
  for (let r = blockEnd + 1; r < header; r++) {
    const cols = grid.filledColumns(r);
    if (cols.length > 1 || (cols.length === 1 && (isFooterRow(grid, r) || isTitleRow(grid, r) || startsHeader(grid, r)))) return false;
  }
  return true;
}

/** The name of a block: the banner above its header, or the label left of its level columns (`年度绩效指标`). */
function blockName(grid: Grid, layout: IndicatorLayout, above: number): string {
  const r = layout.headerRow - 1;
  const banner = r > above ? grid.filledColumns(r) : [];
  if (banner.length === 1 && !isTitleRow(grid, r)) return compact(grid.text(r, banner[0]));
  const first = Math.min(...layout.blocks.flatMap((b) => [b.level1, b.level2, b.level3].filter((c): c is number => c !== undefined)));
  const left = grid.filledColumns(layout.headerRow).filter((c) => c < first);
  return left.length ? compact(grid.mergedText(layout.headerRow, left[0])) : '';
}

/**
 * Add a second indicator block (below the first) to a table, naming each block's entries by its block name. The
 * caller detects the framework once the last block is in. Work is proportional to the new block only: a sheet of
 * thousands of stacked blocks stays linear.
 */
function appendBlock(grid: Grid, previous: { table: TargetTable; layout: IndicatorLayout; blockEnd: number }, layout: IndicatorLayout, blockEnd: number, end: number): void {
  const { table } = previous;
  // The first block's entries are named once, when the second block arrives.
  if ((table.indicatorBlocks?.length ?? 0) <= 1) {
    const firstName = blockName(grid, previous.layout, previous.layout.headerRow - 2);
    if (firstName) for (const x of table.indicators) x.column ??= firstName;
  }
  const name = blockName(grid, layout, previous.blockEnd);
  const { indicators, emptyGroups } = readRows(grid, layout, layout.dataStart, blockEnd);
  for (const x of indicators) {
    if (name) x.column ??= name;
    table.indicators.push(x);
  }
  for (const g of emptyGroups) table.emptyGroups.push(g);
  (table.indicatorBlocks ??= []).push(indicatorBlock(layout, layout.dataStart, blockEnd));
  // The range grows by the new rows' extent (the rows above are already in it).
  const old = parseRangeAddress(table.range)!;
  const added = lastFilledRow(grid, old.bottom + 1, end) !== null ? extent(grid, old.bottom + 1, end) : null;
  table.range = rangeAddress({ top: old.top, bottom: end, left: added ? Math.min(old.left, added.left) : old.left, right: added ? Math.max(old.right, added.right) : old.right });
}

/** Footer lines right after the block (审核意见, 填表人, notes) still belong to the table. */
function extendFooter(grid: Grid, blockEnd: number, limit: number): number {
  let end = blockEnd;
  let inFooter = false;
  let blank = 0;
  for (let r = blockEnd + 1; r <= limit; r++) {
    if (grid.isEmptyRow(r)) {
      if (++blank >= 2) break;
      continue;
    }
    blank = 0;
    if (isTitleRow(grid, r) || startsHeader(grid, r)) break;
    if (isFooterRow(grid, r)) inFooter = true;
    else if (!inFooter || grid.filledColumns(r).length > 3) break;
    end = r;
  }
  return end;
}

/**
 * Where a table's header starts, between the previous table and its indicator header: its title row when it has
 * one. A later title-like row opens a new table only when a header (项目名称 …) follows it; otherwise it is a
 * heading inside this table (`绩效项目指标表` above the indicator block). Anything above the title that opens the
 * table which reads as a table of its own (a form cut off before its indicators) is one.
 */
function headerStart(grid: Grid, from: number, to: number, result: SheetRecognition): number {
  const first = firstFilledRow(grid, from, to);
  if (first === null) return Math.min(from, to + 1);
  const titles: number[] = [];
  for (let r = first; r <= to; r++) if (isTitleRow(grid, r)) titles.push(r);
  const opensHeader = (t: number) => {
    for (let r = t + 1; r <= to; r++) if (startsHeader(grid, r)) return true;
    return false;
  };
  const title = [...titles].reverse().find(opensHeader) ?? titles[0] ?? null;
  if (title === null || title === first) return first;
  const before = headerOnlyTable(grid, first, title - 1);
  if (before) result.tables.push(before);
  return title;
}

function firstFilledRow(grid: Grid, from: number, to: number): number | null {
  for (let r = from; r <= to; r++) if (!grid.isEmptyRow(r)) return r;
  return null;
}

function lastFilledRow(grid: Grid, from: number, to: number): number | null {
  for (let r = to; r >= from; r--) if (!grid.isEmptyRow(r)) return r;
  return null;
}

/** The extent of the filled cells of rows top..bottom. */
function extent(grid: Grid, top: number, bottom: number): Region {
  let left = Infinity;
  let right = -Infinity;
  for (let r = top; r <= bottom; r++) {
    for (const c of grid.filledColumns(r)) {
      left = Math.min(left, c);
      right = Math.max(right, grid.spanRight(r, c));
    }
  }
  if (!Number.isFinite(left)) return { top, bottom, left: grid.left, right: grid.left };
  return { top, bottom, left, right };
}

/** The rows and columns of an indicator block, as the table reports them (for edit planning). */
function indicatorBlock(layout: IndicatorLayout, firstRow: number, lastRow: number): IndicatorBlock {
  const columns = layout.blocks.map((b) => {
    const c: IndicatorBlock['columns'][number] = { targets: b.targets.map((t) => t.col), extras: b.extras.map((x) => ({ col: x.col, label: x.label })) };
    for (const k of ['level1', 'level2', 'level3', 'operator', 'unit', 'weight', 'direction'] as const) if (b[k] !== undefined) c[k] = b[k];
    return c;
  });
  return { headerRow: layout.headerRow, firstRow, lastRow, columns };
}

/**
 * Title and year from the rows above the first label. A lone line at the top that names a form loosely
 * (`部门整体绩效目标`, no 表) is the title too.
 */
function titleAndYear(grid: Grid, region: Region): { title: string; year: number | null; cell: string } {
  let title = '';
  let cell = '';
  let year: number | null = null;
  let first = true;
  for (let r = region.top; r <= Math.min(region.bottom, region.top + 4); r++) {
    const cols = grid.filledColumns(r);
    if (cols.length === 0) continue;
    const text = grid.text(r, cols[0]);
    const label = grid.vocab.label(text);
    // A label by grammar alone (`部门整体绩效目标` reads as a goal label) at the top is a title, not a label.
    const loose = first && cols.length === 1 && !(label && isExact(label)) && grid.vocab.hasTitleWord(text);
    if (!title && (isTitleRow(grid, r) || loose)) {
      title = compact(text);
      cell = grid.address(r, cols[0]);
    }
    first = false;
    if (year === null && cols.length <= 2 && text.length <= 60) year = yearIn(text);
    if (label && !isTitleRow(grid, r) && cell !== grid.address(r, cols[0])) break;
  }
  return { title, year, cell };
}

/** A label the vocabulary lists as written (not one read by its grammar). */
function isExact(m: NonNullable<ReturnType<Grid['vocab']['label']>>): boolean {
  return (m.kind !== 'field' && m.kind !== 'money') || m.exact;
}

function tableFrom(grid: Grid, region: Region, header: HeaderBlock, meta: { title: string; year: number | null; cell: string }): TargetTable {
  const title = meta.title;
  const form = grid.vocab.formOf(title);
  const fields = { ...header.fields };
  // The project name only in the title (`再生资源回收市场管理经费项目绩效目标表`).
  if (!fields.projectName && form === 'project' && meta.cell) {
    const name = projectNameFromTitle(title);
    if (name) fields.projectName = { label: title, value: name, cell: meta.cell, source: 'title' };
  }
  const table: TargetTable = {
    sheet: grid.name,
    range: rangeAddress(region),
    kind: grid.vocab.isSelfEvaluation(title) ? 'self-evaluation' : form === 'evaluation' ? 'evaluation' : 'target',
    form,
    framework: 'unknown',
    year: meta.year,
    title,
    fields,
    money: header.money,
    indicators: [],
    emptyGroups: [],
    requires: grid.vocab.requires(form),
    notes: [...header.notes],
  };
  if (header.unrecognised.length) table.unrecognisedLabels = header.unrecognised;
  return table;
}

function readTable(grid: Grid, top: number, end: number, layout: IndicatorLayout, blockEnd: number): TargetTable {
  const region = extent(grid, top, end);
  const headRegion: Region = { ...region, bottom: layout.headerRow - 1 };
  const meta = titleAndYear(grid, region);
  const header = headRegion.bottom >= headRegion.top ? readHeader(grid, headRegion, meta.cell) : emptyHeader();
  const table = tableFrom(grid, region, header, meta);
  const { indicators, emptyGroups } = readRows(grid, layout, layout.dataStart, blockEnd);
  table.indicators = indicators;
  table.emptyGroups = emptyGroups;
  table.indicatorBlocks = [indicatorBlock(layout, layout.dataStart, blockEnd)];
  table.indicatorHeader = rangeAddress({ top: layout.headerRow, bottom: layout.subHeaderRow ?? layout.headerRow, left: region.left, right: region.right });
  if (layout.selfEvaluation) table.kind = 'self-evaluation';
  const weight = declaredWeight(grid, layout, region);
  if (weight !== undefined) table.declaredWeight = weight;
  table.framework = detectFramework([...indicators, ...emptyGroups], table.year);
  if (indicators.length === 0) table.notes.push({ id: 'indicator-rows-missing', cells: [rangeAddress({ top: layout.headerRow, bottom: layout.headerRow, left: region.left, right: region.right })] });
  return table;
}

/** A table with a header (and money) but no indicator block: recognised when it has a title or enough labels. */
function headerOnlyTable(grid: Grid, top: number, bottom: number): TargetTable | null {
  const region = extent(grid, top, bottom);
  const meta = titleAndYear(grid, region);
  const header = readHeader(grid, region, meta.cell);
  const labels = Object.keys(header.fields).length + header.money.items.length;
  const named = !!header.fields.projectName?.value;
  if (!(labels >= 3 || (meta.title && labels >= 1) || (named && labels >= 2))) return null;
  const table = tableFrom(grid, region, header, meta);
  table.notes.push({ id: 'indicator-block-missing' });
  return table;
}

function emptyHeader(): HeaderBlock {
  return { fields: {}, money: { unit: null, items: [] }, notes: [], unrecognised: [] };
}

/** `年度绩效目标(90分)` beside the header, or a banner `权重分值90分…` above it. */
function declaredWeight(grid: Grid, layout: IndicatorLayout, region: Region): number | undefined {
  const firstRoleCol = Math.min(...layout.blocks.flatMap((b) => [b.level1, b.level2, b.level3].filter((c): c is number => c !== undefined)));
  for (let r = Math.max(region.top, layout.headerRow - 2); r <= layout.headerRow; r++) {
    for (const c of grid.filledColumns(r)) {
      if (r === layout.headerRow && c >= firstRoleCol) continue;
      const t = compact(toHalfWidth(grid.text(r, c)));
      const m = /(?:绩效目标|绩效指标|权重|分值)[^\d]{0,6}(\d+(?:\.\d+)?)分/.exec(t);
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}

/**
 * A flat multi-project list (单位名称 · 项目名称 · 预算数 · 年度目标 · 一级 · 二级 · 三级 …): one table per project,
 * the project columns filled on its first row only; unit subtotal rows (`820-马踏镇部门 | | 8,827,620.53`) are skipped.
 */
function readFlatList(grid: Grid, layout: IndicatorLayout, top: number, blockEnd: number): TargetTable[] {
  const sheetHead: Region = { ...extent(grid, top, blockEnd), top, bottom: layout.headerRow - 1 };
  const meta = titleAndYear(grid, { ...sheetHead, bottom: Math.max(sheetHead.bottom, top) });
  const header = sheetHead.bottom >= sheetHead.top ? readHeader(grid, sheetHead, meta.cell) : emptyHeader();
  const projectCol = layout.fieldColumns.find((f) => f.field === 'projectName')!.col;
  const levelCols = layout.blocks.flatMap((b) => [b.level1, b.level2, b.level3, ...b.targets.map((t) => t.col)]).filter((c): c is number => c !== undefined);
  const hasLevels = (r: number) => levelCols.some((c) => grid.text(r, c) !== '');

  const projects: { start: number; end: number }[] = [];
  for (let r = layout.dataStart; r <= blockEnd; r++) {
    if (grid.isEmptyRow(r)) continue;
    if (grid.text(r, projectCol)) projects.push({ start: r, end: r });
    else if (!hasLevels(r)) {
      if (projects.length) projects[projects.length - 1].end = Math.min(projects[projects.length - 1].end, r - 1);
      projects.push({ start: -1, end: -1 }); // a subtotal row closes the project above
    } else if (projects.length && projects[projects.length - 1].start >= 0) projects[projects.length - 1].end = r;
  }
  const tables: TargetTable[] = [];
  for (const p of projects) {
    if (p.start < 0) continue;
    const region = extent(grid, p.start, p.end);
    const fields = { ...header.fields };
    const items: MoneyItem[] = [];
    for (const f of layout.fieldColumns) {
      const row = f.field === 'applicant' ? inheritedRow(grid, f.col, p.start, layout.dataStart, projectCol) : p.start;
      const text = grid.text(row, f.col);
      if (f.field) fields[f.field as FieldKey] = { label: grid.text(layout.headerRow, f.col), value: text, cell: grid.address(row, f.col) };
      if (f.money) {
        const amount = readAmount(grid.value(row, f.col), text);
        const unit = amount.unit ?? declaredUnit(grid.text(layout.headerRow, f.col)) ?? header.money.unit;
        items.push({ key: f.money, label: grid.text(layout.headerRow, f.col), value: amount.value, text, cell: grid.address(row, f.col), unit });
      }
    }
    const table = tableFrom(grid, region, { fields, money: { unit: header.money.unit, items }, notes: [], unrecognised: header.unrecognised }, meta);
    const { indicators, emptyGroups } = readRows(grid, layout, p.start, p.end);
    table.indicators = indicators;
    table.emptyGroups = emptyGroups;
    table.indicatorBlocks = [indicatorBlock(layout, p.start, p.end)];
    table.indicatorHeader = rangeAddress({ top: layout.headerRow, bottom: layout.subHeaderRow ?? layout.headerRow, left: layout.left, right: extent(grid, layout.headerRow, layout.headerRow).right });
    if (layout.selfEvaluation) table.kind = 'self-evaluation';
    table.framework = detectFramework([...indicators, ...emptyGroups], table.year);
    tables.push(table);
  }
  return tables;
}

/** The row a project's 单位名称 comes from: its own, else the nearest project row above that names one. */
function inheritedRow(grid: Grid, col: number, start: number, dataStart: number, projectCol: number): number {
  for (let r = start; r >= dataStart; r--) {
    if (grid.text(r, col) && (r === start || grid.text(r, projectCol))) return r;
  }
  return start;
}
