/** Indicator templates, as loaded from catalogue.json (see catalogue.ts for the JSON shape and its validation). */
import type { Framework } from '../model';
import type { Lang } from '../i18n';

export type FrameworkId = Exclude<Framework, 'unknown'>;

/** Operators a template target may use. */
export type TemplateOperator = '≥' | '≤' | '=' | '>' | '<';

/**
 * A default target: a measured one (`operator` + the placeholder `**` the user replaces + `unit`, e.g. `≥**人`), or
 * a qualitative grade (`健全`, `良好`, `及时`). `typical` is the usual number, shown as a hint, never written.
 */
export type TargetPattern =
  | { operator: TemplateOperator; value: string; unit: string; typical?: string }
  | { grade: string };

/** A 二级 category of a framework, by canonical names (categoryKey): 产出 / 数量. */
export interface Placement {
  level1: string;
  level2: string;
}

/** One standard 三级 row, with where it goes in each framework it suits. */
export interface CatalogueRow {
  level3: string;
  target: TargetPattern;
  /** One-line 指标解释, written when the table has such a column. */
  explanation?: string;
  under: Partial<Record<FrameworkId, Placement>>;
}

/**
 * Rows to insert. `category`: the standard rows of one 二级; `block`: a whole 一级 block (shanghai-2020 投入与管理);
 * `sector`: a set of rows across 二级 for one kind of project (培训, 基建 …).
 */
export interface IndicatorTemplate {
  id: string;
  kind: 'category' | 'block' | 'sector';
  name: Record<Lang, string>;
  rows: CatalogueRow[];
}

/** One row of a blank table: cells from column A on, horizontal spans, vertical spans, and styling. */
export interface BlankRow {
  cells: string[];
  /** Horizontal merges within the row, as column spans `B:G`. */
  spans?: string[];
  /** Vertical merges starting on this row: column → number of rows. */
  down?: Record<string, number>;
  /** Bold cells: `true` for the whole row, or the columns. */
  bold?: boolean | string[];
  /** Thin borders on every cell of the row (columns A to the last column). */
  border?: boolean;
  align?: 'center' | 'left';
  wrap?: boolean;
  /** Row height in points. */
  height?: number;
}

/** The empty indicator tree: every 一级 with its 二级 (labels as the form writes them), one row per 二级. */
export interface BlankTree {
  tree: { level1: string; level2: string[] }[];
  /** Columns of 一级, 二级, 三级 and 指标值. */
  columns: { level1: string; level2: string; level3: string; target: string };
  /** What each tree row holds as its target until the user fills it (the checker flags it). */
  placeholder: string;
  /** Horizontal merges on every tree row (`D:G`: the target cell spans to the table's right edge). */
  spans?: string[];
  border?: boolean;
}

/** A blank whole table (the shanghai-2020 form, the national-2021 申报表), host-neutral. */
export interface TableTemplate {
  id: string;
  kind: 'table';
  framework: FrameworkId;
  name: Record<Lang, string>;
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  rows: (BlankRow | BlankTree)[];
}

export type CatalogueEntry = IndicatorTemplate | TableTemplate;

export interface TemplateCatalogue {
  version: 1;
  templates: CatalogueEntry[];
}

/** A row ready to insert into a table: a catalogue row placed for the table's framework (or placed by `where`). */
export interface TemplateRow {
  level3: string;
  target: TargetPattern;
  explanation?: string;
  /** Canonical 一级 / 二级 to insert under; absent: under the category the insertion point names. */
  level1?: string;
  level2?: string;
}
