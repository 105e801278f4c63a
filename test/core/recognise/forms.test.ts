/**
 * Form kinds (部门整体, 发改 中央预算内投资, 转移支付, 评价指标表) and what each asks of its header, and the layouts the
 * second collection showed: the project name only in the title, a heading inside the header, 长期/年度 suffixed
 * headers side by side, one value column per place.
 */
import { recognise } from '../../../src/core/recognise';
import { checkSheet } from '../../../src/core/outcome';
import { EMPTY_SETTINGS } from '../../../src/core/settings';
import { sheet } from '../../helpers/sheet';

const headerFindings = (literal: string) =>
  checkSheet(sheet(literal), EMPTY_SETTINGS)
    .findings.filter((f) => f.rule === 'required-fields' || f.rule === 'table-not-found' || f.rule === 'indicator-block-missing')
    .map((f) => [f.rule, f.messageId, f.severity]);

describe('form kinds', () => {
  const department = `
    部门整体绩效目标 | | | |
    部门编码: | 316 | 部门名称: | 浮梁县林业局 |
    *年度绩效总目标 | 保证林业局职能实现 | | |
    一级指标 | 二级指标 | 三级指标 | 计算符号 | 目标值
    产出指标 | 数量指标 | 保障在职职工人数 | = | 116`;

  test('部门整体, titled without 表: the department is the name, no money or dates asked for', () => {
    const t = recognise(sheet(department)).tables[0];
    expect([t.form, t.title, t.fields.applicant?.value, t.fields.code?.value, t.fields.annualGoal?.value]).toEqual([
      'department',
      '部门整体绩效目标',
      '浮梁县林业局',
      '316',
      '保证林业局职能实现',
    ]);
    expect(t.fields.overallGoal).toBeUndefined();
    expect(headerFindings(department)).toEqual([]);
  });

  test('部门整体 without 部门名称: the name is missing', () => {
    expect(headerFindings(department.replace('部门名称: | 浮梁县林业局', '| '))).toEqual([['required-fields', 'nameMissing', 'error']]);
  });

  const investment = `
    中央预算内投资计划绩效目标表 | | | |
    (2023年度) | | | |
    专项名称 | 以工代赈示范工程 | | |
    下达地方或单位 | 舒城县发展改革委 | | |
    本次下达中央预算内投资(万元) | 853 | | |
    总体目标 | 支持配套基础设施建设 | | |
    一级指标 | 二级指标 | 三级指标 | 指标值
    实施效果指标 | 产出指标 | 新增就业人数 | ≥100人`;

  test('发改 中央预算内投资: 专项名称, the receiving unit and the investment are what it asks for', () => {
    const t = recognise(sheet(investment)).tables[0];
    expect([t.form, t.fields.projectName?.value, t.fields.applicant?.value]).toEqual(['investment', '以工代赈示范工程', '舒城县发展改革委']);
    expect(t.money.items.map((m) => [m.key, m.value])).toEqual([['central', 853]]);
    expect(headerFindings(investment)).toEqual([]);
  });

  test('转移支付: 资金 as 中央补助 + 地方资金, no dates asked for', () => {
    const literal = `
      中央对地方转移支付区域绩效目标表 | | |
      (2024年度) | | |
      转移支付（项目）名称 | 农业生产发展资金 | |
      中央主管部门 | 农业农村部 | 地方主管部门 | 某县农业农村局
      资金情况(万元) | 年度金额 | 500 |
      | 其中:中央补助 | 400 |
      | 地方资金 | 100 |
      年度目标 | 支持农业生产发展 | |
      一级指标 | 二级指标 | 三级指标 | 指标值
      产出指标 | 数量指标 | 建设高标准农田面积 | ≥1万亩`;
    const t = recognise(sheet(literal)).tables[0];
    expect([t.form, t.fields.projectName?.value, t.fields.department?.value]).toEqual(['transfer', '农业生产发展资金', '农业农村部']);
    expect(t.money.items.map((m) => [m.key, m.value, m.parent ?? null])).toEqual([
      ['annual', 500, null],
      ['central', 400, 'annual'],
      ['local', 100, 'annual'],
    ]);
    expect(headerFindings(literal)).toEqual([]);
  });

  test('评价指标表: recognised as a scoring scheme, not checked as targets', () => {
    const literal = `
      项目支出绩效评价指标体系表 | | | | |
      一级指标 | 二级指标 | 三级指标 | 指标解释 | 评分标准 | 分值
      决策 | 项目立项 | 立项依据充分性 | 项目立项是否符合法律法规 | 符合得满分 | 3`;
    const o = checkSheet(sheet(literal), EMPTY_SETTINGS);
    expect(o.sheet.tables.map((t) => [t.kind, t.form])).toEqual([['evaluation', 'evaluation']]);
    expect(o.findings.map((f) => [f.rule, f.severity])).toEqual([['evaluation-table', 'info']]);
  });
});

