/** What the pane shows, derived from a check outcome: findings grouped by table then category, cells to highlight. */

import type { Finding, Severity, TargetTable } from '../core/model';
import type { Tag } from '../core/rules';
import { categoryOf, type CheckOutcome } from '../core/session';
import type { HighlightCell } from '../hosts/host';

/** The category order of the list: targets first, as the rules are ordered (domain.md §6). */
export const CATEGORY_ORDER: readonly Tag[] = ['target', 'structure', 'money', 'header'];

export interface CategoryGroup {
  category: Tag;
  findings: Finding[];
}

export interface TableGroup {
  /** Index of the table in the sheet, or undefined for findings about the sheet as a whole. */
  index: number | undefined;
  table: TargetTable | undefined;
  categories: CategoryGroup[];
}

/** A table's name for people: its 项目名称, else its title. */
export function tableName(table: TargetTable | undefined): string {
  return table?.fields.projectName?.value || table?.title || '';
}

/** Findings by table (in sheet order, sheet-wide ones last), then by category; reading order kept inside each. */
export function groupFindings(findings: Finding[], tables: TargetTable[]): TableGroup[] {
  const keys: (number | undefined)[] = [...tables.map((_, i) => i), undefined];
  const groups: TableGroup[] = [];
  for (const index of keys) {
    const mine = findings.filter((f) => f.table === index || (index === undefined && (f.table === undefined || f.table >= tables.length)));
    if (mine.length === 0) continue;
    const categories = CATEGORY_ORDER.map((category) => ({ category, findings: mine.filter((f) => categoryOf(f) === category) })).filter(
      (g) => g.findings.length > 0,
    );
    groups.push({ index, table: index === undefined ? undefined : tables[index], categories });
  }
  return groups;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** One highlight per cell, coloured by the most severe finding on it. */
export function highlightCells(findings: Finding[]): HighlightCell[] {
  const byCell = new Map<string, Severity>();
  for (const f of findings) {
    for (const cell of f.cells) {
      const seen = byCell.get(cell);
      if (!seen || RANK[f.severity] > RANK[seen]) byCell.set(cell, f.severity);
    }
  }
  return [...byCell].map(([cell, severity]) => ({ cell, severity }));
}

/** A stable identity for a finding within one outcome (rule, message and cells), for React keys and focus. */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.messageId}|${f.sheet}|${f.cells.join(',')}|${f.table ?? ''}`;
}

/** Counts of 三级 indicators per 一级, in the table's order. */
export function indicatorCounts(table: TargetTable): { level1: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const ind of table.indicators) counts.set(ind.level1, (counts.get(ind.level1) ?? 0) + 1);
  return [...counts].map(([level1, count]) => ({ level1, count }));
}

/** True when the outcome found no table at all: the pane shows its empty state instead of a list. */
export function noTable(outcome: CheckOutcome): boolean {
  return outcome.sheet.tables.length === 0;
}
