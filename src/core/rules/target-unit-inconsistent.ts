/**
 * domain.md §6.2: a number without the unit its siblings use (Hubei's `开设课程数量 220` among `280人次`, `25人次`,
 * `6次`). No autofix: which unit is meant is a guess. Suggestions when the goal text states the number with a unit
 * (Hubei's 年度绩效目标 says `开设课程数量220门`), when the name implies one (…人数 → 人), or when indicators with the
 * same kind of name agree on one.
 */
import { hanOr } from '../han';
import { matchesNotAfter } from '../lookbehind';
import type { Indicator, TargetTable } from '../model';
import { UNITS, type ParsedTarget } from '../target';
import type { Report, Rule, RuleContext } from './rule';
import { indicatorName, targetCells } from './shared/indicators';
import { nameCore, nameKind, withUnit } from './shared/names';

/** Names whose value is a pure number: indices, coefficients, scores, ranks, years. */
const UNITLESS_NAME = /(?:指数|系数|得分|评分|分值|分数|等级|星级|比值|倍数|年份|年度|编号|排名|名次|位次|序号|PH值|pH值)$/;

/** Name endings that imply a unit: 培训人数 → 人, 受益户数 → 户. */
const NAME_UNITS: [RegExp, string][] = [
  [/人次$/, '人次'],
  [/人数$/, '人'],
  [/户数$/, '户'],
  [/(?:次数|频次)$/, '次'],
  [/天数$/, '天'],
  [/个数$/, '个'],
  [/场次$/, '场'],
  [/件数$/, '件'],
  [/项数$/, '项'],
  [/家数$/, '家'],
  [/台数$/, '台'],
  [/辆数$/, '辆'],
  [/课时数$/, '课时'],
  [/学时数$/, '学时'],
  [/门数$/, '门'],
  [/期数$/, '期'],
];

/** Name suffixes that make indicators "the same kind" across the table (培训人数, 受益人数). */
const NAME_PATTERNS = ['人次', '人数', '户数', '次数', '天数', '个数', '场次', '件数', '项数', '家数', '长度', '面积', '里程', '数量'];

const UNIT_SET = new Set(UNITS);
const ONLY_HAN = new RegExp(`^${hanOr()}+$`);
/** Longest units first, so `人次` wins over `人`. */
const UNITS_BY_LENGTH = [...UNITS].filter((u) => ONLY_HAN.test(u)).sort((a, b) => b.length - a.length);

/** Units the goal text writes right after this number (`开设课程数量220门` → 门). */
function unitsInGoals(table: TargetTable, numberText: string): string[] {
  const goals = [table.fields.annualGoal?.value, table.fields.overallGoal?.value].filter((g): g is string => !!g);
  const out = new Set<string>();
  const esc = numberText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`${esc}(?![\\d.])`, 'g');
  for (const g of goals) {
    for (const m of matchesNotAfter(g, re, /[\d.]/)) {
      const rest = g.slice((m.index ?? 0) + m[0].length);
      const unit = UNITS_BY_LENGTH.find((u) => rest.startsWith(u));
      if (unit && UNIT_SET.has(unit)) out.add(unit);
    }
  }
  return [...out];
}

function patternOf(core: string): string | undefined {
  return NAME_PATTERNS.find((s) => core.endsWith(s));
}

/** A number with no unit and no scale: the kind of target this rule is about. */
function isBareNumber(p: ParsedTarget): boolean {
  return p.kind === 'number' && !p.unit && !p.scale;
}

