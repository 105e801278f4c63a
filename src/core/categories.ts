/** A table's indicator rows by 一级 category of its framework: which categories are there, which are absent. */
import type { EmptyGroup, Indicator, TargetTable } from './model';
import { FRAMEWORKS, categoryKey, type FrameworkDef } from './frameworks';

/** The rows of one 一级 category: its indicators and its unfilled category rows. */
export interface Level1Rows {
  name: string;
  indicators: Indicator[];
  groups: EmptyGroup[];
}

/** The definition of the table's detected framework, or undefined for `unknown`. */
export function frameworkOf(table: TargetTable): FrameworkDef | undefined {
  return FRAMEWORKS.find((f) => f.id === table.framework);
}

/**
 * The rows of each 一级 of `def`. A row counts for a 一级 when its 一级 label is that category or its 二级 belongs
 * there (a 二级 whose 一级 cell is blank, or that sits under the wrong 一级, still shows its category is present),
 * as the recogniser's completeness check counts them.
 */
export function level1Rows(table: TargetTable, def: FrameworkDef): Level1Rows[] {
  const out = def.level1.map((l) => ({ name: l.name, indicators: [] as Indicator[], groups: [] as EmptyGroup[] }));
  const place = (x: { level1: string; level2: string }): Level1Rows[] => {
    const k1 = x.level1 ? categoryKey(x.level1) : '';
    const k2 = x.level2 ? categoryKey(x.level2) : '';
    return out.filter((o, i) => (k1 && o.name === k1) || (k2 && def.level1[i].level2.includes(k2)));
  };
  for (const ind of table.indicators) for (const o of place(ind)) o.indicators.push(ind);
  for (const g of table.emptyGroups) for (const o of place(g)) o.groups.push(g);
  return out;
}

/**
 * 一级 categories of the framework with no row at all: the condition under which the recogniser reports the block
 * as incomplete (cut off). Rules that sum over the whole block stay silent on such tables.
 */
export function absentLevel1(table: TargetTable): string[] {
  const def = frameworkOf(table);
  if (!def || table.indicators.length === 0) return [];
  return (
    level1Rows(table, def)
      .filter((r) => r.indicators.length === 0 && r.groups.length === 0)
      // A national-2021 table without any 成本 row was told from a 2015 one by its year alone: 成本 missing then
      // says nothing about the block being cut off.
      .filter((r) => !(def.id === 'national-2021' && r.name === '成本'))
      .map((r) => r.name)
  );
}

