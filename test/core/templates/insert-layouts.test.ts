/**
 * Template insertion on small table literals, one layout at a time: merged, repeated and blank 一级/二级 cells,
 * split value columns with 权重 / 指标方向性 / 指标解释, empty rows, stacked and side-by-side blocks, formulas below
 * the table, and the cases where nothing can be planned.
 */
import { recognise } from '../../../src/core/recognise';
import type { EditPlan } from '../../../src/core/model';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { checkSheet } from '../../../src/core/outcome';
import { EMPTY_SETTINGS } from '../../../src/core/settings';
import { sheet, tuples } from '../../helpers/sheet';
import {
  applyPlanToSnapshot,
  blankTableSnapshot,
  defaultCatalogue,
  indicatorTemplates,
  planBlankTable,
  planInsertion,
  planNoteText,
  rowsFor,
  tableTemplates,
  type InsertionPoint,
  type TemplateRow,
} from '../../../src/core/templates';
import { verifyInsertion } from './helpers';

const catalogue = defaultCatalogue();
const template = (id: string) => indicatorTemplates(catalogue).find((t) => t.id === id)!;
const ids = (plan: EditPlan) => plan.notes.map((n) => n.id);
const cells = (plan: EditPlan) => Object.fromEntries(plan.writes.map((w) => [w.cell, w.value]));

const QUANTITY: TemplateRow[] = [
  { level3: '培训人次', target: { operator: '≥', value: '**', unit: '人次' }, level1: '产出', level2: '数量' },
  { level3: '培训班次', target: { operator: '≥', value: '**', unit: '期' }, level1: '产出', level2: '数量' },
];

/** Plan, apply, check the invariants (helpers.ts), and return the table as read afterwards. */
function insert(snapshot: SheetSnapshot, rows: TemplateRow[], where: InsertionPoint, index = 0) {
  const table = recognise(snapshot).tables[index];
  const plan = planInsertion(snapshot, table, rows, where);
  const placements = new Map(rows.filter((r) => r.level1 && r.level2).map((r) => [r.level3, { level1: r.level1!, level2: r.level2! }]));
  return { plan, ...verifyInsertion(snapshot, index, plan, rows, { placements }) };
}

const NATIONAL = `
  项目支出绩效目标表
  (2020年度)
  一级指标 | 二级指标 | 三级指标 | 指标值
  产出指标 | 质量指标 | 验收合格率 | =100%
           |          | 资金到位率 | =100%
           | 时效指标 | 完成及时率 | =100%
  效益指标 | 社会效益指标 | 受益人数 | ≥100人
  满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥90%
  填表人:
`;

