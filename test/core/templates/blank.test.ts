/**
 * The blank whole tables: laid out host-neutrally, written to a snapshot, they are recognised as a table of their
 * framework with every 一级/二级, no indicator filled in, and every placeholder reported by the checker (a template
 * never makes an unfinished table look clean).
 */
import { recognise } from '../../../src/core/recognise';
import { checkSheet } from '../../../src/core/outcome';
import { EMPTY_SETTINGS } from '../../../src/core/settings';
import { categoryKey } from '../../../src/core/frameworks';
import { parseRangeAddress } from '../../../src/core/address';
import { blankTableSnapshot, defaultCatalogue, planBlankTable, tableTemplates, type BlankTree } from '../../../src/core/templates';

const tables = tableTemplates(defaultCatalogue());

describe.each(tables.map((t) => [t.id, t]))('%s', (_id, template) => {
  const tree = template.rows.find((r): r is BlankTree => 'tree' in r)!;
  const pairs = tree.tree.flatMap((n) => n.level2.map((l2) => [categoryKey(n.level1), categoryKey(l2)]));
  const plan = planBlankTable(template, '绩效目标表', { year: 2026 });
  const snapshot = blankTableSnapshot(plan);

  test('is recognised as one table of its framework, every 一级/二级 in the tree, nothing filled in', () => {
    const found = recognise(snapshot).tables;
    expect(found).toHaveLength(1);
    const [t] = found;
    expect([t.framework, t.kind, t.year]).toEqual([template.framework, 'target', 2026]);
    expect(t.indicators.map((i) => [categoryKey(i.level1), categoryKey(i.level2)])).toEqual(pairs);
    expect(t.indicators.every((i) => i.level3 === '' && i.target === tree.placeholder)).toBe(true);
    for (const f of Object.values(t.fields)) {
      if (f!.label !== '项目属性') expect([f!.label, f!.value]).toEqual([f!.label, '']);
    }
    expect(t.money.items.every((m) => m.value === null)).toBe(true);
    expect(t.money.unit).toBe(template.framework === 'shanghai-2020' ? '元' : '万元');
    expect(Object.keys(t.fields)).toEqual(expect.arrayContaining(['projectName', 'overallGoal']));
  });

  test('the checker reports every placeholder, and blank required fields: not ready', () => {
    const outcome = checkSheet(snapshot, EMPTY_SETTINGS);
    expect(outcome.ready).toBe(false);
    const placeholders = outcome.findings.filter((f) => f.rule === 'target-missing' && f.messageId === 'placeholder');
    expect(placeholders.map((f) => f.cells[0])).toEqual(recognise(snapshot).tables[0].indicators.map((i) => i.cell));
    expect(outcome.findings.some((f) => f.rule === 'required-fields')).toBe(true);
  });

  test('is described host-neutrally: cells, merges, widths, bold header, borders', () => {
    expect(plan.writes.every((w) => w.expected === '' && w.sheet === '绩效目标表')).toBe(true);
    expect(plan.columnWidths.map((c) => c.column)).toEqual(template.columnWidths.map((_, i) => String.fromCharCode(65 + i)));
    const merges = plan.merges.map((m) => parseRangeAddress(m)!);
    for (let i = 0; i < merges.length; i++) {
      for (let j = i + 1; j < merges.length; j++) {
        const [a, b] = [merges[i], merges[j]];
        expect(a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right).toBe(false);
      }
    }
    const block = parseRangeAddress(plan.indicatorBlock)!;
    expect(plan.bold).toContain(`A${block.top + 1}:${plan.columnWidths[plan.columnWidths.length - 1].column}${block.top + 1}`);
    // Every row of the indicator block has borders; the 一级 cells are merged down their 二级 rows.
    for (let r = block.top; r <= block.bottom; r++) expect(plan.borders.some((b) => parseRangeAddress(b)!.top === r)).toBe(true);
    const level1 = tree.columns.level1;
    expect(plan.merges.filter((m) => m.startsWith(level1) && parseRangeAddress(m)!.top > block.top)).toHaveLength(tree.tree.filter((n) => n.level2.length > 1).length);
  });

  test('without a year, the year line is left for the user', () => {
    const s = blankTableSnapshot(planBlankTable(template, 'S'));
    expect(s.values[1][0]).toBe('(    年度)');
    expect(recognise(s).tables[0].year).toBeNull();
  });
});
