/** What the pane shows, derived from a check outcome: findings grouped by table then severity, cells to highlight. */

import type { Finding, Severity, TargetTable } from '../core/model';
import type { Tag } from '../core/rules';
import type { CheckOutcome } from '../core/outcome';
import type { HighlightCell } from '../hosts/host';

/** The category order of rule settings: targets first, as the rules are ordered (domain.md §6). */
export const CATEGORY_ORDER: readonly Tag[] = ['target', 'structure', 'money', 'header'];

/** Severities, most severe first: the order of the list within each table. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface TableGroup {
  /** Index of the table in the sheet, or undefined for findings about the sheet as a whole. */
  index: number | undefined;
  table: TargetTable | undefined;
  severities: SeverityGroup[];
}

/** A table's name for people: its 项目名称, else its title. */
export function tableName(table: TargetTable | undefined): string {
  return table?.fields.projectName?.value || table?.title || '';
}

/**
 * Findings by table (in sheet order, sheet-wide ones last), then by severity — errors first, so a table's two
 * errors are its first two items, not items 14 and 16 — in reading order within each. `only`: one severity.
 */
export function groupFindings(findings: Finding[], tables: TargetTable[], only: Severity | null = null): TableGroup[] {
  const byTable = new Map<number | undefined, Finding[]>();
  for (const f of findings) {
    if (only && f.severity !== only) continue;
    const index = f.table !== undefined && f.table < tables.length ? f.table : undefined;
    const list = byTable.get(index);
    if (list) list.push(f);
    else byTable.set(index, [f]);
  }
  const keys = [...byTable.keys()].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return keys.map((index) => {
    const mine = byTable.get(index)!;
    const severities = SEVERITY_ORDER.map((severity) => ({ severity, findings: mine.filter((f) => f.severity === severity) })).filter((g) => g.findings.length > 0);
    return { index, table: index === undefined ? undefined : tables[index], severities };
  });
}

/** One row of the finding list as drawn: a table's heading, a severity's heading, or a finding. */
export type ListRow =
  | { kind: 'table'; key: string; group: TableGroup }
  | { kind: 'severity'; key: string; group: TableGroup; severity: Severity; count: number }
  | { kind: 'finding'; key: string; group: TableGroup; severity: Severity; finding: Finding; position: number; setSize: number };

/** The groups as the rows the list draws, in order (the list draws only those in view). */
export function listRows(groups: TableGroup[]): ListRow[] {
  const rows: ListRow[] = [];
  for (const group of groups) {
    const g = group.index ?? 'sheet';
    rows.push({ kind: 'table', key: `t${g}`, group });
    for (const s of group.severities) {
      rows.push({ kind: 'severity', key: `t${g}:${s.severity}`, group, severity: s.severity, count: s.findings.length });
      s.findings.forEach((finding, i) =>
        rows.push({ kind: 'finding', key: `t${g}:${s.severity}:${findingKey(finding)}#${i}`, group, severity: s.severity, finding, position: i + 1, setSize: s.findings.length }),
      );
    }
  }
  return rows;
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