describe('merged 一级/二级 cells', () => {
  const merged = sheet(NATIONAL, { merges: ['A4:A6', 'B4:B5'] });

  test('rows at the end of a group extend its 二级 merge; inside the 一级 merge they simply grow it', () => {
    const { plan, table } = insert(merged, [{ level3: '资料归档率', target: { operator: '=', value: '**', unit: '%' } }], { cell: 'D5' });
    expect(plan.rowInsertions).toEqual([{ sheet: 'Sheet1', beforeRow: 5, count: 1, formatFromRow: 4 }]);
    expect(plan.merges).toEqual([{ sheet: 'Sheet1', kind: 'extend', from: 'B4:B5', range: 'B4:B6' }]);
    expect(cells(plan)).toEqual({ C6: '资料归档率', D6: '=**%' });
    expect(tuples(table.indicators).slice(0, 4)).toEqual([
      ['D4', '产出指标', '质量指标', '验收合格率', '=100%'],
      ['D5', '产出指标', '质量指标', '资金到位率', '=100%'],
      ['D6', '产出指标', '质量指标', '资料归档率', '=**%'],
      ['D7', '产出指标', '时效指标', '完成及时率', '=100%'],
    ]);
  });

  test('a new 二级 group first in its 一级 block takes the 一级 label and merge up to it', () => {
    const { plan, table } = insert(merged, QUANTITY, { level1: '产出', level2: '数量' });
    expect(plan.rowInsertions).toEqual([{ sheet: 'Sheet1', beforeRow: 3, count: 2, formatFromRow: 3 }]);
    expect(cells(plan)).toMatchObject({ A4: '产出指标', B4: '数量指标', C4: '培训人次', D4: '≥**人次', C5: '培训班次', D5: '≥**期' });
    expect(plan.merges).toEqual([
      { sheet: 'Sheet1', kind: 'unmerge', range: 'A6:A8' },
      { sheet: 'Sheet1', kind: 'add', range: 'A4:A8' },
      { sheet: 'Sheet1', kind: 'add', range: 'B4:B5' },
    ]);
    expect(ids(plan)).toEqual(['groupAdded', 'placeholdersToFill']);
    expect(tuples(table.indicators).slice(0, 3)).toEqual([
      ['D4', '产出指标', '数量指标', '培训人次', '≥**人次'],
      ['D5', '产出指标', '数量指标', '培训班次', '≥**期'],
      ['D6', '产出指标', '质量指标', '验收合格率', '=100%'],
    ]);
  });

  test('a new 二级 group after the last one of its 一级 extends the 一级 merge', () => {
    const cost: TemplateRow = { level3: '项目建设成本', target: { operator: '≤', value: '**', unit: '万元' }, level1: '产出', level2: '成本' };
    const { plan, table } = insert(merged, [cost], { level1: '产出', level2: '成本' });
    expect(plan.rowInsertions[0].beforeRow).toBe(6);
    expect(plan.merges).toEqual([{ sheet: 'Sheet1', kind: 'extend', from: 'A4:A6', range: 'A4:A7' }]);
    expect(cells(plan)).toEqual({ B7: '成本指标', C7: '项目建设成本', D7: '≤**万元' });
    expect(table.indicators.find((i) => i.cell === 'D7')).toMatchObject({ level1: '产出指标', level2: '成本指标' });
  });

  test('a new 一级 block goes at its place in the framework, with its own label and merge', () => {
    const rows: TemplateRow[] = [
      { level3: '带动就业人数', target: { operator: '≥', value: '**', unit: '人' }, level1: '效益', level2: '经济效益' },
      ...QUANTITY,
    ];
    const national2021 = sheet(NATIONAL.replace('2020', '2023'), { merges: ['A4:A6', 'B4:B5'] });
    const costRows: TemplateRow[] = [
      { level3: '项目建设成本', target: { operator: '≤', value: '**', unit: '万元' }, level1: '成本', level2: '经济成本' },
      { level3: '文明施工情况', target: { grade: '可控' }, level1: '成本', level2: '生态环境成本' },
    ];
    const { plan, table } = insert(national2021, costRows, { level1: '成本', level2: '经济成本' });
    // 成本 is the first 一级 of national-2021: before 产出, with a merged label over its two 二级 groups.
    expect(plan.rowInsertions).toEqual([{ sheet: 'Sheet1', beforeRow: 3, count: 2, formatFromRow: 3 }]);
    expect(cells(plan)).toMatchObject({ A4: '成本指标', B4: '经济成本指标', B5: '生态环境成本指标' });
    expect(plan.merges).toEqual([{ sheet: 'Sheet1', kind: 'add', range: 'A4:A5' }]);
    expect(ids(plan)).toEqual(['level1Added', 'groupAdded', 'groupAdded', 'placeholdersToFill']);
    expect(tuples(table.indicators).slice(0, 2)).toEqual([
      ['D4', '成本指标', '经济成本指标', '项目建设成本', '≤**万元'],
      ['D5', '成本指标', '生态环境成本指标', '文明施工情况', '可控'],
    ]);
    // Rows for several categories at once: each where it belongs.
    const both = insert(merged, rows, { cell: 'D4' });
    expect(both.plan.rowInsertions.map((i) => [i.beforeRow, i.count])).toEqual([[6, 1], [3, 2]]);
  });
});

