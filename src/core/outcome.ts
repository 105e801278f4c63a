/**
 * What the task pane does with a sheet, as pure functions: check it under the workbook's settings, set aside the
 * findings the user ignored, collect the safe autofixes, and write the report (clipboard text, report sheet).
 */
import type { CellEdit, Finding, TargetTable } from './model';
import type { SheetSnapshot } from './snapshot';
import type { IgnoredFinding, silencedRules } from './settings';
import { type Lang, translate, type Catalogue } from './i18n';
import type { SheetResult } from './check/workbook';
import { cellText } from './cells';
import { RULES_BY_ID, type Tag } from './rules';
import { messageOf } from './report/messages';
import { verdictSentence, WORDS } from './report/wording';

export interface CheckOutcome {
  sheet: SheetResult;
  /** Findings to show, in reading order. */
  findings: Finding[];
  /** Findings the user ignored whose cell still holds the ignored value. */
  ignored: Finding[];
  counts: { errors: number; warnings: number; infos: number };
  /** No error left: the table can be emailed. */
  ready: boolean;
  /**
   * Rules the workbook's own settings switch off or lower. Settings travel with the file, so the next person to
   * check it gets them too: every summary says so (`silencedText`).
   */
  silenced: ReturnType<typeof silencedRules>;
}

// Checking lives in check/sheet.ts, apart from the report helpers here: a page that only shows findings (the task
// pane before its first check) does not carry the recogniser.
export { checkSheet, isIgnored } from './check/sheet';
export { ignores } from './check/ignore';
export { cellText } from './cells';

/** The settings entry that ignores `f` while its cells keep their current values. */
export function ignoreEntry(f: Finding, snapshot: SheetSnapshot): IgnoredFinding {
  const cell = f.cells[0] ?? '';
  const entry: IgnoredFinding = { rule: f.rule, sheet: f.sheet, cell, value: cellText(snapshot, cell) };
  if (f.cells.length > 1) entry.values = f.cells.map((c) => cellText(snapshot, c));
  return entry;
}

/** Every autofix of the findings, one edit per cell: a cell two fixes disagree on is left alone. */
export function safeFixes(findings: Finding[]): CellEdit[] {
  const byCell = new Map<string, CellEdit | null>();
  for (const f of findings) {
    for (const e of f.fix ?? []) {
      const key = `${e.sheet}!${e.cell}`;
      const seen = byCell.get(key);
      if (seen === undefined) byCell.set(key, e);
      else if (seen && (seen.value !== e.value || seen.expected !== e.expected)) byCell.set(key, null);
    }
  }
  return [...byCell.values()].filter((e): e is CellEdit => e !== null);
}

/** The pane's category of a finding: 目标值 / 结构 / 资金 / 基本信息 (recognition findings are structure). */
export function categoryOf(f: Finding): Tag {
  return RULES_BY_ID.get(f.rule)?.meta.tags[0] ?? 'structure';
}

const REPORT: Catalogue = {
  ...WORDS,
  result: { 'zh-CN': '结论：{verdict}', 'en-US': 'Result: {verdict}' },
  title: { 'zh-CN': '绩效目标表校验报告', 'en-US': 'Performance target table check report' },
  sheet: { 'zh-CN': '工作表：{name}', 'en-US': 'Sheet: {name}' },
  table: { 'zh-CN': '表 {n}：{name}（{range}）', 'en-US': 'Table {n}: {name} ({range})' },
  noTable: { 'zh-CN': '结论：没有找到绩效目标表', 'en-US': 'Result: no performance-target table found' },
  silencedOff: {
    'zh-CN': '注意：本工作簿保存的校验设置关闭了 {n} 条规则（{rules}），这些规则发现的问题不会列出',
    'en-US': "Note: this workbook's own settings switch off {n} rules ({rules}); what they would find is not listed",
  },
  silencedLowered: {
    'zh-CN': '注意：本工作簿保存的校验设置降低了 {n} 条规则的级别（{rules}）',
    'en-US': "Note: this workbook's own settings lower the severity of {n} rules ({rules})",
  },
  ignored: { 'zh-CN': '已忽略 {n} 个问题', 'en-US': '{n} findings ignored' },
  colTable: { 'zh-CN': '表', 'en-US': 'Table' },
};

/** A UI string of the report, exported for the pane to share the wording. */
export const reportText = (id: string, lang: Lang, data?: Record<string, string | number>): string => translate(REPORT, id, lang, data);

function tableName(t: TargetTable | undefined): string {
  return t?.fields.projectName?.value || t?.title || '';
}

function summaryLine(o: CheckOutcome, lang: Lang): string {
  if (o.sheet.tables.length === 0) return reportText('noTable', lang);
  return reportText('result', lang, { verdict: verdictSentence(o.ready, o.counts, lang) });
}

/** What the workbook's own settings silence, one sentence each; empty when they silence nothing. */
export function silencedText(o: Pick<CheckOutcome, 'silenced'>, lang: Lang): string[] {
  const list = (ids: string[]) => ids.join(lang === 'zh-CN' ? '、' : ', ');
  const out: string[] = [];
  if (o.silenced.off.length) out.push(reportText('silencedOff', lang, { n: o.silenced.off.length, rules: list(o.silenced.off) }));
  if (o.silenced.lowered.length) {
    const rules = o.silenced.lowered.map((x) => `${x.rule} → ${reportText(x.severity, lang)}`);
    out.push(reportText('silencedLowered', lang, { n: rules.length, rules: list(rules) }));
  }
  return out;
}

/** The plain-text report for an email body: a summary line, then one line per finding with its cell first. */
export function emailReport(o: CheckOutcome, lang: Lang): string {
  const lines = [reportText('title', lang), reportText('sheet', lang, { name: o.sheet.name }), summaryLine(o, lang), ...silencedText(o, lang), ''];
  o.sheet.tables.forEach((t, i) => {
    const mine = o.findings.filter((f) => f.table === i);
    lines.push(reportText('table', lang, { n: i + 1, name: tableName(t), range: t.range }));
    for (const f of mine) lines.push(`  ${f.cells[0] ?? '-'}  ${reportText(f.severity, lang)}  ${messageOf(f, lang)}`);
  });
  for (const f of o.findings.filter((x) => x.table === undefined)) lines.push(`${f.cells[0] ?? '-'}  ${reportText(f.severity, lang)}  ${messageOf(f, lang)}`);
  if (o.ignored.length) lines.push('', reportText('ignored', lang, { n: o.ignored.length }));
  return lines.join('\n');
}

/** The rows of a 校验报告 sheet: a title, the summary, a header row, then one row per finding. */
export function reportSheetRows(o: CheckOutcome, lang: Lang): string[][] {
  const rows: string[][] = [[reportText('title', lang)], [reportText('sheet', lang, { name: o.sheet.name })], [summaryLine(o, lang)], ...silencedText(o, lang).map((line) => [line]), []];
  rows.push(['colTable', 'colCell', 'colSeverity', 'colCategory', 'colMessage', 'colRule'].map((id) => reportText(id, lang)));
  for (const f of o.findings) {
    rows.push([
      f.table !== undefined ? String(f.table + 1) : '',
      f.cells.join(', '),
      reportText(f.severity, lang),
      reportText(`tag.${categoryOf(f)}`, lang),
      messageOf(f, lang),
      f.rule,
    ]);
  }
  return rows;
}
