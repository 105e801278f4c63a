/**
 * domain.md §6.7: the 三级 name itself is wrong: a number in it that contradicts the target (`…合格率100%` vs
 * `≥98%`; Sichuan's `村组干部230人` vs `≥230个`), a template placeholder left in (`(≥**%)`, `XX`), or a ★ marker.
 * Numbering prefixes (`指标1:`, Chencang) are fine.
 */
import { firstMatch, matchesNotAfter, type Branch } from '../lookbehind';
import type { Indicator } from '../model';
import { UNITS, unitScale, type ParsedTarget } from '../target';
import { compact, toHalfWidth } from '../text';
import { createRule, type RuleContext } from './rule';
import { indicatorName, targetCells } from './shared/indicators';
import { stripNumbering } from '../numbering';

/** Units a number in a name may carry, longest first (`人次` before `人`); `%` included. */
const NAME_UNITS = [...UNITS].sort((a, b) => b.length - a.length);

interface NamedValue {
  /** As written in the name (`230人`, `≥95%`). */
  text: string;
  number: number;
  unit: string;
}

/** The one number-with-unit a name states (`村组干部230人` → 230 人), or null when there is none or several. */
export function valueInName(name: string): NamedValue | null {
  const s = stripNumbering(compact(toHalfWidth(name)).replace(/[★☆]/g, ''));
  const found: NamedValue[] = [];
  for (const m of matchesNotAfter(s, /(?:[≥≤=<>]|>=|<=)?(\d+(?:\.\d+)?)/g, /[A-Za-z0-9.\-_]/)) {
    const rest = s.slice((m.index ?? 0) + m[0].length);
    // A scale before the unit belongs to it (`2万人`, `3万亩`), as the target parser reads it.
    const scale = /^[万亿]/.test(rest) ? rest[0] : '';
    const base = NAME_UNITS.find((u) => rest.startsWith(u, scale.length)) ?? (scale ? NAME_UNITS.find((u) => rest.startsWith(u)) : undefined);
    const unit = base && scale && rest.startsWith(scale + base) ? scale + base : base;
    if (!unit) continue;
    // A unit must end the token: `3A景区`, `5G基站` are not `3 A`, and a letter unit must not run into a word.
    const after = rest.slice(unit.length);
    if (/^[A-Za-z0-9]/.test(after)) continue;
    // `每月巡查4次`, `人均500元`: a rate per period or per head, not the total the target states.
    const clause = s.slice(0, m.index).split(/[,，、;；()]/).pop() ?? '';
    if (/[每均]/.test(clause)) continue;
    const number = Number(m[1]);
    if (unit === '年' && number >= 1900 && number <= 2099) continue; // a year, not a duration
    found.push({ text: m[0] + unit, number, unit });
  }
  return found.length === 1 ? found[0] : null;
}

/** Placeholders: `**`, `*` after an operator or before `%`, `XX` as a word, `××`, `___`, `○○`, `□□`, `≥N%`. */
export const PLACEHOLDER_SLOTS: readonly Branch[] = [
  { re: /^\*{2,}/ },
  { re: /^\*/, after: /[≥≤=<>]/ },
  { re: /^\*(?=%)/ },
  { re: /^[Xx]{2,}(?![A-Za-z])/, notAfter: /[A-Za-z]/ },
  { re: /^×{2,}/ },
  { re: /^_{2,}/ },
  { re: /^○{2,}/ },
  { re: /^□{2,}/ },
  { re: /^N(?=%|人|个|次|元|万)/, after: /[≥≤=<>]/ },
];

/** A template placeholder left in a name (`(≥**%)`, `XX`, `××`, `___`), as written; null when none. */
export function placeholderInName(name: string): string | null {
  const s = compact(toHalfWidth(name));
  const cleaned = s.replace(/(\d)\*(?=\d)/g, '$1·'); // 2*3 is a product, not a slot
  const m = firstMatch(cleaned, PLACEHOLDER_SLOTS);
  if (!m) return null;
  // Report the bracketed group the slot sits in when there is one: `(≥**%)`.
  const before = cleaned.lastIndexOf('(', m.index);
  const after = cleaned.indexOf(')', m.index);
  if (before >= 0 && after > m.index && !cleaned.slice(before, m.index).includes(')')) return s.slice(before, after + 1);
  return s.slice(m.index, m.index + m.text.length);
}

