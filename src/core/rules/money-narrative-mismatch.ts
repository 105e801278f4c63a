/**
 * domain.md §6.17: an amount stated in the narrative (`合计80万元` in 项目实施计划, `项目总投资500万元` in 项目概况)
 * that no amount of the money block matches. Conservative on purpose: only amounts with a unit, right after a word
 * naming the budget (总投资, 预算, 项目资金, 合计 at the start of a clause …), not approximate (`约`, `左右`), not per
 * head (`/人`, `每人`), not about another year (`上年`, `2022年`); reported only when no money item matches the
 * amount as rounded in the text.
 */
import type { FieldKey, MoneyItem } from '../model';
import { compact, toHalfWidth } from '../text';
import { FIELD_KEYS } from '../vocabulary';
import { createRule } from './rule';
import { decimalsOf, displayLabel, inYuan, isNumber, readItem, showState, tolerance } from './shared/amounts';

const DEFAULT_FIELDS: FieldKey[] = ['overview', 'plan', 'measures', 'overallGoal', 'annualGoal'];

/**
 * Words naming the project's budget, by what they can be checked against: a whole-life amount needs a `total` in the
 * table, this year's an `annual`, the fiscal share a 财政资金 item; the generic words either a total or an annual
 * amount. 合计/共计/总计 count only at the start of a clause (see below).
 */
const WHOLE_WORDS = ['项目总投资', '计划总投资', '总投资', '项目总预算', '总预算', '预算总额', '资金总额', '项目总资金', '总资金', '总金额'];
const ANNUAL_WORDS = ['年度资金申请总额', '年度资金总额', '年度预算', '当年预算', '本年度预算', '年度资金'];
const FISCAL_WORDS = ['财政资金', '财政拨款'];
const GENERIC_WORDS = [
  '项目投资', '计划投资', '项目预算', '预算资金', '预算金额', '项目资金', '安排资金', '申请资金', '所需资金', '项目经费',
  '专项经费', '所需经费', '安排经费', '申请经费', '经费总额', '预算', '合计', '共计', '总计',
];
const BUDGET_WORDS = [...WHOLE_WORDS, ...ANNUAL_WORDS, ...FISCAL_WORDS, ...GENERIC_WORDS].sort((a, b) => b.length - a.length);
const SUM_WORDS = new Set(['合计', '共计', '总计']);

/** What a stated amount can be compared with. */
type Scope = 'whole' | 'annual' | 'fiscal' | 'generic';
function scopeOf(word: string): Scope {
  if (WHOLE_WORDS.includes(word)) return 'whole';
  if (ANNUAL_WORDS.includes(word)) return 'annual';
  if (FISCAL_WORDS.includes(word)) return 'fiscal';
  return 'generic';
}

const STATED = new RegExp(
  `(${BUDGET_WORDS.join('|')})(?:为|是|达|共|共计|合计)?[:：]?(约|大约|近|超过|不超过|不少于|不低于|逾)?` +
    `(\\d[\\d,]*(?:\\.\\d+)?)(亿元|万元|元|亿|万)(左右|余|多|以上|以内|以下|/|每)?`,
  'g',
);
/** Counting units after a bare 万/亿 (`80万人次`, `3万亩`): not an amount of money. */
const COUNTING = /[人次户亩个件台辆吨米平方公里千克斤株棵头只座所家名位篇册本期场批项套块处条张份日天时]/;
const SCALE: Record<string, number> = { 亿元: 1e8, 亿: 1e8, 万元: 1e4, 万: 1e4, 元: 1 };

/** An amount stated in a narrative field. */
interface Stated {
  phrase: string;
  scope: Scope;
  yuan: number;
  /** Half the last written digit, in 元 (`80万` may stand for 79.5–80.5 万). */
  rounding: number;
}

/** Budget amounts stated in a text, with the cautions above applied. */
export function statedAmounts(text: string, year: number | null): readonly Stated[] {
  // Narratives are long and read on every check of the sheet: each (text, year) is read once (bounded memo).
  const key = `${year}|${text}`;
  let found = STATED_IN.get(key);
  if (!found) {
    if (STATED_IN.size >= STATED_MAX) STATED_IN.clear();
    found = Object.freeze(readStated(text, year).map((s) => Object.freeze(s)));
    STATED_IN.set(key, found);
  }
  return found;
}

const STATED_IN = new Map<string, readonly Stated[]>();
const STATED_MAX = 5_000;

