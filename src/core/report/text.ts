/** Plain-text reports: `ptcheck inspect` (a tree of what was recognised) and `ptcheck check` (findings). */
import type { Finding, TargetTable } from '../model';
import { type Catalogue, type Lang, translate } from '../i18n';
import { RECOGNITION_MESSAGES } from '../messages';
import { type FileReport, sortFindings, summarise } from './json';
import { messageOf } from './messages';

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
  error: { 'zh-CN': '错误', 'en-US': 'error' },
  warning: { 'zh-CN': '警告', 'en-US': 'warning' },
  info: { 'zh-CN': '提示', 'en-US': 'info' },
  ready: { 'zh-CN': '可以发送：没有错误（{warnings} 个警告，{infos} 个提示）', 'en-US': 'Ready to send: no errors ({warnings} warnings, {infos} infos)' },
  notReady: { 'zh-CN': '还不能发送：{errors} 个错误，{warnings} 个警告，{infos} 个提示', 'en-US': 'Not ready to send: {errors} errors, {warnings} warnings, {infos} infos' },
  unreadableFile: { 'zh-CN': '无法检查：文件无法读取', 'en-US': 'Not checked: the file could not be read' },
  total: { 'zh-CN': '合计：{files} 个文件，{tables} 张表，{errors} 个错误，{warnings} 个警告，{infos} 个提示', 'en-US': 'Total: {files} files, {tables} tables, {errors} errors, {warnings} warnings, {infos} infos' },
};

const t = (id: string, lang: Lang, data?: Record<string, string | number>) => translate(TEXT, id, lang, data);

/** `ptcheck inspect`: what was recognised, as a readable tree. */
export function inspectText(files: FileReport[], lang: Lang): string {
  const out: string[] = [];
  for (const f of files) {
    out.push(t('file', lang, { file: f.file }));
    if (f.error !== undefined) {
      out.push(t('unreadable', lang, { error: f.error }));
      continue;
    }
    for (const s of f.sheets) {
      out.push(t('sheet', lang, { name: s.name }));
      if (s.tables.length === 0) out.push(t('noTable', lang));
      s.tables.forEach((table, i) => out.push(...tableTree(table, i, lang)));
      out.push(...findingLines(s.findings, lang));
    }
    out.push('');
  }
  return out.join('\n');
}

function tableTree(table: TargetTable, i: number, lang: Lang): string[] {
  const out: string[] = [];
  out.push(t('table', lang, { n: i + 1, range: table.range, title: table.title }));
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
    for (const f of fields) out.push(`        ${f!.label.replace(/[:：]$/, '')}  ${f!.cell}  ${oneLine(f!.value) || t('blank', lang)}`);
  }
  if (table.money.items.length) {
    out.push(t('money', lang, { unit: table.money.unit ?? t('noUnit', lang) }));
    for (const m of table.money.items) out.push(`        ${m.label.replace(/[:：]$/, '')} [${m.key}]  ${m.cell}  ${m.text || t('blank', lang)}`);
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
      out.push(`        ${x.level1 || t('blank', lang)}`);
      l1 = x.level1;
      l2 = '\u0000';
    }
    if (x.level2 !== l2) {
      out.push(`          ${x.level2 || t('blank', lang)}${x.empty ? ' ' + t('emptyGroup', lang) : ''}`);
      l2 = x.level2;
    }
    if (!x.empty) out.push(`            ${x.level3 || t('blank', lang)}  ${x.cell}  ${x.target || t('blank', lang)}`);
  }
  if (table.notes.length) {
    out.push(t('notes', lang));
    for (const n of table.notes) out.push(`        ${n.cells?.length ? n.cells.join(',') + '  ' : ''}${translate(RECOGNITION_MESSAGES, n.id, lang, n.data)}`);
  }
  return out;
}

function findingLines(findings: Finding[], lang: Lang, indent = '      '): string[] {
  if (findings.length === 0) return [];
  return [t('findings', lang), ...sortFindings(findings).map((f) => `${indent}${(f.cells[0] ?? '-').padEnd(5)} ${t(f.severity, lang)}  ${messageOf(f, lang)}  [${f.rule}]`)];
}

/** `ptcheck check`: per file and table, findings by position with the cell first, and whether it is ready to send. */
export function checkText(files: FileReport[], lang: Lang): string {
  const out: string[] = [];
  for (const f of files) {
    out.push(t('file', lang, { file: f.file }));
    if (f.error !== undefined) {
      out.push(t('unreadable', lang, { error: f.error }));
      out.push('  ' + t('unreadableFile', lang));
      out.push('');
      continue;
    }
    for (const s of f.sheets) {
      if (s.tables.length === 0 && s.findings.length === 0) continue;
      out.push(t('sheet', lang, { name: s.name }));
      s.tables.forEach((table, i) => {
        out.push(t('table', lang, { n: i + 1, range: table.range, title: table.title || table.fields.projectName?.value || '' }));
        out.push(...findingLines(s.findings.filter((x) => x.table === i), lang, '      ').slice(1));
      });
      out.push(...findingLines(s.findings.filter((x) => x.table === undefined), lang, '    ').slice(1));
    }
    const sum = summarise([f]);
    out.push('  ' + (sum.errors > 0 ? t('notReady', lang, sum) : t('ready', lang, sum)));
    out.push('');
  }
  if (files.length > 1) out.push(t('total', lang, summarise(files)));
  return out.join('\n');
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 40 ? flat.slice(0, 40) + '…' : flat;
}