/** Whether two values name the same quantity: same base unit (万元 = 元 × 10⁴) and the same amount. */
function sameAmount(named: NamedValue, p: ParsedTarget): boolean | null {
  if (p.number === undefined) return null;
  const targetUnit = p.kind === 'percent' ? '%' : p.unit;
  if (!targetUnit) return null;
  const a = unitScale(named.unit);
  const b = unitScale(targetUnit);
  if (a.base !== b.base) return null;
  return Math.abs(named.number * a.factor - p.number * b.factor) < 1e-9 * Math.max(1, Math.abs(p.number * b.factor));
}

export const indicatorNameRule = createRule({
  meta: {
    id: 'indicator-name',
    severity: 'warning',
    tags: ['target'],
    description: {
      'zh-CN': '三级指标名称有问题：名称中的数值与指标值矛盾，留有模板占位符（**、XX），或留有 ★ 标记',
      'en-US': 'The 三级 name is wrong: a number in it contradicts the target, a template placeholder (**, XX) is left in, or a ★ marker',
    },
    messages: {
      numberContradicts: {
        'zh-CN': '三级指标名称“{name}”中写的是“{named}”，指标值却是“{text}”：两者矛盾，请统一（名称中不必写指标值）',
        'en-US': 'The name "{name}" says "{named}" but the target is "{text}": they contradict each other; make them agree (the name need not state the target)',
      },
      unitContradicts: {
        'zh-CN': '三级指标名称“{name}”中写的是“{named}”，指标值却是“{text}”：单位不一致（{nameUnit}与{targetUnit}），请统一',
        'en-US': 'The name "{name}" says "{named}" but the target is "{text}": the units differ ({nameUnit} vs {targetUnit}); make them agree',
      },
      placeholder: {
        'zh-CN': '三级指标名称“{name}”中留有模板占位符“{placeholder}”：请删除或填写实际内容',
        'en-US': 'The name "{name}" still contains the template placeholder "{placeholder}": remove it or fill in the real content',
      },
      star: {
        'zh-CN': '三级指标名称“{name}”中留有模板的“★”标记：请删除',
        'en-US': 'The name "{name}" still carries the template\'s ★ marker: remove it',
      },
    },
    examples: { valid: ['指标1:工程验收合格率', '项目验收合格率 =100%'], invalid: ['合格率100% | ≥98%', '村组干部230人 | ≥230个', '验收合格率(≥**%)', '★预算执行率'] },
  },
  check(context) {
    const seenNames = new Set<string>();
    for (const ind of context.table.indicators) {
      const name = ind.level3;
      if (!name) continue;
      const nameCell = ind.levelCells.level3 ?? ind.cell;
      // One finding per name cell for what is wrong with the name alone (a name may head several value columns).
      if (!seenNames.has(nameCell)) {
        seenNames.add(nameCell);
        const placeholder = placeholderInName(name);
        if (placeholder) context.report({ messageId: 'placeholder', data: { name, placeholder }, cells: [nameCell] });
        if (/[★☆]/.test(name)) context.report({ messageId: 'star', data: { name }, cells: [nameCell], severity: 'info' });
      }
      contradiction(context, ind, nameCell);
    }
  },
});

function contradiction(context: RuleContext<'numberContradicts' | 'unitContradicts'>, ind: Indicator, nameCell: string): void {
  const p = context.parsed(ind);
  if (p.kind !== 'number' && p.kind !== 'percent') return;
  const named = valueInName(ind.level3);
  if (!named) return;
  const data = { name: indicatorName(ind), named: named.text, text: ind.target };
  const cells = [nameCell, ...targetCells(ind)];
  const same = sameAmount(named, p);
  if (same === false) {
    context.report({ messageId: 'numberContradicts', data, cells });
    return;
  }
  // Different units, same number (`230人` vs `≥230个`): the same quantity counted in two ways.
  const targetUnit = p.kind === 'percent' ? '%' : p.unit;
  if (same === null && targetUnit && named.unit !== '%' && p.kind === 'number' && named.number === p.number) {
    context.report({ messageId: 'unitContradicts', data: { ...data, nameUnit: named.unit, targetUnit }, cells });
  }
}
