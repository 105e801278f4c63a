/**
 * The words every report shares, said one way: the verdict (可以发送 / 还不能发送), severities, categories, the
 * findings list's column titles, and finding counts (with English plurals). The CLI text, the report files, the
 * email report, the ribbon dialog and the pane all take them from here.
 */
import { type Catalogue, type Lang, translate } from '../i18n';
import type { Severity } from '../model';

export type Verdict = 'ready' | 'not-ready' | 'unreadable';

export const WORDS: Catalogue = {
  ready: { 'zh-CN': '可以发送', 'en-US': 'Ready to send' },
  'not-ready': { 'zh-CN': '还不能发送', 'en-US': 'Not ready to send' },
  unreadable: { 'zh-CN': '无法读取', 'en-US': 'Unreadable' },
  noErrors: { 'zh-CN': '没有错误', 'en-US': 'no errors' },
  noTableRead: { 'zh-CN': '没有找到可以检查的绩效目标表', 'en-US': 'no target table could be read' },
  error: { 'zh-CN': '错误', 'en-US': 'error' },
  warning: { 'zh-CN': '警告', 'en-US': 'warning' },
  info: { 'zh-CN': '提示', 'en-US': 'info' },
  'tag.target': { 'zh-CN': '指标值', 'en-US': 'Targets' },
  'tag.structure': { 'zh-CN': '结构', 'en-US': 'Structure' },
  'tag.money': { 'zh-CN': '资金', 'en-US': 'Money' },
  'tag.header': { 'zh-CN': '基本信息', 'en-US': 'Header' },
  // Column titles of a findings list (the text report's and the batch report's).
  colCell: { 'zh-CN': '单元格', 'en-US': 'Cell' },
  colSeverity: { 'zh-CN': '级别', 'en-US': 'Severity' },
  colCategory: { 'zh-CN': '类别', 'en-US': 'Category' },
  colMessage: { 'zh-CN': '问题', 'en-US': 'Finding' },
  colRule: { 'zh-CN': '规则', 'en-US': 'Rule' },
};

const COUNT_NOUNS: Record<Severity, { 'zh-CN': string; one: string; many: string }> = {
  error: { 'zh-CN': '个错误', one: 'error', many: 'errors' },
  warning: { 'zh-CN': '个警告', one: 'warning', many: 'warnings' },
  info: { 'zh-CN': '个提示', one: 'info', many: 'infos' },
};

/** A shared word in `lang`. */
export const word = (id: string, lang: Lang): string => translate(WORDS, id, lang);

/** `3 个错误` · `1 error` · `2 warnings`. */
export function countOf(n: number, severity: Severity, lang: Lang): string {
  const noun = COUNT_NOUNS[severity];
  return lang === 'zh-CN' ? `${n} ${noun['zh-CN']}` : `${n} ${n === 1 ? noun.one : noun.many}`;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

/** The counts that are not zero, joined (`3 个错误，2 个警告`); '' when all are zero. */
export function countsText(counts: Counts, lang: Lang, severities: readonly Severity[] = ['error', 'warning', 'info']): string {
  const n: Record<Severity, number> = { error: counts.errors, warning: counts.warnings, info: counts.infos };
  return severities
    .filter((s) => n[s] > 0)
    .map((s) => countOf(n[s], s, lang))
    .join(lang === 'zh-CN' ? '，' : ', ');
}

/**
 * The verdict as one sentence: `可以发送：没有错误（2 个警告）`, `还不能发送：3 个错误，2 个警告`, `还不能发送：没有找到可以检查的
 * 绩效目标表` (a file with no readable table is never ready).
 */
export function verdictSentence(ready: boolean, counts: Counts, lang: Lang, tableFound = true): string {
  const sep = lang === 'zh-CN' ? '：' : ': ';
  if (ready) {
    const rest = countsText(counts, lang, ['warning', 'info']);
    return `${word('ready', lang)}${sep}${word('noErrors', lang)}${rest ? (lang === 'zh-CN' ? `（${rest}）` : ` (${rest})`) : ''}`;
  }
  return `${word('not-ready', lang)}${sep}${!tableFound && counts.errors === 0 ? word('noTableRead', lang) : countsText(counts, lang)}`;
}
