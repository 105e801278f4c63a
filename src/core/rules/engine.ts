/** Run the configured rules on a recognised table. */
import type { Finding, Indicator, Severity, TargetTable } from '../model';
import { parseTarget, type ParsedTarget } from '../target';
import type { ActiveRule } from './config';
import type { RuleContext } from './rule';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * parseTarget depends on the text alone, and sheets repeat their targets (`≥95%`, `=100%` in every table): each text
 * is parsed once and the result shared by every rule of every check, frozen so that no rule can change it for the
 * next. Bounded: emptied when full.
 */
const PARSED = new Map<string, ParsedTarget>();
const PARSED_MAX = 20_000;

function parsedTarget(text: string): ParsedTarget {
  let p = PARSED.get(text);
  if (!p) {
    if (PARSED.size >= PARSED_MAX) PARSED.clear();
    p = parseTarget(text);
    for (const problem of p.problems) Object.freeze(Object.freeze(problem).data);
    Object.freeze(p.problems);
    if (p.period) Object.freeze(p.period);
    PARSED.set(text, Object.freeze(p));
  }
  return p;
}

/** Findings of `rules` on one table. A rule never sees another rule's findings, and never changes the table. */
export function runRules(table: TargetTable, sheet: string, tableIndex: number, rules: ActiveRule[]): Finding[] {
  if (table.kind !== 'target') return [];
  const findings: Finding[] = [];
  // The target is the text as shown (a percent-formatted 0.95 is `95%`); split columns come composed.
  const parsed = (i: Indicator) => parsedTarget(i.target);
  for (const { rule, severity, options } of rules) {
    const context: RuleContext = {
      table,
      options,
      parsed,
      report: (r) => {
        const f: Finding = {
          rule: rule.meta.id,
          // A report may lower its rule's severity for a milder case, never raise it above what is configured.
          severity: r.severity && RANK[r.severity] < RANK[severity] ? r.severity : severity,
          messageId: r.messageId,
          sheet,
          cells: r.cells,
          table: tableIndex,
        };
        if (r.data) f.data = r.data;
        if (r.fix?.length) f.fix = r.fix.map((e) => ({ sheet, ...e }));
        if (r.suggestions?.length) f.suggestions = r.suggestions.map((s) => ({ messageId: s.messageId, data: s.data, edits: s.edits.map((e) => ({ sheet, ...e })) }));
        findings.push(f);
      },
    };
    rule.check(context);
  }
  return findings;
}