describe('blank 一级/二级 cells (the label on the first row only)', () => {
  const blank = sheet(NATIONAL);

  test('rows appended to a group leave the level cells blank, as the table does', () => {
    const { plan } = insert(blank, [{ level3: '资料归档率', target: { operator: '=', value: '**', unit: '%' } }], { cell: 'D5' });
    expect(cells(plan)).toEqual({ C6: '资料归档率', D6: '=**%' });
    expect(plan.merges).toEqual([]);
  });

  test('a new group at the top of its 一级 block writes the 一级 label on its first row', () => {
    const { plan, table } = insert(blank, QUANTITY, { level1: '产出', level2: '数量' });
    expect(cells(plan)).toMatchObject({ A4: '产出指标', B4: '数量指标' });
    expect(cells(plan).A5).toBeUndefined();
    expect(cells(plan).B5).toBeUndefined();
    expect(table.indicators.slice(0, 3).map((i) => [i.level1, i.level2])).toEqual([
      ['产出指标', '数量指标'],
      ['产出指标', '数量指标'],
      ['产出指标', '质量指标'],
    ]);
  });
});

describe('repeated 一级/二级 cells (a flat multi-project list)', () => {
  const flat = sheet(`
    部门预算项目绩效目标表
    单位名称 | 项目名称 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性
    某镇 | 村组干部报酬 | 效益指标 | 社会效益指标 | 维护社会稳定 | ≥ | 95 | % | 10 | 正向指标
         |              | 产出指标 | 数量指标 | 村组干部人数 | ≥ | 230 | 人 | 10 | 正向指标
         |              | 产出指标 | 质量指标 | 按时发放率 | ≥ | 95 | % | 10 | 正向指标
         |              | 效益指标 | 可持续影响指标 | 项目维持时效 | ≥ | 95 | % | 10 | 正向指标
         | 基层组织经费 | 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 95 | % | 10 | 正向指标
  `);

  test('labels on every new row; split columns, direction; 权重 left blank and flagged', () => {
    const rows: TemplateRow[] = [
      ...QUANTITY,
      { level3: '项目完成及时性', target: { grade: '及时' }, level1: '产出', level2: '时效' },
      { level3: '成本控制率', target: { operator: '≤', value: '**', unit: '%' }, level1: '成本', level2: '经济成本' },
    ];
    const { plan, table } = insert(flat, rows, { cell: 'E4' });
    // Interleaved rows: each category after its last row; nothing goes above the project's first row.
    expect(plan.rowInsertions.map((i) => [i.beforeRow, i.count])).toEqual([[6, 1], [5, 1], [4, 2]]);
    expect(cells(plan)).toMatchObject({
      C5: '产出指标', D5: '数量指标', E5: '培训人次', F5: '≥', G5: '**', H5: '人次', J5: '正向指标',
      C6: '产出指标', D6: '数量指标', E6: '培训班次',
      C8: '产出指标', D8: '时效指标', E8: '项目完成及时性', F8: '定性', G8: '及时',
      C10: '成本指标', D10: '经济成本指标', E10: '成本控制率', F10: '≤', G10: '**', H10: '%', J10: '反向指标',
    });
    expect(Object.keys(cells(plan)).some((c) => /^[ABI]/.test(c))).toBe(false);
    const weight = plan.notes.find((n) => n.id === 'weightLeftBlank')!;
    expect(weight.cells).toEqual(['I5', 'I6', 'I8', 'I10']);
    expect(planNoteText(weight, 'zh-CN')).toContain('权重');
    expect(table.indicators.filter((i) => i.row === 4 || i.row === 9).map((i) => [i.level1, i.level2, i.target])).toEqual([
      ['产出指标', '数量指标', '≥**'],
      ['成本指标', '经济成本指标', '≤**'],
    ]);
    // The second project keeps its rows (its first row moved down by four).
    const second = recognise(applyPlanToSnapshot(flat, plan)).tables[1];
    expect(tuples(second.indicators)).toEqual([['G11', '满意度指标', '服务对象满意度指标', '群众满意度', '≥95%']]);
  });
});

