/** Messages about vocabulary files (what is wrong and where), zh-CN first, en-US second. */
import { type Catalogue, type Lang, translate } from '../i18n';
import type { VocabularyProblem } from './validate';

export const VOCABULARY_MESSAGES: Catalogue = {
  notObject: { 'zh-CN': '应为 JSON 对象', 'en-US': 'expected a JSON object' },
  version: { 'zh-CN': '词表版本为“{found}”，本程序只认版本 1', 'en-US': 'the vocabulary has version "{found}"; this program reads version 1 only' },
  unknownKey: { 'zh-CN': '不认识的项“{key}”', 'en-US': 'unknown entry "{key}"' },
  forbiddenKey: { 'zh-CN': '不允许的名称“{key}”', 'en-US': 'the name "{key}" is not allowed' },
  notList: { 'zh-CN': '应为列表', 'en-US': 'expected a list' },
  notText: { 'zh-CN': '应为非空文字', 'en-US': 'expected non-empty text' },
  notBoolean: { 'zh-CN': '应为 true 或 false', 'en-US': 'expected true or false' },
  tooLong: { 'zh-CN': '文字超过 {max} 个字符', 'en-US': 'text longer than {max} characters' },
  tooMany: { 'zh-CN': '词表条目超过 {max} 条', 'en-US': 'more than {max} entries' },
  globTooComplex: { 'zh-CN': '通配符 * 超过 {max} 个', 'en-US': 'more than {max} wildcards (*)' },
  fieldUnknown: { 'zh-CN': '“{value}”不是已知的栏目（可用：{allowed}）', 'en-US': '"{value}" is not a known field (allowed: {allowed})' },
  moneyUnknown: { 'zh-CN': '“{value}”不是已知的资金项（可用：{allowed}）', 'en-US': '"{value}" is not a known money key (allowed: {allowed})' },
  moneyKind: { 'zh-CN': '资金项应写明 amount（金额）或 part（其中项）之一', 'en-US': 'a money entry needs exactly one of amount or part' },
  roleUnknown: { 'zh-CN': '“{value}”不是已知的指标表头列（可用：{allowed}）', 'en-US': '"{value}" is not a known indicator column role (allowed: {allowed})' },
  formUnknown: { 'zh-CN': '“{value}”不是已知的表种（可用：{allowed}）', 'en-US': '"{value}" is not a known form (allowed: {allowed})' },
  requirementUnknown: { 'zh-CN': '“{value}”不是已知的必填要求（可用：{allowed}）', 'en-US': '"{value}" is not a known requirement (allowed: {allowed})' },
  headMeaning: { 'zh-CN': '词尾规则应写明 field、rules 或 money', 'en-US': 'a head rule needs field, rules or money' },
  categoriesFixed: { 'zh-CN': '指标类别的别名不能由扩展词表修改', 'en-US': 'category aliases cannot be changed by an extension' },
};

/** One problem as a line: where, then what. */
export function vocabularyProblemText(p: VocabularyProblem, lang: Lang): string {
  const what = translate(VOCABULARY_MESSAGES, p.messageId, lang, p.data);
  return p.path ? `${p.path}: ${what}` : what;
}
