/**
 * domain.md §6.11: empty rows left inside the indicator block — rows of a filled 二级 with neither a 三级 name nor
 * a target (template rows not used). A 二级 left entirely unfilled is not reported: frameworks let a table use only
 * the 二级 categories that fit the project. Fully blank rows (no category either) are dropped by the recogniser
 * before the rules see the table, so they are not reported here.
 */
import { categoryKey } from '../frameworks';
import { columnOf } from './category-level1-missing';
import { createRule } from './rule';

interface Row {
  row: number;
  key: string;
  level2: string;
  filled: boolean;
  cell: string;
}

export const blockEmptyRows = createRule({
  meta: {
    id: 'block-empty-rows',
    severity: 'warning',
    tags: ['structure'],
    description: {
      'zh-CN': '指标区中夹有空行（已填写的二级指标下留有没有三级指标和指标值的行）：请填写或删除',
      'en-US': 'Empty rows inside the indicator block (rows of a filled 二级 with neither a 三级 name nor a target): fill them in or delete them',
    },
    messages: {
      emptyRows: {
        'zh-CN': '“{level2}”下有{count}行空行（没有三级指标和指标值）：请填写指标，或删除这些空行',
        'en-US': '"{level2}" has {count} empty row(s) (no 三级 name and no target): fill in the indicators or delete the rows',
      },
    },
    examples: { valid: ['数量指标 / 培训人次 / ≥200人次'], invalid: ['数量指标 / 培训人次 / ≥200人次, then 数量指标 / (blank) / (blank)'] },
  },
  check(context) {
    const table = context.table;
    if (table.emptyGroups.length === 0) return;
    // Rows by block: a block is known by its 三级 column (side-by-side blocks stay apart).
    const blocks = new Map<string, Row[]>();
    // Appended in place and looked up in a set: copying or scanning per row is quadratic on sheets of many rows.
    const add = (col: string, r: Row) => {
      const list = blocks.get(col);
      if (list) list.push(r);
      else blocks.set(col, [r]);
    };
    const indicatorRows = new Set(table.indicators.map((i) => i.row));
    const keyOf = (x: { level1: string; level2: string }) => `${categoryKey(x.level1)}|${categoryKey(x.level2)}`;
    for (const i of table.indicators) {
      const cell = i.levelCells.level3 ?? i.cell;
      add(columnOf(cell), { row: i.row, key: keyOf(i), level2: i.level2, filled: !!i.level3, cell });
    }
    for (const g of table.emptyGroups) {
      if (!g.level2) continue;
      add(columnOf(g.cell), { row: g.row, key: keyOf(g), level2: g.level2, filled: false, cell: g.cell });
    }
    for (const rows of blocks.values()) {
      rows.sort((a, b) => a.row - b.row);
      // Runs of consecutive rows of one category; a run's empty rows after its first filled row are left-over
      // template rows (an empty row before it may be a heading row for the category).
      let start = 0;
      while (start < rows.length) {
        let end = start;
        while (end + 1 < rows.length && rows[end + 1].key === rows[start].key) end++;
        const run = rows.slice(start, end + 1);
        const firstFilled = run.findIndex((r) => r.filled);
        if (firstFilled >= 0) {
          const empty = [...new Set(run.slice(firstFilled).filter((r) => !r.filled && !indicatorRows.has(r.row)).map((r) => r.cell))];
          if (empty.length) context.report({ messageId: 'emptyRows', data: { level2: run[firstFilled].level2, count: empty.length }, cells: empty });
        }
        start = end + 1;
      }
    }
  },
});