describe('other columns and rows', () => {
  test('指标解释 takes the explanation; other columns are left blank and named in a note', () => {
    const withColumns = sheet(`
      项目支出绩效目标表
      一级指标 | 二级指标 | 三级指标 | 指标值 | 绩效标准 | 指标解释
      产出指标 | 数量指标 | 培训人次 | ≥200人次 | 计划标准 |
      满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥95% | 计划标准 |
    `);
    const rows = rowsFor(template('category.output-quality'), 'national-2021').slice(0, 1);
    const { plan } = insert(withColumns, rows, { cell: 'D3' });
    expect(cells(plan)).toMatchObject({ B4: '质量指标', C4: '项目验收合格率', D4: '=**%', F4: '通过验收的工程（任务）数/应验收数×100%' });
    expect(plan.notes.find((n) => n.id === 'columnsLeftBlank')?.data).toEqual({ columns: '绩效标准' });
  });

  test('an empty category row is filled before any row is inserted', () => {
    const withEmpty = sheet(`
      项目支出绩效目标表
      一级指标 | 二级指标 | 三级指标 | 指标值 | 分值
      成本指标 | 经济成本指标 | 项目建设成本 | ≤65万元 | 10
               | 社会成本指标 |  |  |
               | 生态环境成本指标 |  |  |
    `);
    const rows = rowsFor(template('category.social-cost'), 'national-2021');
    const { plan, table } = insert(withEmpty, rows, { level1: '成本', level2: '社会成本' });
    expect(plan.rowInsertions).toEqual([{ sheet: 'Sheet1', beforeRow: 4, count: 1, formatFromRow: 3 }]);
    expect(cells(plan)).toEqual({ C4: '社会负面影响', D4: '可控', C5: '社会稳定风险', D5: '可控' });
    expect(ids(plan)).toEqual(['rowsFilled', 'weightLeftBlank', 'placeholdersToFill']);
    expect(table.emptyGroups.map((g) => g.level2)).toEqual(['生态环境成本指标']);
  });

  test('a label column merged over the block grows with rows added at its end', () => {
    const labelled = sheet(
      `
      项目支出绩效目标表
      (2020年度)
               | 一级指标 | 二级指标 | 三级指标 | 指标值
      年度指标 | 产出指标 | 质量指标 | 验收合格率 | =100%
               |          | 时效指标 | 完成及时率 | =100%
               | 效益指标 | 社会效益指标 | 受益人数 | ≥100人
               | 满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥90%
    `,
      { merges: ['A4:A7'] },
    );
    const rows = rowsFor(template('category.satisfaction'), 'national-2015').slice(1);
    const { plan } = insert(labelled, rows, { cell: 'E7' });
    expect(plan.merges).toEqual([{ sheet: 'Sheet1', kind: 'extend', from: 'A4:A7', range: 'A4:A8' }]);
  });

  test('cells below the table move down with their formulas, references adjusted', () => {
    const withFormula = sheet(`
      项目支出绩效目标表
      一级指标 | 二级指标 | 三级指标 | 指标值 | 分值
      产出指标 | 数量指标 | 培训人次 | ≥200人次 | 50
      满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥95% | 40
      填表人: |  |  | 合计 | 90
    `);
    withFormula.formulas = [[], [], [], [], [null, null, null, null, '=SUM(E3:E4)+Sheet2!E4+LEN("E4")']];
    const { plan, after } = insert(withFormula, QUANTITY.slice(0, 1).map((r) => ({ ...r, level3: '培训班次' })), { cell: 'D3' });
    expect(plan.rowInsertions[0]).toMatchObject({ beforeRow: 3, count: 1 });
    expect(after.formulas?.[5]?.[4]).toBe('=SUM(E3:E5)+Sheet2!E4+LEN("E4")');
    expect(after.values[5]).toEqual(['填表人:', null, null, '合计', '90']);
  });
});

