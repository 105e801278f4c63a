/**
 * domain.md §6.11: the same 三级 name twice in one table. Entries of different value columns or blocks (中期 and
 * 年度, one column per village) are not duplicates: `column` tells them apart.
 */
import type { Indicator } from '../model';
import { compact, toHalfWidth } from '../text';
import { stripNumbering } from '../numbering';
import { createRule } from './rule';

/** A 三级 name as compared: no spaces, half-width, no ★ markers or leading numbering (`1.`, `指标1:`). */
function nameKey(name: string): string {
  return stripNumbering(compact(toHalfWidth(name)).replace(/[★☆]/g, ''));
}

export const indicatorDuplicate = createRule({
  meta: {
    id: 'indicator-duplicate',
    severity: 'warning',
    tags: ['structure'],
    description: {
      'zh-CN': '同一张表中三级指标名称重复：同一指标只应出现一次',
      'en-US': 'The same 三级 indicator name twice in one table: each indicator should appear once',
    },
    messages: {
      duplicate: {
        'zh-CN': '三级指标“{name}”在表中出现了{count}次：请删除重复的行，或把名称改得能区分各自衡量的内容',
        'en-US': 'The 三级 indicator "{name}" appears {count} times: delete the repeated rows, or rename them so each says what it measures',
      },
    },
    examples: { valid: ['培训人次 / 培训合格率'], invalid: ['培训人次 / 培训人次'] },
  },
  check(context) {
    const groups = new Map<string, Map<string, Indicator>>();
    for (const ind of context.table.indicators) {
      const k = nameKey(ind.level3);
      if (!k) continue;
      const key = `${ind.column ?? ''}\u0000${k}`;
      const cells = groups.get(key) ?? new Map<string, Indicator>();
      // A 三级 cell merged over several target cells is one name, not several.
      const cell = ind.levelCells.level3 ?? ind.cell;
      if (!cells.has(cell)) cells.set(cell, ind);
      groups.set(key, cells);
    }
    for (const cells of groups.values()) {
      if (cells.size < 2) continue;
      const first = [...cells.values()][0];
      context.report({ messageId: 'duplicate', data: { name: first.level3, count: cells.size }, cells: [...cells.keys()] });
    }
  },
});
