/**
 * The reviewer's report of a batch (`ptcheck check --report out.xlsx|out.html`) as rows of text: one summary row
 * per file (project, unit, money, counts, verdict) and one row per finding (file, sheet, cell, severity, category,
 * message, rule). The writers (an .xlsx in src/node, HTML in html.ts) only lay these out.
 */
import type { Finding } from '../model';
import { type Catalogue, type Lang, translate } from '../i18n';
import { RULES_BY_ID } from '../rules';
import { type FileReport, fileCounts, type RunSummary, sortFindings, verdictOf } from './json';
import { cutText, messageOf } from './messages';
import { WORDS } from './wording';

export const REPORT_TEXT: Catalogue = {
  ...WORDS,
  title: { 'zh-CN': '绩效目标表批量校验报告', 'en-US': 'Performance target tables: batch check report' },
  summarySheet: { 'zh-CN': '汇总', 'en-US': 'Summary' },
  findingsSheet: { 'zh-CN': '问题清单', 'en-US': 'Findings' },
  colFile: { 'zh-CN': '文件', 'en-US': 'File' },
  colProject: { 'zh-CN': '项目名称', 'en-US': 'Project' },
  colUnit: { 'zh-CN': '单位', 'en-US': 'Unit' },
  colMoney: { 'zh-CN': '资金总额', 'en-US': 'Total amount' },
  colTables: { 'zh-CN': '表数', 'en-US': 'Tables' },
  colErrors: { 'zh-CN': '错误', 'en-US': 'Errors' },
  colWarnings: { 'zh-CN': '警告', 'en-US': 'Warnings' },
  colInfos: { 'zh-CN': '提示', 'en-US': 'Infos' },
  colVerdict: { 'zh-CN': '结论', 'en-US': 'Verdict' },
  colNote: { 'zh-CN': '说明', 'en-US': 'Note' },
  colSheet: { 'zh-CN': '工作表', 'en-US': 'Sheet' },
  moreTables: { 'zh-CN': '等 {n} 张表', 'en-US': 'and {n} more tables' },
  omitted: { 'zh-CN': '另有 {n} 个问题未列出（每个文件最多列出 {max} 个）', 'en-US': '{n} more findings not listed (at most {max} per file)' },
  settingsOff: { 'zh-CN': '文件自带的设置关闭了规则：{rules}（未采用）', 'en-US': "The file's own settings switch off: {rules} (not applied)" },
  totals: {
    'zh-CN': '{files} 个文件，{tables} 张表；可以发送 {ready} 个，有错误 {withErrors} 个，无法读取 {unreadable} 个；共 {errors} 个错误，{warnings} 个警告，{infos} 个提示',
    'en-US': '{files} files, {tables} tables; {ready} ready to send, {withErrors} with errors, {unreadable} unreadable; {errors} errors, {warnings} warnings, {infos} infos',
  },
  rowsCut: { 'zh-CN': '另有 {n} 个问题未列入本表（报告最多 {max} 行）：完整结果请用 --format json', 'en-US': '{n} more findings are not in this sheet (at most {max} rows): use --format json for all of them' },
  generated: { 'zh-CN': '由 ptcheck 生成于 {time}', 'en-US': 'Made by ptcheck on {time}' },
};

/** A string of the report in `lang`. */
export const reportString = (id: string, lang: Lang, data?: Record<string, string | number>): string => translate(REPORT_TEXT, id, lang, data);

/** The summary columns, in order (ids of REPORT_TEXT). */
export const SUMMARY_COLUMNS = ['colFile', 'colProject', 'colUnit', 'colMoney', 'colTables', 'colErrors', 'colWarnings', 'colInfos', 'colVerdict', 'colNote'] as const;
/** The finding columns, in order. */
export const FINDING_COLUMNS = ['colFile', 'colSheet', 'colCell', 'colSeverity', 'colCategory', 'colMessage', 'colRule'] as const;

/** One file's rows: its summary row (the counts as numbers) and a row per finding listed. */
export interface ReportFile {
  verdict: ReturnType<typeof verdictOf>;
  summary: (string | number)[];
  findings: string[][];
}

/** The report rows of one file. */
export function reportFile(f: FileReport, lang: Lang): ReportFile {
  const verdict = verdictOf(f);
  const tables = f.sheets.flatMap((s) => s.tables);
  const first = tables[0];
  const name = (t: (typeof tables)[number]) => t.fields.projectName?.value || t.title || '';
  let project = first ? name(first) : '';
  if (tables.length > 1) project = `${project} ${reportString('moreTables', lang, { n: tables.length })}`;
  const unit = first ? (first.fields.applicant ?? first.fields.implementer ?? first.fields.department)?.value ?? '' : '';
  const total = first?.money.items.find((m) => m.key === 'total') ?? first?.money.items.find((m) => m.key === 'annual');
  // The amount as written, with its unit when the text does not say it (`80` under 金额单位:万元 → `80 万元`).
  const money = total?.text ? (total.unit && !/[元万]/.test(total.text) ? `${total.text} ${total.unit}` : total.text) : '';
  const counts = fileCounts(f);
  const notes: string[] = [];
  if (f.error !== undefined) notes.push(f.error);
  else if (tables.length === 0) notes.push(reportString('noTableRead', lang));
  if (f.omitted) notes.push(reportString('omitted', lang, { n: f.omitted, max: f.sheets.reduce((n, s) => n + s.findings.length, 0) }));
  if (f.fileSettings?.rulesOff.length) notes.push(reportString('settingsOff', lang, { rules: f.fileSettings.rulesOff.join(', ') }));
  // An unreadable file has no counts: blank, not a misleading 0.
  const n = (x: number) => (verdict === 'unreadable' ? '' : x);
  const summary: (string | number)[] = [
    f.file,
    cutText(project, 200),
    cutText(unit, 200),
    money,
    n(tables.length),
    n(counts.errors),
    n(counts.warnings),
    n(counts.infos),
    reportString(verdict, lang),
    notes.join('；'),
  ];
  const findings: string[][] = [];
  for (const s of f.sheets) {
    for (const x of sortFindings(s.findings)) findings.push(findingRow(f.file, s.name, x, lang));
  }
  return { verdict, summary, findings };
}

function findingRow(file: string, sheet: string, f: Finding, lang: Lang): string[] {
  const category = RULES_BY_ID.get(f.rule)?.meta.tags[0] ?? 'structure';
  return [file, sheet, f.cells.join(', '), reportString(f.severity, lang), reportString(`tag.${category}`, lang), messageOf(f, lang), f.rule];
}

/** The closing line of a report: files, tables, ready, with errors, unreadable, and the finding counts. */
export function totalsLine(s: RunSummary, lang: Lang): string {
  return reportString('totals', lang, { ...s });
}