describe('several blocks', () => {
  test('stacked 中期 and 年度 blocks: the selected cell picks the block', () => {
    const stacked = sheet(`
      项目支出绩效目标表
      中期绩效指标
      一级指标 | 二级指标 | 三级指标 | 指标值
      产出指标 | 数量指标 | 培训人次 | ≥600人次
      效益指标 | 社会效益指标 | 受益人数 | ≥300人
      年度绩效指标
      一级指标 | 二级指标 | 三级指标 | 指标值
      产出指标 | 数量指标 | 培训人次 | ≥200人次
      效益指标 | 社会效益指标 | 受益人数 | ≥100人
    `);
    const { plan, added } = insert(stacked, [{ level3: '培训班次', target: { operator: '≥', value: '**', unit: '期' } }], { cell: 'D8' });
    expect(plan.rowInsertions[0].beforeRow).toBe(8);
    expect(added.map((a) => [a.cell, a.column])).toEqual([['D9', '年度绩效指标']]);
  });

  test('side-by-side 长期 | 年度 blocks: the selected cell picks the columns', () => {
    const sideBySide = sheet(`
      项目支出绩效目标表
      一级指标 | 二级指标(长期) | 三级指标(长期) | 指标值(长期) | 二级指标(年度) | 三级指标(年度) | 指标值(年度)
      产出指标 | 数量指标 | 培训人次 | ≥600人次 | 数量指标 | 培训人次 | ≥200人次
      效益指标 | 社会效益指标 | 受益人数 | ≥300人 | 社会效益指标 | 受益人数 | ≥100人
    `);
    const { plan, added } = insert(sideBySide, [{ level3: '培训班次', target: { operator: '≥', value: '**', unit: '期' } }], { cell: 'G3' });
    expect(cells(plan)).toEqual({ F4: '培训班次', G4: '≥**期' });
    expect(added.map((a) => [a.cell, a.level1, a.level2, a.column])).toEqual([['G4', '产出指标', '数量指标', '指标值(年度)']]);
  });
});