function readStated(text: string, year: number | null): Stated[] {
  const t = compact(toHalfWidth(text ?? ''));
  const out: Stated[] = [];
  for (const m of t.matchAll(STATED)) {
    const [phrase, word, approxBefore, digits, unit, after] = m;
    if (approxBefore || after) continue;
    // `80万人次` counts people, not money.
    const next = t.charAt((m.index ?? 0) + phrase.length);
    if (!unit.endsWith('元') && COUNTING.test(next)) continue;
    const before = t.slice(Math.max(0, (m.index ?? 0) - 8), m.index ?? 0);
    // Per head or unit price, or another year's amount.
    if (/(?:每|人均|户均|单价|标准)[^，,。；;]*$/.test(before)) continue;
    if (/(?:上年|去年|上一年|往年|历年|累计)[^，,。；;]*$/.test(before)) continue;
    const years = [...before.matchAll(/((?:19|20)\d{2})年/g)].map((y) => Number(y[1]));
    if (years.some((y) => y !== year)) continue;
    // 培训费合计20万元 is one cost item; 合计80万元 (or 项目资金合计 …) opening a clause is the project's total.
    if (SUM_WORDS.has(word) && !/(?:^|[，,。；;：:、（(）)\s]|项目|资金|经费|预算|投资|支出)$/.test(before)) continue;
    const value = Number(digits.replace(/,/g, ''));
    if (!Number.isFinite(value) || value <= 0) continue;
    const scale = SCALE[unit];
    out.push({ phrase, scope: scopeOf(word), yuan: value * scale, rounding: 0.5 * 10 ** -decimalsOf(digits) * scale });
  }
  return out;
}

export const moneyNarrativeMismatch = createRule({
  meta: {
    id: 'money-narrative-mismatch',
    severity: 'warning',
    tags: ['money'],
    description: {
      'zh-CN': '项目概况、实施计划、绩效目标等文字中写明的预算金额（如“合计80万元”“项目总投资500万元”）与表中金额不一致',
      'en-US': 'A budget amount stated in the narrative (e.g. "合计80万元", "项目总投资500万元") that matches no amount in the money block',
    },
    messages: {
      mismatch: {
        'zh-CN': '“{field}”中写的“{phrase}”与表中金额（{amounts}）不一致：请核对文字或金额',
        'en-US': '"{phrase}" in "{field}" does not match the amounts in the table ({amounts}): check the text or the amounts',
      },
    },
    options: {
      fields: {
        type: 'string[]',
        default: DEFAULT_FIELDS,
        items: FIELD_KEYS,
        description: {
          'zh-CN': '要核对的文字栏目（字段键：overview 项目概况、plan 实施计划、measures 制度措施、overallGoal 总目标、annualGoal 年度目标 …）',
          'en-US': 'The narrative fields to read (field keys: overview, plan, measures, overallGoal, annualGoal …)',
        },
      },
    },
    examples: { valid: ['项目总预算 80 万元；实施计划：……合计80万元'], invalid: ['项目总预算 65 万元；实施计划：……合计80万元'] },
  },
  check(context) {
    const table = context.table;
    const fields = context.options.fields;
    const known = (table.money?.items ?? [])
      .map((item) => ({ item, state: readItem(table, item) }))
      .filter((x) => isNumber(x.state) && inYuan(x.state) !== null);
    // Nothing to compare with, or amounts in an undeclared unit (money-unit-scale reports that).
    if (known.length === 0 || known.every((x) => inYuan(x.state) === 0)) return;
    const headline = known.filter((x) => x.item.key === 'total' || x.item.key === 'annual');
    const shown: { item: MoneyItem }[] = headline.length ? headline : known;
    const amounts = shown.map((x) => `${displayLabel(x.item.label)} ${showState(readItem(table, x.item))}`).join('、');

    // A stated amount is checked only when the table has the kind of amount it names.
    const has = (keys: string[]) => known.some((x) => keys.includes(x.item.key));
    const checkable: Record<Scope, boolean> = {
      whole: has(['total']),
      annual: has(['annual']),
      fiscal: has(['fiscal', 'annualFiscal']),
      generic: has(['total', 'annual']),
    };

    for (const key of fields) {
      const field = table.fields?.[key];
      if (!field?.value) continue;
      const seen = new Set<number>();
      for (const s of statedAmounts(field.value, table.year ?? null)) {
        if (seen.has(s.yuan) || !checkable[s.scope]) continue;
        seen.add(s.yuan);
        const matches = known.some((x) => Math.abs((inYuan(x.state) as number) - s.yuan) <= s.rounding + tolerance([x.state]));
        if (matches) continue;
        context.report({
          messageId: 'mismatch',
          data: { field: displayLabel(field.label), phrase: s.phrase, amounts },
          cells: [field.cell, ...shown.map((x) => x.item.cell)],
        });
      }
    }
  },
});
