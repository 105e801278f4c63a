/**
 * Plain-text reports: `ptcheck inspect` (a tree of what was recognised) and `ptcheck check` (findings), one file
 * at a time so a batch can stream them. Every line is terminal-safe (terminal.ts); nothing here builds an array by
 * spreading another, so any number of findings prints.
 */
import type { Finding, TargetTable } from '../model';
import { type Catalogue, type Lang, translate } from '../i18n';
import { RECOGNITION_MESSAGES } from '../messages';
import { type FileReport, fileCounts, type RunSummary, sortFindings, summarise, verdictOf } from './json';
import { cutText, messageOf } from './messages';
import { terminalLine } from './terminal';
import { verdictSentence, word } from './wording';

const TEXT: Catalogue = {
  file: { 'zh-CN': '文件：{file}', 'en-US': 'File: {file}' },
  unreadable: { 'zh-CN': '  无法读取：{error}', 'en-US': '  Cannot read: {error}' },
  sheet: { 'zh-CN': '  工作表“{name}”', 'en-US': '  Sheet "{name}"' },
  noTable: { 'zh-CN': '    （没有绩效目标表）', 'en-US': '    (no target table)' },
  table: { 'zh-CN': '    表 {n}：{range}  {title}', 'en-US': '    Table {n}: {range}  {title}' },
  tableMeta: { 'zh-CN': '      {kind} · {framework} · {year}', 'en-US': '      {kind} · {framework} · {year}' },
  year: { 'zh-CN': '{year}年度', 'en-US': 'year {year}' },
  noYear: { 'zh-CN': '年度未写明', 'en-US': 'year not stated' },
  fields: { 'zh-CN': '      基本信息', 'en-US': '      Header fields' },
  money: { 'zh-CN': '      资金（单位：{unit}）', 'en-US': '      Money (unit: {unit})' },
  noUnit: { 'zh-CN': '未注明', 'en-US': 'not declared' },
  indicators: { 'zh-CN': '      绩效指标（{n} 项）', 'en-US': '      Indicators ({n})' },
  emptyGroup: { 'zh-CN': '（未填写）', 'en-US': '(not filled in)' },
  blank: { 'zh-CN': '（空）', 'en-US': '(blank)' },
  notes: { 'zh-CN': '      未能读取', 'en-US': '      Could not read' },
  unrecognised: { 'zh-CN': '      未能识别的栏目（可用 --vocabulary 词表说明）', 'en-US': '      Labels not understood (explain them with --vocabulary)' },
  findings: { 'zh-CN': '    发现的问题', 'en-US': '    Findings' },
  unreadableFile: { 'zh-CN': '无法检查：文件无法读取', 'en-US': 'Not checked: the file could not be read' },
  total: {
    'zh-CN': '合计：{files} 个文件，{tables} 张表；可以发送 {ready} 个，有错误 {withErrors} 个，无法读取 {unreadable} 个；共 {errors} 个错误，{warnings} 个警告，{infos} 个提示',
    'en-US': 'Total: {files} files, {tables} tables; {ready} ready to send, {withErrors} with errors, {unreadable} unreadable; {errors} errors, {warnings} warnings, {infos} infos',
  },
  omitted: {
    'zh-CN': '    另有 {n} 个问题未列出：每个文件最多列出 {max} 个（“每个文件问题数”上限）；上面的合计包含全部问题',
    'en-US': '    {n} more findings not listed: at most {max} are listed per file (the findings-per-file limit); the counts include them all',
  },
  settingsOff: {
    'zh-CN': '  注意：此文件保存了校验插件的设置，关闭了 {n} 条规则：{rules}。ptcheck 没有采用文件自带的设置，以上结果按全部规则检查',
    'en-US': "  Note: this file carries the add-in's own settings, which switch off {n} rules: {rules}. ptcheck did not apply the file's settings: the results above use all rules",
  },
  settingsLowered: {
    'zh-CN': '  注意：此文件保存的设置降低了 {n} 条规则的级别：{rules}（ptcheck 未采用）',
    'en-US': "  Note: this file's own settings lower the severity of {n} rules: {rules} (not applied by ptcheck)",
  },
  settingsIgnored: {
    'zh-CN': '  注意：此文件保存的设置忽略了 {n} 个问题（ptcheck 未采用，这些问题照常列出）',
    'en-US': "  Note: this file's own settings ignore {n} findings (not applied by ptcheck: they are listed as usual)",
  },
  settingsUnreadable: {
    'zh-CN': '  注意：此文件保存了校验插件的设置，但无法读取（ptcheck 按全部规则检查）',
    'en-US': "  Note: this file carries the add-in's settings, but they cannot be read (ptcheck checks by all rules)",
  },
};

