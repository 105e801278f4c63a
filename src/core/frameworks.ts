/** The indicator frameworks of domain.md §2, as data, and matching of category labels against them. */
import type { Framework } from './model';
import { compact, toHalfWidth } from './text';
import { defaultVocabulary } from './vocabulary';
import { stripNumbering } from './numbering';

export interface FrameworkDef {
  id: Exclude<Framework, 'unknown'>;
  /** How this framework writes a category label (产出 → 产出指标 or 产出目标). */
  suffix: string;
  /** 一级 categories, each with its 二级 categories (canonical names, without 指标/目标). */
  level1: { name: string; level2: string[] }[];
}

export const FRAMEWORKS: readonly FrameworkDef[] = [
  {
    id: 'shanghai-2020',
    suffix: '目标',
    level1: [
      { name: '投入与管理', level2: ['投入管理', '财务管理', '实施管理', '资产管理'] },
      { name: '产出', level2: ['数量', '质量', '时效', '成本'] },
      { name: '效果', level2: ['经济效益', '社会效益', '环境效益', '满意度'] },
      { name: '影响力', level2: ['长效管理', '部门协助', '人力资源', '信息共享', '档案管理'] },
    ],
  },
  {
    id: 'national-2015',
    suffix: '指标',
    level1: [
      { name: '产出', level2: ['数量', '质量', '时效', '成本'] },
      { name: '效益', level2: ['经济效益', '社会效益', '生态效益', '可持续影响'] },
      { name: '满意度', level2: ['服务对象满意度'] },
    ],
  },
  {
    id: 'national-2021',
    suffix: '指标',
    level1: [
      { name: '成本', level2: ['经济成本', '社会成本', '生态环境成本'] },
      { name: '产出', level2: ['数量', '质量', '时效'] },
      { name: '效益', level2: ['经济效益', '社会效益', '生态效益', '可持续影响'] },
      { name: '满意度', level2: ['服务对象满意度'] },
    ],
  },
];

/**
 * A category label as compared with the frameworks: no spaces, ★, numbering (`一、`, `1.`), score suffixes
 * (`(50分)`, `(0-20)分`, `10分`), or trailing 指标/目标 (the national budget system compares the same way).
 */
export function categoryKey(label: string): string {
  let key = categoryKeys.get(label);
  if (key === undefined) {
    if (categoryKeys.size > 10_000) categoryKeys.clear();
    key = computeCategoryKey(label);
    categoryKeys.set(label, key);
  }
  return key;
}

/** Labels repeat on every row and in every table: their keys are worth remembering. */
const categoryKeys = new Map<string, string>();

function computeCategoryKey(label: string): string {
  let s = compact(toHalfWidth(label)).replace(/[★☆]/g, '');
  s = stripNumbering(s);
  s = s.replace(/\(?\d+(?:\.\d+)?(?:[-~—至]\d+(?:\.\d+)?)?\)?分$/, '');
  s = s.replace(/\([^)]*分[^)]*\)$/, '');
  s = s.replace(/\(\d+(?:\.\d+)?%?\)$/, '');
  for (let i = 0; i < 2; i++) s = s.replace(/(?:指标|目标)$/, '');
  // Other spellings seen in real tables (vocabulary `categories`).
  const v = defaultVocabulary();
  return v.categoryAlias(s) ?? v.categoryAlias(s + '目标') ?? s;
}

/**
 * Whether 二级 `level2` belongs under 一级 `level1` in some framework (or in `framework` when given):
 * true, false, or null when either label is unknown to every framework.
 */
export function belongsUnder(level1: string, level2: string, framework?: Framework): boolean | null {
  const k1 = categoryKey(level1);
  const k2 = categoryKey(level2);
  const defs = framework && framework !== 'unknown' ? FRAMEWORKS.filter((f) => f.id === framework) : FRAMEWORKS;
  let known1 = false;
  let known2 = false;
  for (const f of defs) {
    for (const l of f.level1) {
      if (l.name === k1) known1 = true;
      if (l.level2.includes(k2)) known2 = true;
      if (l.name === k1 && l.level2.includes(k2)) return true;
    }
  }
  return known1 && known2 ? false : null;
}

/** The 一级 categories (canonical) a 二级 label belongs to in `framework`. */
export function parentsOf(level2: string, framework: Framework): string[] {
  const k2 = categoryKey(level2);
  const defs = framework === 'unknown' ? FRAMEWORKS : FRAMEWORKS.filter((f) => f.id === framework);
  const out = new Set<string>();
  for (const f of defs) for (const l of f.level1) if (l.level2.includes(k2)) out.add(l.name);
  return [...out];
}

/**
 * Detect the framework from the (一级, 二级) pairs of a table. Distinctive categories decide (投入与管理/效果/影响力:
 * shanghai-2020; 成本 as a 一级: national-2021; 成本 as a 二级 under 产出: national-2015); when the pairs fit the two
 * national frameworks equally, the year decides (the 2021 framework applies from the 2022 budget on).
 */
export function detectFramework(pairs: { level1: string; level2: string }[], year: number | null): Framework {
  const score = new Map<Framework, number>();
  let known = 0;
  for (const { level1, level2 } of pairs) {
    const k1 = categoryKey(level1);
    const k2 = categoryKey(level2);
    let hit = false;
    for (const f of FRAMEWORKS) {
      let s = 0;
      for (const l of f.level1) {
        if (k1 && l.name === k1) s += 1;
        if (k2 && l.level2.includes(k2) && (!k1 || l.name === k1)) s += 1;
      }
      if (s > 0) hit = true;
      score.set(f.id, (score.get(f.id) ?? 0) + s);
    }
    if (hit) known++;
  }
  if (known === 0) return 'unknown';
  // A table whose categories are mostly outside every framework is an unknown (local) one.
  const total = pairs.filter((p) => p.level1 || p.level2).length;
  if (known * 2 < total) return 'unknown';
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best[1] === 0) return 'unknown';
  if (second && second[1] === best[1]) {
    let tied = ranked.filter((r) => r[1] === best[1]).map((r) => r[0]);
    // 产出/数量 fit shanghai-2020 and the national frameworks alike; the shanghai form writes 产出目标, the national
    // ones 产出指标.
    const shanghaiStyle = pairs.some((p) => /目标$/.test(compact(p.level1)));
    if (tied.length > 1 && !shanghaiStyle) tied = tied.filter((f) => f !== 'shanghai-2020');
    if (tied.includes('national-2015') && tied.includes('national-2021')) {
      return year !== null && year <= 2021 ? 'national-2015' : 'national-2021';
    }
    return tied[0];
  }
  return best[0];
}

/** A category as a table of `framework` writes it: 产出 → 产出指标 (national) or 产出目标 (shanghai-2020). */
export function categoryLabel(name: string, framework: Framework): string {
  const def = FRAMEWORKS.find((f) => f.id === framework);
  if (!def || name === '投入与管理') return name;
  return name + def.suffix;
}
