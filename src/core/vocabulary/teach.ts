/**
 * What a user teaches the checker about labels it did not understand (设置 → 识别栏目): kept as a vocabulary
 * extension in the workbook's settings, in the same format as vocabulary.json, so it can be exported for colleagues
 * and given to `ptcheck --vocabulary`.
 */
import type { FieldKey, MoneyKey } from '../model';
import type { MoneyEntry, VocabularyData } from './types';
import { loadVocabulary } from './validate';

/** A meaning the pane offers for a label. */
export type Meaning = { field: FieldKey } | { money: MoneyKey } | { section: true } | { ignored: true };

/** The meanings offered, in the order the pane lists them, with their names (Chinese domain words first). */
export const TEACHABLE: readonly { id: string; meaning: Meaning; name: { 'zh-CN': string; 'en-US': string } }[] = [
  { id: 'projectName', meaning: { field: 'projectName' }, name: { 'zh-CN': '项目名称', 'en-US': 'project name (项目名称)' } },
  { id: 'applicant', meaning: { field: 'applicant' }, name: { 'zh-CN': '申报单位（单位、部门名称）', 'en-US': 'applicant unit (申报单位)' } },
  { id: 'department', meaning: { field: 'department' }, name: { 'zh-CN': '主管部门', 'en-US': 'supervising department (主管部门)' } },
  { id: 'implementer', meaning: { field: 'implementer' }, name: { 'zh-CN': '实施单位', 'en-US': 'implementing unit (实施单位)' } },
  { id: 'manager', meaning: { field: 'manager' }, name: { 'zh-CN': '项目负责人', 'en-US': 'person responsible (项目负责人)' } },
  { id: 'period', meaning: { field: 'period' }, name: { 'zh-CN': '项目期（起止时间）', 'en-US': 'project period (项目期)' } },
  { id: 'startDate', meaning: { field: 'startDate' }, name: { 'zh-CN': '开始日期', 'en-US': 'start date (开始日期)' } },
  { id: 'endDate', meaning: { field: 'endDate' }, name: { 'zh-CN': '完成日期', 'en-US': 'end date (完成日期)' } },
  { id: 'overallGoal', meaning: { field: 'overallGoal' }, name: { 'zh-CN': '总体目标（中期目标）', 'en-US': 'overall goal (总体目标)' } },
  { id: 'annualGoal', meaning: { field: 'annualGoal' }, name: { 'zh-CN': '年度目标', 'en-US': 'annual goal (年度目标)' } },
  { id: 'overview', meaning: { field: 'overview' }, name: { 'zh-CN': '项目概况', 'en-US': 'project overview (项目概况)' } },
  { id: 'total', meaning: { money: 'total' }, name: { 'zh-CN': '资金总额（项目总预算）', 'en-US': 'total amount (资金总额)' } },
  { id: 'annual', meaning: { money: 'annual' }, name: { 'zh-CN': '年度资金总额（当年预算）', 'en-US': 'annual amount (年度资金总额)' } },
  { id: 'fiscal', meaning: { money: 'fiscal' }, name: { 'zh-CN': '其中：财政拨款', 'en-US': 'of which fiscal funds (财政拨款)' } },
  { id: 'other', meaning: { money: 'other' }, name: { 'zh-CN': '其中：其他资金', 'en-US': 'of which other funds (其他资金)' } },
  { id: 'section', meaning: { section: true }, name: { 'zh-CN': '栏目标题（本身没有内容）', 'en-US': 'a heading with no value of its own' } },
  { id: 'ignored', meaning: { ignored: true }, name: { 'zh-CN': '不需要识别', 'en-US': 'not needed' } },
];

const ANNUAL_OF: Partial<Record<MoneyKey, MoneyKey>> = { fiscal: 'annualFiscal', other: 'annualOther' };
const PARTS: ReadonlySet<MoneyKey> = new Set<MoneyKey>(['fiscal', 'other']);

/** An extension without `label` anywhere (forgetting what was taught about it). */
export function forgetLabel(ext: VocabularyData | undefined, label: string): VocabularyData {
  // Other parts (grammar, header roles, forms an imported file brought) stay as they are.
  const { fields: _f, money: _m, sections: _s, ignored: _i, ...rest } = ext ?? { version: 1 };
  const out: VocabularyData = { ...rest, version: 1 };
  const keep = (xs: string[] | undefined) => (xs ?? []).filter((x) => x !== label);
  if (ext?.fields) {
    const fields: NonNullable<VocabularyData['fields']> = {};
    for (const [k, v] of Object.entries(ext.fields) as [FieldKey, string[]][]) if (keep(v).length) fields[k] = keep(v);
    if (Object.keys(fields).length) out.fields = fields;
  }
  const money = (ext?.money ?? []).map((m) => ({ ...m, labels: keep(m.labels) })).filter((m) => m.labels.length);
  if (money.length) out.money = money;
  const sections = { money: keep(ext?.sections?.money), other: keep(ext?.sections?.other) };
  if (sections.money.length || sections.other.length) {
    out.sections = {};
    if (sections.money.length) out.sections.money = sections.money;
    if (sections.other.length) out.sections.other = sections.other;
  }
  if (keep(ext?.ignored).length) out.ignored = keep(ext?.ignored);
  return out;
}

/** The extension with `label` taught to mean `meaning` (replacing what it was taught before). */
export function teachLabel(ext: VocabularyData | undefined, label: string, meaning: Meaning): VocabularyData {
  const text = label.trim();
  const out = forgetLabel(ext, text);
  if ('field' in meaning) out.fields = { ...out.fields, [meaning.field]: [...(out.fields?.[meaning.field] ?? []), text] };
  else if ('money' in meaning) {
    const entry: MoneyEntry = PARTS.has(meaning.money)
      ? { part: meaning.money, annual: ANNUAL_OF[meaning.money] ?? meaning.money, labels: [text] }
      : { amount: meaning.money, labels: [text] };
    out.money = [...(out.money ?? []), entry];
  } else if ('section' in meaning) out.sections = { ...out.sections, other: [...(out.sections?.other ?? []), text] };
  else out.ignored = [...(out.ignored ?? []), text];
  return out;
}

/** Another extension's wording added to `ext` (an imported file wins where both teach the same label). */
export function mergeTaught(ext: VocabularyData | undefined, imported: VocabularyData): VocabularyData {
  let out: VocabularyData = ext ?? { version: 1 };
  for (const [key, labels] of Object.entries(imported.fields ?? {}) as [FieldKey, string[]][]) {
    for (const l of labels) out = teachLabel(out, l, { field: key });
  }
  for (const m of imported.money ?? []) {
    for (const l of m.labels) {
      out = forgetLabel(out, l);
      out.money = [...(out.money ?? []), { ...m, labels: [l] }];
    }
  }
  for (const l of [...(imported.sections?.money ?? []), ...(imported.sections?.other ?? [])]) out = teachLabel(out, l, { section: true });
  for (const l of imported.ignored ?? []) out = teachLabel(out, l, { ignored: true });
  // Parts other than labels (grammar, header roles, forms) come along as the file has them.
  const { grammar, columns, titles, footers, forms, selfEvaluation } = imported;
  return { ...out, ...(grammar && { grammar }), ...(columns && { columns }), ...(titles && { titles }), ...(footers && { footers }), ...(forms && { forms }), ...(selfEvaluation && { selfEvaluation }) };
}

/** The extension stored in settings, if it is still a valid one (storage is never trusted). */
export function storedVocabulary(raw: unknown): VocabularyData | undefined {
  const { data } = loadVocabulary(raw, { extension: true });
  return data ?? undefined;
}