const t = (id: string, lang: Lang, data?: Record<string, string | number>) => translate(TEXT, id, lang, data);

/** `ptcheck inspect`: what was recognised, as a readable tree. */
export function inspectText(files: FileReport[], lang: Lang): string {
  return files.map((f) => inspectFileText(f, lang) + '\n').join('\n');
}

/** One file's part of `ptcheck inspect`. */
export function inspectFileText(f: FileReport, lang: Lang): string {
  const out: string[] = [t('file', lang, { file: f.file })];
  if (f.error !== undefined) {
    out.push(t('unreadable', lang, { error: f.error }));
    return safeLines(out);
  }
  for (const s of f.sheets) {
    out.push(t('sheet', lang, { name: s.name }));
    if (s.tables.length === 0) out.push(t('noTable', lang));
    s.tables.forEach((table, i) => append(out, tableTree(table, i, lang, s.tables)));
    const lines = findingLines(s.findings, lang);
    if (lines.length) {
      out.push(t('findings', lang));
      append(out, lines);
    }
  }
  appendFileNotes(out, f, lang);
  return safeLines(out);
}

/**
 * What a table is called in the text: its title, or its project's name where the sheet's tables share one title (a
 * flat multi-project export, whose every table would otherwise be called by the sheet's heading).
 */
export function tableTitle(table: TargetTable, sheetTables: readonly TargetTable[]): string {
  const project = table.fields.projectName?.value;
  const shared = !!table.title && sheetTables.some((other) => other !== table && other.title === table.title);
  return (shared && project) || table.title || project || '';
}

function tableTree(table: TargetTable, i: number, lang: Lang, sheetTables: readonly TargetTable[]): string[] {
  const out: string[] = [];
  out.push(t('table', lang, { n: i + 1, range: table.range, title: oneLine(tableTitle(table, sheetTables)) }));
  out.push(
    t('tableMeta', lang, {
      kind: translate(RECOGNITION_MESSAGES, `kind.${table.kind}`, lang),
      framework: translate(RECOGNITION_MESSAGES, `framework.${table.framework}`, lang),
      year: table.year !== null ? t('year', lang, { year: table.year }) : t('noYear', lang),
    }),
  );
  const fields = Object.values(table.fields);
  if (fields.length) {
    out.push(t('fields', lang));
    for (const f of fields) out.push(`        ${oneLine(f!.label).replace(/[:：]$/, '')}  ${f!.cell}  ${oneLine(f!.value) || t('blank', lang)}`);
  }
  if (table.money.items.length) {
    out.push(t('money', lang, { unit: table.money.unit ?? t('noUnit', lang) }));
    for (const m of table.money.items) out.push(`        ${oneLine(m.label).replace(/[:：]$/, '')} [${m.key}]  ${m.cell}  ${oneLine(m.text) || t('blank', lang)}`);
  }
  if (table.unrecognisedLabels?.length) {
    out.push(t('unrecognised', lang));
    for (const u of table.unrecognisedLabels) out.push(`        ${u.text}  ${u.cell}`);
  }
  out.push(t('indicators', lang, { n: table.indicators.length }));
  let l1 = '\u0000';
  let l2 = '\u0000';
  const rows = [...table.indicators.map((x) => ({ ...x, empty: false })), ...table.emptyGroups.map((g) => ({ ...g, level3: '', target: '', empty: true }))].sort((a, b) => a.row - b.row);
  for (const x of rows) {
    if (x.level1 !== l1) {
      out.push(`        ${oneLine(x.level1) || t('blank', lang)}`);
      l1 = x.level1;
      l2 = '\u0000';
    }
    if (x.level2 !== l2) {
      out.push(`          ${oneLine(x.level2) || t('blank', lang)}${x.empty ? ' ' + t('emptyGroup', lang) : ''}`);
      l2 = x.level2;
    }
    if (!x.empty) out.push(`            ${oneLine(x.level3) || t('blank', lang)}  ${x.cell}  ${oneLine(x.target) || t('blank', lang)}`);
  }
  if (table.notes.length) {
    out.push(t('notes', lang));
    for (const n of table.notes) out.push(`        ${n.cells?.length ? n.cells.join(',') + '  ' : ''}${translate(RECOGNITION_MESSAGES, n.id, lang, n.data)}`);
  }
  return out;
}