describe('layouts', () => {
  test('the project name only in the title', () => {
    const t = recognise(
      sheet(`
        再生资源回收市场管理经费项目绩效目标表 | | |
        (2021年) | | |
        主管部门 | 某供销社 | |
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 出差人次 | =24人次`),
    ).tables[0];
    expect(t.fields.projectName).toEqual({ label: '再生资源回收市场管理经费项目绩效目标表', value: '再生资源回收市场管理经费', cell: 'A1', source: 'title' });
  });

  test('a title naming only the place or level is not a project name', () => {
    const t = recognise(
      sheet(`
        东莞市财政项目支出绩效目标表 | | |
        主管部门 | 某局 | |
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 出差人次 | =24人次`),
    ).tables[0];
    expect(t.fields.projectName).toBeUndefined();
  });

  test('a heading that looks like a title inside the header does not split the table', () => {
    const r = recognise(
      sheet(`
        项目支出绩效目标表 | | |
        2020年度) | | |
        项目名称 | 教育系统基础设施建设 | |
        项目起止时间 | 202001-202012 | |
        绩效项目指标表 | | |
        一级指标 | 二级指标(长期) | 三级指标(长期) | 指标值(长期) | 二级指标(年度) | 三级指标(年度) | 指标值(年度)
        产出指标 | 数量指标 | | | 数量指标 | 重点建设工程安排数量 | 2
        满意度指标 | 服务对象满意度指标 | | | 服务对象满意度指标 | 学生满意度 | ≥90%`),
    );
    expect(r.tables).toHaveLength(1);
    const t = r.tables[0];
    expect([t.title, t.year, t.fields.projectName?.value]).toEqual(['项目支出绩效目标表', 2020, '教育系统基础设施建设']);
    expect(t.indicators.map((i) => [i.cell, i.level1, i.level2, i.level3, i.target, i.column])).toEqual([
      ['G7', '产出指标', '数量指标', '重点建设工程安排数量', '2', '指标值(年度)'],
      ['G8', '满意度指标', '服务对象满意度指标', '学生满意度', '≥90%', '指标值(年度)'],
    ]);
    // 202001-202012 is 2020, not 2001–2012: the table's year lies inside it.
    expect(checkSheet(sheet(`
        项目支出绩效目标表 | |
        2020年度) | |
        项目名称 | 教育 |
        项目起止时间 | 202001-202012 |
        一级指标 | 三级指标 | 指标值
        产出指标 | 建设数量 | ≥2个`), EMPTY_SETTINGS).findings.filter((f) => f.rule === 'dates-valid')).toEqual([]);
  });

  test('one value column per place, without a 指标值 header word', () => {
    const t = recognise(
      sheet(`
        项目名称 | 水利专项资金 | | | | |
        绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标解释 | 西坪镇尧山村 | 桃舟乡吾培村
        | 产出指标 | 数量指标 | 开展小型水利工程建设(个) | 反映建设情况 | 1 | 2`),
    ).tables[0];
    expect(t.indicators.map((i) => [i.cell, i.level3, i.target, i.column])).toEqual([
      ['F3', '开展小型水利工程建设(个)', '1', '西坪镇尧山村'],
      ['G3', '开展小型水利工程建设(个)', '2', '桃舟乡吾培村'],
    ]);
  });
});
