/** What kind of quantity a 三级 name asks for: rates, counts, satisfaction, reverse indicators. */
import type { Indicator } from '../../model';
import type { ParsedTarget } from '../../target';
import { compact, toHalfWidth } from '../../text';
import { stripNumbering } from '../../numbering';
import { indicatorName } from './indicators';

/**
 * A 三级 name as its suffix is read: half-width, no spaces, no ★, no numbering (`指标1:`, `1.`, `(2)`), no
 * trailing brackets (`合格率(%)`, `合格率(≥**%)`) and no trailing 指标.
 */
export function nameCore(name: string): string {
  // Several rules ask for the core of every name, on every check: each name is worked out once (bounded memo).
  let core = CORES.get(name);
  if (core === undefined) {
    if (CORES.size >= CORES_MAX) CORES.clear();
    core = readCore(name);
    CORES.set(name, core);
  }
  return core;
}

const CORES = new Map<string, string>();
const CORES_MAX = 20_000;

function readCore(name: string): string {
  let s = stripNumbering(compact(toHalfWidth(name)).replace(/[★☆]/g, ''));
  s = s.replace(/[【〔［]/g, '(').replace(/[】〕］]/g, ')');
  for (let i = 0; i < 3; i++) s = s.replace(/\([^()]*\)$/, '');
  return s.replace(/指标$/, '');
}


/** Satisfaction names: 满意度, 满意率, 满意程度 (not 不满意率, which is a reverse rate). */
export function isSatisfactionName(core: string): boolean {
  return /满意(?:度|率|程度)$/.test(core) && !/不满意(?:度|率|程度)$/.test(core);
}

/** Rates where a lower value is better (反向): 投诉率, 事故发生率, 差错率, 不合格率 … */
const REVERSE_SUFFIXES = [
  '投诉率', '事故率', '发生率', '差错率', '出错率', '错误率', '失误率', '违规率', '违纪率', '不合格率', '不达标率',
  '返工率', '流失率', '死亡率', '损失率', '损耗率', '空置率', '误报率', '漏报率', '故障率', '返贫率', '辍学率',
  '超标率', '不满意率', '不满意度', '犯罪率', '发案率', '发病率', '感染率', '失业率', '退货率', '超支率',
];

/** A name whose value should be low (`投诉率`, `安全事故发生率`), by its last suffix. */
export function isReverseName(core: string): boolean {
  return REVERSE_SUFFIXES.some((s) => core.endsWith(s));
}

/** An indicator marked 反向 in the 指标方向性 column, or whose name is a reverse rate. */
export function isReverseIndicator(ind: Indicator): boolean {
  return /反向/.test(ind.direction ?? '') || isReverseName(nameCore(indicatorName(ind)));
}

/** …率 words that are not percentages: 频率 (times per period), 功率, 效率, 速率, 汇率, 容积率. */
const NOT_RATE = /(?:频率|功率|效率|速率|汇率|容积率|周转率)$/;
/** …数 words that are not counts: 指数, 系数, 倍数, 分数 … */
const NOT_COUNT = /(?:指数|系数|倍数|分数|参数|基数|函数|常数|读数|度数)$/;

export type NameKind = 'satisfaction' | 'rate' | 'count' | 'other';

/** What a 三级 name asks for, by its last suffix. */
export function nameKind(core: string): NameKind {
  if (isSatisfactionName(core)) return 'satisfaction';
  if (/(?:率|比例|比重|占比|百分比|知晓度|覆盖度|认可度|知晓程度)$/.test(core) && !NOT_RATE.test(core)) return 'rate';
  if (/(?:数|数量|人次|场次|批次|班次|车次|架次|频次)$/.test(core) && !NOT_COUNT.test(core)) return 'count';
  return 'other';
}

/** Units that state a proportion: %, ‰, 百分点. */
export function isProportionUnit(unit: string | undefined): boolean {
  return unit === '%' || unit === '‰' || unit === '个百分点' || unit === '百分点';
}

/** The target as a cell would hold it with `unit` added after the number (`95` → `95%`, `≥220` → `≥220门`). */
export function withUnit(ind: Indicator, p: ParsedTarget, unit: string): string {
  const text = ind.target.trim();
  const num = p.numberText;
  if (num && text.endsWith(num)) return text + unit;
  if (num && text.indexOf(num) >= 0 && text.indexOf(num) === text.lastIndexOf(num)) {
    const at = text.indexOf(num) + num.length;
    return text.slice(0, at) + unit + text.slice(at);
  }
  return text + unit;
}