function findingLines(findings: Finding[], lang: Lang, indent = '      '): string[] {
  const out: string[] = [];
  for (const f of sortFindings(findings)) out.push(`${indent}${(f.cells[0] ?? '-').padEnd(5)} ${word(f.severity, lang)}  ${messageOf(f, lang)}  [${f.rule}]`);
  return out;
}

/** `ptcheck check`: per file and table, findings by position with the cell first, and whether it is ready to send. */
export function checkText(files: FileReport[], lang: Lang): string {
  const parts = files.map((f) => checkFileText(f, lang) + '\n');
  if (files.length > 1) parts.push(summaryText(summarise(files), lang));
  return parts.join('\n');
}

/** One file's part of `ptcheck check`, its verdict last. */
export function checkFileText(f: FileReport, lang: Lang): string {
  const out: string[] = [t('file', lang, { file: f.file })];
  if (f.error !== undefined) {
    out.push(t('unreadable', lang, { error: f.error }));
    out.push('  ' + t('unreadableFile', lang));
    return safeLines(out);
  }
  for (const s of f.sheets) {
    if (s.tables.length === 0 && s.findings.length === 0) continue;
    out.push(t('sheet', lang, { name: s.name }));
    // Findings grouped by table in one pass (a filter per table would be quadratic on many tables).
    const byTable = new Map<number | undefined, Finding[]>();
    for (const x of s.findings) {
      const list = byTable.get(x.table);
      if (list) list.push(x);
      else byTable.set(x.table, [x]);
    }
    s.tables.forEach((table, i) => {
      out.push(t('table', lang, { n: i + 1, range: table.range, title: oneLine(tableTitle(table, s.tables)) }));
      append(out, findingLines(byTable.get(i) ?? [], lang, '      '));
    });
    append(out, findingLines(byTable.get(undefined) ?? [], lang, '    '));
  }
  if (f.omitted) out.push(t('omitted', lang, { n: f.omitted.toLocaleString('en-US'), max: listedFindings(f).toLocaleString('en-US') }));
  appendFileNotes(out, f, lang);
  const counts = fileCounts(f);
  const verdict = verdictOf(f);
  out.push('  ' + verdictSentence(verdict === 'ready', counts, lang, verdict === 'ready' || counts.errors > 0));
  return safeLines(out);
}

/** The closing summary of a run: files, tables, ready to send, with errors, unreadable. */
export function summaryText(summary: RunSummary, lang: Lang): string {
  return t('total', lang, { ...summary });
}

/** What the file's own settings would switch off, said plainly (they are never applied by the CLI). */
function appendFileNotes(out: string[], f: FileReport, lang: Lang): void {
  const s = f.fileSettings;
  if (!s) return;
  if (s.unreadable) out.push(t('settingsUnreadable', lang));
  const list = (ids: string[]) => ids.join(lang === 'zh-CN' ? '、' : ', ');
  if (s.rulesOff.length) out.push(t('settingsOff', lang, { n: s.rulesOff.length, rules: list(s.rulesOff) }));
  if (s.rulesLowered.length) out.push(t('settingsLowered', lang, { n: s.rulesLowered.length, rules: list(s.rulesLowered.map((r) => `${r.rule}→${r.severity}`)) }));
  if (s.ignored) out.push(t('settingsIgnored', lang, { n: s.ignored }));
}

function listedFindings(f: FileReport): number {
  return f.sheets.reduce((n, s) => n + s.findings.length, 0);
}

function append(out: string[], lines: readonly string[]): void {
  for (const line of lines) out.push(line);
}

/** The lines joined, each made terminal-safe: cell text, sheet and file names come from the file. */
function safeLines(lines: string[]): string {
  return lines.map(terminalLine).join('\n');
}

function oneLine(s: string): string {
  return cutText(s.replace(/\s+/g, ' '), 40);
}
