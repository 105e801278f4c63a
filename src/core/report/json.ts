/**
 * The ptcheck JSON report, version 1 (docs/json-report.md). Other tools read it: fields are only ever added,
 * never renamed or removed.
 */
import type { Finding, Indicator, MoneyItem, Note, TargetTable } from '../model';
import type { SheetResult } from '../check/workbook';
import { type Lang, translate } from '../i18n';
import { RECOGNITION_MESSAGES } from '../messages';
import { messageOf } from './messages';

export interface FileReport {
  file: string;
  error?: string;
  errorCode?: string;
  /** With `error`: the limit that refused the file (docs/cli.md), when one did. */
  limit?: string;
  timings?: { read: number; recognize: number; validate: number };
  sheets: SheetResult[];
  /** The file's real counts when its findings were cut to the per-file limit (`sheets` then lists fewer). */
  counts?: FindingCounts;
  /** How many findings were left out of `sheets` by the per-file limit. */
  omitted?: number;
  /** Checker settings stored in the workbook by the add-in, and what they would silence. */
  fileSettings?: FileSettingsNote;
}

/** The add-in's settings found in a file: what they switch off, and whether this run applied them. */
export interface FileSettingsNote {
  /** Rules the settings switch off. */
  rulesOff: string[];
  /** Rules the settings lower to a milder severity. */
  rulesLowered: { rule: string; severity: string }[];
  /** Findings the settings ignore (accepted by the user who saved the file). */
  ignored: number;
  /** True when the settings were stored but could not be read. */
  unreadable?: boolean;
  /** Whether this run applied them (ptcheck never does: a reviewer checks by its own configuration). */
  applied: boolean;
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** What a file comes to: ready to send, not (errors, or no table), or not read at all. */
export type Verdict = 'ready' | 'not-ready' | 'unreadable';

/** Totals of a run. `files` … `infos` are the original version-1 fields; the rest were added within version 1. */
export interface RunSummary {
  files: number;
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files ready to send (no error, at least one table). */
  ready: number;
  /** Files read with errors found (including "no table found"). */
  withErrors: number;
  /** Files that could not be read. */
  unreadable: number;
}

export interface JsonReport {
  version: 1;
  files: unknown[];
  summary: RunSummary;
}

/** The counts of one file's findings (its real ones when the list was cut). */
export function fileCounts(f: FileReport): FindingCounts {
  if (f.counts) return { ...f.counts };
  const c = { errors: 0, warnings: 0, infos: 0 };
  for (const s of f.sheets) {
    for (const x of s.findings) {
      if (x.severity === 'error') c.errors++;
      else if (x.severity === 'warning') c.warnings++;
      else c.infos++;
    }
  }
  return c;
}

/** Ready to send means read, at least one table, and no error: a file with no readable table never is. */
export function verdictOf(f: FileReport): Verdict {
  if (f.error !== undefined) return 'unreadable';
  const tables = f.sheets.reduce((n, s) => n + s.tables.length, 0);
  return tables > 0 && fileCounts(f).errors === 0 ? 'ready' : 'not-ready';
}

/** An empty run summary, to add files to one at a time (`addToSummary`). */
export function emptySummary(): RunSummary {
  return { files: 0, tables: 0, errors: 0, warnings: 0, infos: 0, ready: 0, withErrors: 0, unreadable: 0 };
}

/** Add one file to a run summary (in place). */
export function addToSummary(summary: RunSummary, f: FileReport): RunSummary {
  const c = fileCounts(f);
  summary.files++;
  summary.tables += f.sheets.reduce((n, s) => n + s.tables.length, 0);
  summary.errors += c.errors;
  summary.warnings += c.warnings;
  summary.infos += c.infos;
  const v = verdictOf(f);
  if (v === 'ready') summary.ready++;
  else if (v === 'unreadable') summary.unreadable++;
  else summary.withErrors++;
  return summary;
}

/** Counts of a set of files' findings. */
export function summarise(files: FileReport[]): RunSummary {
  const summary = emptySummary();
  for (const f of files) addToSummary(summary, f);
  return summary;
}

/** The version-1 JSON report of a run. */
export function jsonReport(files: FileReport[], lang: Lang): JsonReport {
  return { version: 1, files: files.map((f) => fileJson(f, lang)), summary: summarise(files) };
}

/** One file's entry in the version-1 JSON report (the CLI streams these one by one). */
export function fileJson(f: FileReport, lang: Lang): Record<string, unknown> {
  return {
    file: f.file,
    ...(f.error !== undefined ? { error: f.error, errorCode: f.errorCode, ...(f.limit ? { limit: f.limit } : {}) } : {}),
    ...(f.timings ? { timings: f.timings } : {}),
    sheets: f.sheets.map((s) => ({
      name: s.name,
      tables: s.tables.map((t) => tableJson(t, lang)),
      findings: sortFindings(s.findings).map((x) => findingJson(x, lang)),
    })),
    verdict: verdictOf(f),
    ...(f.omitted ? { findingsOmitted: f.omitted, counts: fileCounts(f) } : {}),
    ...(f.fileSettings ? { fileSettings: f.fileSettings } : {}),
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

/** Findings in reading order of their first cell, or the top-left of a range (findings about no cell first), then by severity. */
export function sortFindings(findings: Finding[]): Finding[] {
  // Keys computed once: a comparator that parses addresses is too slow for a file with 100,000 findings.
  const keyed = findings.map((f, i) => ({ f, i, ...position((f.cells[0] ?? '').split(':')[0]) }));
  keyed.sort((a, b) => a.row - b.row || a.col - b.col || severityRank(a.f) - severityRank(b.f) || a.i - b.i);
  return keyed.map((k) => k.f);
}

function position(cell: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return { row: -1, col: -1 };
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

function severityRank(f: Finding): number {
  return f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2;
}
