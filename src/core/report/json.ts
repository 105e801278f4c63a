/**
 * The ptcheck JSON report, version 1 (docs/json-report.md). Other tools read it: fields are only ever added,
 * never renamed or removed.
 */
import type { Finding, Indicator, MoneyItem, Note, TargetTable } from '../model';
import type { SheetResult } from '../workbook';
import { type Lang, translate } from '../i18n';
import { RECOGNITION_MESSAGES } from '../messages';
import { messageOf } from './messages';

export interface FileReport {
  file: string;
  error?: string;
  errorCode?: string;
  timings?: { read: number; recognize: number; validate: number };
  sheets: SheetResult[];
}

export interface JsonReport {
  version: 1;
  files: unknown[];
  summary: { files: number; tables: number; errors: number; warnings: number; infos: number };
}

/** Counts of a set of files' findings. */
export function summarise(files: FileReport[]): JsonReport['summary'] {
  const summary = { files: files.length, tables: 0, errors: 0, warnings: 0, infos: 0 };
  for (const f of files) {
    for (const s of f.sheets) {
      summary.tables += s.tables.length;
      for (const x of s.findings) {
        if (x.severity === 'error') summary.errors++;
        else if (x.severity === 'warning') summary.warnings++;
        else summary.infos++;
      }
    }
  }
  return summary;
}

/** The version-1 JSON report of a run. */
export function jsonReport(files: FileReport[], lang: Lang): JsonReport {
  return {
    version: 1,
    files: files.map((f) => ({
      file: f.file,
      ...(f.error !== undefined ? { error: f.error, errorCode: f.errorCode } : {}),
      ...(f.timings ? { timings: f.timings } : {}),
      sheets: f.sheets.map((s) => ({
        name: s.name,
        tables: s.tables.map((t) => tableJson(t, lang)),
        findings: sortFindings(s.findings).map((x) => findingJson(x, lang)),
      })),
    })),
    summary: summarise(files),
  };
}

function tableJson(t: TargetTable, lang: Lang) {
  return {
    range: t.range,
    kind: t.kind,
    form: t.form,
    framework: t.framework,
    year: t.year,
    title: t.title,
    fields: t.fields,
    money: { unit: t.money.unit, items: t.money.items.map(moneyJson) },
    indicators: t.indicators.map(indicatorJson),
    emptyGroups: t.emptyGroups.map((g) => ({ level1: g.level1, level2: g.level2, cell: g.cell })),
    ...(t.indicatorHeader ? { indicatorHeader: t.indicatorHeader } : {}),
    ...(t.declaredWeight !== undefined ? { declaredWeight: t.declaredWeight } : {}),
    ...(t.unrecognisedLabels?.length ? { unrecognisedLabels: t.unrecognisedLabels } : {}),
    notes: t.notes.map((n) => noteJson(n, lang)),
  };
}

function moneyJson(m: MoneyItem) {
  return { key: m.key, label: m.label, value: m.value, text: m.text, cell: m.cell, unit: m.unit, ...(m.parent ? { parent: m.parent } : {}), ...(m.columnTitle ? { columnTitle: m.columnTitle } : {}) };
}

function indicatorJson(i: Indicator) {
  return {
    level1: i.level1,
    level2: i.level2,
    level3: i.level3,
    target: i.target,
    cell: i.cell,
    ...(i.column ? { column: i.column } : {}),
    ...(i.split ? { split: { operator: i.split.operator, value: i.split.value, unit: i.split.unit } } : {}),
    ...(i.weight ? { weight: i.weight.value, weightCell: i.weight.cell } : {}),
    ...(i.direction ? { direction: i.direction } : {}),
    ...(i.extra ? { extra: i.extra } : {}),
  };
}

function noteJson(n: Note, lang: Lang) {
  return { id: n.id, message: translate(RECOGNITION_MESSAGES, n.id, lang, n.data), cells: n.cells ?? [] };
}

function findingJson(f: Finding, lang: Lang) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: messageOf(f, lang),
    cells: f.cells,
    ...(f.table !== undefined ? { table: f.table } : {}),
    ...(f.fix ? { fix: f.fix.map(({ cell, expected, value }) => ({ cell, expected, value })) } : {}),
    ...(f.suggestions
      ? { suggestions: f.suggestions.map((s) => ({ message: messageOf({ ...f, messageId: s.messageId, data: s.data }, lang), edits: s.edits.map(({ cell, expected, value }) => ({ cell, expected, value })) })) }
      : {}),
  };
}

/** Findings in reading order of their first cell, or the top-left of a range (findings about no cell first). */
export function sortFindings(findings: Finding[]): Finding[] {
  const pos = (f: Finding) => {
    const m = /^([A-Z]+)(\d+)$/.exec((f.cells[0] ?? '').split(':')[0]);
    if (!m) return [-1, -1];
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return [Number(m[2]), col];
  };
  return [...findings].sort((a, b) => {
    const [ra, ca] = pos(a);
    const [rb, cb] = pos(b);
    return ra - rb || ca - cb || severityRank(a) - severityRank(b);
  });
}

function severityRank(f: Finding): number {
  return f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2;
}