describe('what is not inserted', () => {
  const table = sheet(NATIONAL);

  test('a 三级 already in the group is skipped, with a note pointing at it', () => {
    const plan = planInsertion(table, recognise(table).tables[0], [{ level3: '验收 合格率', target: { grade: '合格' } }], { cell: 'D4' });
    expect(plan.rowInsertions).toEqual([]);
    expect(plan.writes).toEqual([]);
    expect(plan.notes).toEqual([{ id: 'rowExists', data: { level3: '验收 合格率', level2: '质量指标' }, cells: ['C4'] }]);
    expect(planNoteText(plan.notes[0], 'en-US')).toBe('"质量指标" already has the 三级 indicator "验收 合格率": not inserted again');
  });

  test('the shanghai-2020 投入与管理 block on the seed: all eight rows are there already', () => {
    const seed = sheet(
      `
      财政项目支出绩效目标表
      一级目标 | 二级目标 | 三级目标 | 指标目标值
      投入与管理 | 投入管理 | 预算执行率 | =100%
      | 财务管理 | 预算资金到位率 | =100%
      | | 财务管理制度健全性 | 健全
      | 实施管理 | 资金使用规范性 | 规范
      | | 督导检查情况 | 良好
      | 资产管理 | 管理制度健全性 | 健全
      | | 管理制度执行有效性 | 良好
      | | 档案管理情况 | 良好
      产出目标 | 数量 | 补贴人员数量 | >=200人
    `,
      { merges: ['A3:A10', 'B4:B5', 'B6:B7', 'B8:B10'] },
    );
    const t = recognise(seed).tables[0];
    expect(t.framework).toBe('shanghai-2020');
    const plan = planInsertion(seed, t, rowsFor(template('block.shanghai-2020.input-management'), t.framework), { cell: 'D3' });
    expect(plan.rowInsertions).toEqual([]);
    expect(plan.notes.filter((n) => n.id === 'rowExists')).toHaveLength(8);
    // The block offers nothing for a national table.
    expect(rowsFor(template('block.shanghai-2020.input-management'), 'national-2021')).toEqual([]);
  });

  test('a 三级 the table has under another 二级 is inserted with a note; a row naming only its 二级 finds its 一级', () => {
    const { plan, added } = insert(table, [{ level3: '验收合格率', target: { operator: '≥', value: '**', unit: '%' }, level2: '数量' }], { cell: 'D7' });
    expect(plan.notes.find((n) => n.id === 'rowElsewhere')).toEqual({ id: 'rowElsewhere', data: { level3: '验收合格率', level2: '质量指标' }, cells: ['C4'] });
    expect(added.map((a) => [a.level1, a.level2, a.level3])).toEqual([['产出指标', '数量指标', '验收合格率']]);
  });

  test('a category outside the table\'s framework is inserted with a note to check it', () => {
    const plan = planInsertion(table, recognise(table).tables[0], [{ level3: '预算执行率', target: { operator: '=', value: '**', unit: '%' }, level1: '投入与管理', level2: '投入管理' }], { cell: 'D4' });
    expect(ids(plan)).toContain('outsideFramework');
  });

  test('a selected cell off the indicator rows, or a table without an indicator block, plans nothing', () => {
    const t = recognise(table).tables[0];
    expect(planInsertion(table, t, QUANTITY, { cell: 'A1' })).toEqual({ sheet: 'Sheet1', rowInsertions: [], merges: [], writes: [], notes: [{ id: 'whereNotIndicator', data: { cell: 'A1' }, cells: ['A1'] }] });
    const headerOnly = sheet(`
      项目支出绩效目标表
      项目名称 | 某项目 | 主管部门 | 某局
      项目总预算(元) | 100 | 项目当年预算(元) | 100
    `);
    const h = recognise(headerOnly).tables[0];
    expect(ids(planInsertion(headerOnly, h, QUANTITY, { level1: '产出', level2: '数量' }))).toEqual(['noIndicatorBlock']);
  });
});

describe('a blank table, then templates', () => {
  test('rows go under their 二级 after the placeholder rows, which stay flagged until deleted', () => {
    const blank = blankTableSnapshot(planBlankTable(tableTemplates(catalogue).find((t) => t.framework === 'national-2021')!, '绩效目标表', { year: 2026 }));
    const rows = rowsFor(template('sector.training'), 'national-2021');
    const { plan, table, after } = insert(blank, rows, { level1: '产出', level2: '数量' });
    expect(ids(plan)).toContain('placeholderRows');
    expect(table.indicators.filter((i) => i.level3).map((i) => [i.level1, i.level2, i.level3])).toEqual([
      ['成本指标', '经济成本指标', '人均培训成本'],
      ['产出指标', '数量指标', '培训班次'],
      ['产出指标', '数量指标', '培训人次'],
      ['产出指标', '质量指标', '培训人员合格率'],
      ['产出指标', '时效指标', '培训按计划完成率'],
      ['效益指标', '社会效益指标', '参训人员履职能力提升情况'],
      ['满意度指标', '服务对象满意度指标', '培训学员满意度'],
    ]);
    // Never clean: the new targets and the old placeholder rows are reported.
    const outcome = checkSheet(after, EMPTY_SETTINGS);
    expect(outcome.ready).toBe(false);
    const missing = outcome.findings.filter((f) => f.rule === 'target-missing').map((f) => f.cells[0]);
    for (const i of table.indicators.filter((x) => x.target.includes('**'))) expect(missing).toContain(i.cell);
  });
});
