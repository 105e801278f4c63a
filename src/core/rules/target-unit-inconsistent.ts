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
import { createRule } from './rule';
import type { RuleContext, Suggestion } from './rule';
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

export const targetUnitInconsistent = createRule({
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
});

/** Per table, what `evidence` and `suggestions` ask of every other indicator, gathered in one pass. */
interface Peers {
  /** Measured indicators (numbers, percents) by group (一级, 二级, value column): how many, how many bare, the first two. */
  groups: Map<string, { measured: number; bare: number; first: Indicator[] }>;
  /** Indicators by name pattern: measured ones, those that are not a number with a unit, the first two measured, units seen. */
  patterns: Map<string, { measured: number; other: number; first: Indicator[]; units: Set<string> }>;
}

// Built once per table and check: looking at every other indicator for each one was quadratic on large tables.
const PEERS = new WeakMap<RuleContext, Peers>();

function peersOf(context: RuleContext): Peers {
  let peers = PEERS.get(context);
  if (peers) return peers;
  peers = { groups: new Map(), patterns: new Map() };
  for (const i of context.table.indicators) {
    const q = context.parsed(i);
    const measured = q.kind === 'number' || q.kind === 'percent';
    if (measured) {
      const key = groupKey(i);
      const g = peers.groups.get(key) ?? { measured: 0, bare: 0, first: [] };
      g.measured++;
      if (isBareNumber(q)) g.bare++;
      if (g.first.length < 2) g.first.push(i);
      peers.groups.set(key, g);
    }
    const pattern = patternOf(nameCore(indicatorName(i)));
    if (!pattern) continue;
    const a = peers.patterns.get(pattern) ?? { measured: 0, other: 0, first: [], units: new Set<string>() };
    if (measured) {
      a.measured++;
      if (isBareNumber(q) || q.kind !== 'number') a.other++;
      if (a.first.length < 2) a.first.push(i);
    }
    if (q.kind === 'number' && q.unit) a.units.add(q.unit);
    peers.patterns.set(pattern, a);
  }
  PEERS.set(context, peers);
  return peers;
}

function groupKey(i: Indicator): string {
  return `${i.level1}\u0000${i.level2}\u0000${i.column ?? ''}`;
}

/**
 * A sibling target that shows the unit is expected, or undefined: every other measured indicator of the same
 * group (一级, 二级 and value column; at least two) carries a unit, or indicators with the same kind of name carry
 * one and none goes without. `ind` is a bare number (so measured, and bare, itself).
 */
function evidence(context: RuleContext, ind: Indicator): string | undefined {
  const peers = peersOf(context);
  const g = peers.groups.get(groupKey(ind));
  if (g && g.measured - 1 >= 2 && g.bare - 1 === 0) return g.first.find((i) => i !== ind)!.target;
  const pattern = patternOf(nameCore(indicatorName(ind)));
  if (!pattern) return undefined;
  const a = peers.patterns.get(pattern);
  if (a && a.measured - 1 >= 1 && a.other - 1 === 0) return a.first.find((i) => i !== ind)!.target;
  return undefined;
}

function suggestions(context: RuleContext, ind: Indicator, p: ParsedTarget, core: string): Suggestion<'addUnit'>[] {
  const units: string[] = [];
  const add = (u: string | undefined) => {
    if (u && !units.includes(u)) units.push(u);
  };
  const fromGoals = p.numberText ? unitsInGoals(context.table, p.numberText) : [];
  if (fromGoals.length === 1) add(fromGoals[0]);
  add(NAME_UNITS.find(([re]) => re.test(core))?.[1]);
  // Indicators with the same kind of name that agree on one unit (`ind`, a bare number, adds none).
  const pattern = patternOf(core);
  const alike = pattern ? peersOf(context).patterns.get(pattern)?.units : undefined;
  if (alike?.size === 1) add([...alike][0]);
  return units.slice(0, 3).flatMap((unit) => {
    const value = withUnit(ind, p, unit);
    if (!ind.split) return [{ messageId: 'addUnit' as const, data: { value }, edits: [{ cell: ind.cell, expected: ind.target, value }] }];
    const cell = ind.split.unitCell;
    return cell ? [{ messageId: 'addUnit' as const, data: { value }, edits: [{ cell, expected: ind.split.unit, value: unit }] }] : [];
  });
}
