/** What the recogniser finds in a sheet: performance-target tables with their fields, money and indicators. */
import type { Requirement } from './vocabulary/types';

/** Indicator frameworks of domain.md §2. */
export type Framework = 'shanghai-2020' | 'national-2015' | 'national-2021' | 'unknown';

/**
 * `target` tables are validated; 绩效自评表 (`self-evaluation`) and 绩效评价指标表 (`evaluation`: a scoring scheme,
 * no targets) are recognised but not validated as targets.
 */
export type TableKind = 'target' | 'self-evaluation' | 'evaluation';

/** The form family, from the title (vocabulary `forms`): it decides what the header must hold. */
export type FormType = 'project' | 'department' | 'investment' | 'transfer' | 'evaluation';

/** Canonical header-field keys (docs/recognition.md lists the labels behind each). */
export type FieldKey =
  | 'projectName'
  | 'applicant'
  | 'department'
  | 'implementer'
  | 'manager'
  | 'contact'
  | 'phone'
  | 'code'
  | 'category'
  | 'nature'
  | 'performanceType'
  | 'startDate'
  | 'endDate'
  | 'period'
  | 'overview'
  | 'basis'
  | 'necessity'
  | 'measures'
  | 'plan'
  | 'overallGoal'
  | 'annualGoal'
  | 'financeBureau'
  | 'fundCategory';

/** A header field: its label as written, its value as text, and the value's cell. */
export interface Field {
  label: string;
  value: string;
  /** The value's cell; for an empty value, the cell where it belongs. */
  cell: string;
  /**
   * How the label was understood when not by its exact wording: `grammar` (its words, `主管预算部门`), `title` (the
   * project name taken from the title). Absent for a label the vocabulary lists.
   */
  source?: 'grammar' | 'title';
}

export type MoneyUnit = '元' | '万元';

/**
 * Canonical money keys. Whole-life amounts (`total` and its parts) are kept apart from annual ones (`annual` and
 * its parts): rules never compare the two as if they should match.
 */
export type MoneyKey =
  | 'total' // 项目总预算 · 项目资金总额 · 资金总额 · 中期资金总额 · 项目金额
  | 'fiscal' // 其中: 财政资金 / 财政拨款, part of total
  | 'other' // 其中: 其他资金, part of total
  | 'annual' // 项目当年预算 · 年度资金申请总额 · 年度资金总额 · 当年年度预算 · 预算数
  | 'annualFiscal' // 当年财政拨款, or 财政资金 under an annual amount
  | 'annualOther' // 其他资金 under an annual amount
  | 'carryOver' // 上年结转资金
  | 'lastYearBudget' // 同名项目上年预算额
  | 'lastYearSpent' // 同名项目上年预算执行数
  | 'central' // 中央补助 · 下达中央预算内投资
  | 'local' // 地方资金 · 地方配套
  | 'superior' // 上级资金
  | 'projectSpending' // 部门整体: 项目支出
  | 'basicSpending' // 部门整体: 基本支出
  | 'detail'; // a numbered line under a subtotal (1、一般公共预算 under (一)财政拨款小计)

export interface MoneyItem {
  key: MoneyKey;
  label: string;
  /** The amount in `unit`; null when the cell is blank or not a number. */
  value: number | null;
  /** The cell's text as shown. */
  text: string;
  cell: string;
  /** The unit this amount is in (stated in the value, its label, its block or the table); null when undeclared. */
  unit: MoneyUnit | null;
  /** For 其中 items: the key of the amount this one is part of. */
  parent?: MoneyKey;
  /** Where the amount belongs the cell holds a column title instead (`金额(万元)`, the amounts listed below). */
  columnTitle?: string;
}

export interface Money {
  /** The unit the table declares (`金额单位:元`, `(万元)` labels, inline `250万`); null when undeclared. */
  unit: MoneyUnit | null;
  items: MoneyItem[];
}

/** One entry per target cell. Level names are as shown, with spaces and line breaks removed. */
export interface Indicator {
  level1: string;
  level2: string;
  level3: string;
  /** The target as text; split columns (指标性质 | 指标值 | 度量单位) composed into one (`≥95%`). */
  target: string;
  /** The target cell (for split columns, the 指标值 cell). */
  cell: string;
  /** 0-based sheet row of the target cell. */
  row: number;
  /** The cells the level names came from (the cell holding the text, after merges and inheritance). */
  levelCells: { level1?: string; level2?: string; level3?: string };
  /** Split columns, when the table has them. */
  split?: { operator: string; value: string; unit: string; operatorCell?: string; unitCell?: string };
  /** 权重 / 分值, when the table has such a column. */
  weight?: { value: number | null; text: string; cell: string };
  /** 指标方向性 (正向指标 / 反向指标), when present. */
  direction?: string;
  /** The header of the value column when a table has several (`预期2022年实现值`, a village, 年度 vs 长期). */
  column?: string;
  /** Other columns of the row by their header (绩效标准, 指标解释, 备注 …). */
  extra?: Record<string, string>;
}