export const targetUnitInconsistent: Rule = {
  meta: {
    id: 'target-unit-inconsistent',
    severity: 'warning',
    tags: ['target'],
    description: {
      'zh-CN': '指标值只有数字没有单位，而同组（同一二级指标下）或同类名称的其他指标都写了单位',
      'en-US': 'A target that is a bare number while the other indicators of its group (same 二级) or of the same kind of name carry a unit',
    },
    messages: {
      missingUnit: {
        'zh-CN': '“{name}”的指标值“{text}”只有数字，没有计量单位，而同组其他指标都写了单位（如“{example}”）：请补上计量单位',
        'en-US': 'The target of "{name}" ("{text}") is a bare number with no unit, while the other indicators of its group carry one (e.g. "{example}"): add the unit',
      },
      addUnit: { 'zh-CN': '补上单位：“{value}”', 'en-US': 'Add the unit: "{value}"' },
    },
    hasSuggestions: true,
    examples: { valid: ['≥280人次, ≥25人次, ≥220门', '评分 ≥90 (no unit needed)'], invalid: ['280人次, 25人次, 6次, 220'] },
  },
  check(context) {
    const inds = context.table.indicators;
    for (const ind of inds) {
      const p = context.parsed(ind);
      if (!isBareNumber(p)) continue;
      const name = indicatorName(ind);
      const core = nameCore(name);
      // Rates and satisfaction want `%`: target-kind-mismatch and satisfaction-target say so.
      if (nameKind(core) === 'rate' || nameKind(core) === 'satisfaction' || UNITLESS_NAME.test(core)) continue;
      if (p.number !== undefined && Number.isInteger(p.number) && p.number >= 1900 && p.number <= 2099 && /年/.test(core)) continue;
      const example = evidence(context, ind);
      if (!example) continue;
      context.report({
        messageId: 'missingUnit',
        data: { name, text: ind.target, example },
        cells: targetCells(ind),
        suggestions: suggestions(context, ind, p, core),
      });
    }
  },
};

/**
 * A sibling target that shows the unit is expected, or undefined: every other measured indicator of the same
 * group (一级, 二级 and value column; at least two) carries a unit, or indicators with the same kind of name carry
 * one and none goes without.
 */
function evidence(context: RuleContext, ind: Indicator): string | undefined {
  const measured = (i: Indicator) => {
    const q = context.parsed(i);
    return q.kind === 'number' || q.kind === 'percent' ? q : null;
  };
  const group = context.table.indicators.filter(
    (i) => i !== ind && i.level1 === ind.level1 && i.level2 === ind.level2 && i.column === ind.column && measured(i),
  );
  if (group.length >= 2 && group.every((i) => !isBareNumber(measured(i)!))) return group[0].target;
  const pattern = patternOf(nameCore(indicatorName(ind)));
  if (!pattern) return undefined;
  const alike = context.table.indicators.filter((i) => i !== ind && patternOf(nameCore(indicatorName(i))) === pattern && measured(i));
  if (alike.length >= 1 && alike.every((i) => !isBareNumber(measured(i)!) && measured(i)!.kind === 'number')) return alike[0].target;
  return undefined;
}

function suggestions(context: RuleContext, ind: Indicator, p: ParsedTarget, core: string): NonNullable<Report['suggestions']> {
  const units: string[] = [];
  const add = (u: string | undefined) => {
    if (u && !units.includes(u)) units.push(u);
  };
  const fromGoals = p.numberText ? unitsInGoals(context.table, p.numberText) : [];
  if (fromGoals.length === 1) add(fromGoals[0]);
  add(NAME_UNITS.find(([re]) => re.test(core))?.[1]);
  // Indicators with the same kind of name that agree on one unit.
  const pattern = patternOf(core);
  if (pattern) {
    const alike = new Set(
      context.table.indicators
        .filter((i) => i !== ind && patternOf(nameCore(indicatorName(i))) === pattern)
        .map((i) => context.parsed(i))
        .filter((q) => q.kind === 'number' && q.unit)
        .map((q) => q.unit!),
    );
    if (alike.size === 1) add([...alike][0]);
  }
  return units.slice(0, 3).flatMap((unit) => {
    const value = withUnit(ind, p, unit);
    if (!ind.split) return [{ messageId: 'addUnit', data: { value }, edits: [{ cell: ind.cell, expected: ind.target, value }] }];
    const cell = ind.split.unitCell;
    return cell ? [{ messageId: 'addUnit', data: { value }, edits: [{ cell, expected: ind.split.unit, value: unit }] }] : [];
  });
}