/** A 二级 (or 一级) row with neither a 三级 name nor a target: a category left unfilled. */
export interface EmptyGroup {
  level1: string;
  level2: string;
  row: number;
  cell: string;
}

/** Something the recogniser could not read, and why. */
export interface Note {
  id: string;
  data?: Record<string, string | number>;
  cells?: string[];
}

/**
 * Which column of an indicator block holds what (0-based sheet columns), one entry per set of indicator columns
 * (side-by-side blocks such as 实施期 | 年度 give several). Read by edit planning (template insertion).
 */
export interface IndicatorColumns {
  level1?: number;
  level2?: number;
  level3?: number;
  /** Target columns (指标值; several for one value column per sub-project or village). */
  targets: number[];
  /** Split columns: 指标性质 (operator) and 度量单位 (unit). */
  operator?: number;
  unit?: number;
  /** 权重 / 分值. */
  weight?: number;
  /** 指标方向性 (正向指标 / 反向指标). */
  direction?: number;
  /** Other columns by their header (指标解释, 绩效标准, 备注, a history value column …). */
  extras: { col: number; label: string }[];
}

/** Where one indicator block of a table lies (0-based sheet rows) and its columns. */
export interface IndicatorBlock {
  /** The indicator header row (the first one of a two-row header). */
  headerRow: number;
  /** First and last row of the block's data (for a flat multi-project list: this project's rows). */
  firstRow: number;
  lastRow: number;
  columns: IndicatorColumns[];
}

export interface TargetTable {
  sheet: string;
  /** The table's extent, as an A1 range. */
  range: string;
  kind: TableKind;
  form: FormType;
  framework: Framework;
  year: number | null;
  title: string;
  fields: Partial<Record<FieldKey, Field>>;
  money: Money;
  indicators: Indicator[];
  emptyGroups: EmptyGroup[];
  /** The indicator header row's address range, when found. */
  indicatorHeader?: string;
  /** Declared weight total (`年度绩效目标(90分)`, `权重分值90分`), when stated. */
  declaredWeight?: number;
  /** The indicator blocks' rows and columns (中期 and 年度 blocks one below the other give two), when found. */
  indicatorBlocks?: IndicatorBlock[];
  /**
   * Cells of the header that read as labels the vocabulary does not know (`主管预算部门` before it was taught):
   * a field reported missing may be one of these.
   */
  unrecognisedLabels?: { text: string; cell: string }[];
  /** What the table's form asks of its header (vocabulary `forms`); the default form's list when absent. */
  requires?: Requirement[];
  notes: Note[];
}

export type Severity = 'error' | 'warning' | 'info';

/** A cell edit, compare-and-set: written only when the cell still holds `expected`. */
export interface CellEdit {
  sheet: string;
  cell: string;
  expected: string;
  value: string;
}

export interface Suggestion {
  messageId: string;
  data?: Record<string, string | number>;
  edits: CellEdit[];
}

/** A finding about a table or a sheet. Messages are by id, formatted per language (see i18n). */
export interface Finding {
  rule: string;
  severity: Severity;
  messageId: string;
  data?: Record<string, string | number>;
  sheet: string;
  /** Every cell the finding is about, A1 addresses within `sheet`. */
  cells: string[];
  /** Index of the table within its sheet's recognised tables, when the finding is about one. */
  table?: number;
  fix?: CellEdit[];
  suggestions?: Suggestion[];
}

/**
 * Whole rows to insert, before `beforeRow` (0-based, in the sheet as it was before the plan). Hosts insert entire
 * rows, so cells below move down with their formulas, and a merged area the new rows fall strictly inside grows
 * with them (Excel's behaviour). The new rows take the formats of `formatFromRow` (a neighbouring indicator row,
 * in the same coordinates; when it is at or below `beforeRow` it has moved down by `count` once the rows are in).
 */
export interface RowInsertion {
  sheet: string;
  beforeRow: number;
  count: number;
  formatFromRow: number;
}

/**
 * A change to merged areas, in the sheet as it is after the row insertions: `add` a merge, `extend` one down over
 * new rows (unmerge `from`, merge `range`: same top-left cell, so its label stays), or `unmerge` one (a merge split
 * around new rows is unmerged, then its parts are added). Listed unmerges first.
 */
export type MergeEdit =
  | { sheet: string; kind: 'add'; range: string }
  | { sheet: string; kind: 'extend'; from: string; range: string }
  | { sheet: string; kind: 'unmerge'; range: string };

/**
 * An edit of a sheet as data (a template insertion): apply `rowInsertions` in the order listed (bottom-up, so none
 * moves another), then `merges` in order, then `writes` (compare-and-set, cells as they are after the insertions;
 * every `expected` is '' — a plan never overwrites a filled cell). `notes` tell the user what was left to them
 * (rows skipped, 权重 left blank) or why nothing could be planned.
 */
export interface EditPlan {
  sheet: string;
  rowInsertions: RowInsertion[];
  merges: MergeEdit[];
  writes: CellEdit[];
  notes: Note[];
}
