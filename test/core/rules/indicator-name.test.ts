import { indicatorNameRule, placeholderInName, valueInName } from '../../../src/core/rules/indicator-name';
import { ruleTester } from '../../helpers/rule-tester';
import { indicatorTable as table, splitIndicatorTable as split } from '../../helpers/sheet';

test.each([
  ['村组干部230人', '230人'],
  ['验收合格率(≥98%)', '≥98%'],
  ['指标1:新建堤防、护岸长度', null],
  ['2023年道路建设长度', null],
  ['PM2.5浓度', null],
  ['5G基站建设数量', null],
  ['65岁以上老人体检率', null],
  ['新建3座桥梁和500米道路', null],
  ['受益2万人', '2万人'],
  ['改造面积3万亩', '3万亩'],
  ['资金25万元', '25万元'],
  ['每月巡查4次', null],
  ['人均补助500元', null],
])('valueInName(%s)', (name, text) => {
  expect(valueInName(name)?.text ?? null).toBe(text);
});

test.each([
  ['项目验收合格率(≥**%)', '(≥**%)'],
  ['培训XX人次', 'XX'],
  ['开展××活动', '××'],
  ['受益人数', null],
  ['XXL号服装采购', null],
  ['2*3米展板', null],
  ['培训*', null],
  ['合格率≥*%', '*'],
])('placeholderInName(%s)', (name, text) => {
  expect(placeholderInName(name)).toBe(text);
});

ruleTester(indicatorNameRule, {
  valid: [
    { name: 'Chencang: numbering prefixes are fine', table: table('产出指标 | 数量指标 | 指标1:新建堤防、护岸长度 | ≥3公里\n产出指标 | 质量指标 | 指标1:工程验收合格率 | =100%') },
    { name: 'a number in the name that agrees with the target', table: table('产出指标 | 质量指标 | 验收合格率100% | =100%\n产出指标 | 数量指标 | 新建晾晒房300平方米 | =300平方米') },
    { name: 'numbers that are not the target (years, models, ages)', table: table('产出指标 | 数量指标 | 2023年新建道路长度 | ≥985米\n产出指标 | 数量指标 | 5G基站建设数量 | ≥12个\n效益指标 | 社会效益指标 | 65岁以上老人体检率 | ≥90%') },
    { name: 'different units and numbers: different quantities', table: table('产出指标 | 数量指标 | 新建厕所1个 | ≥13.5平方米') },
  ],
  invalid: [
    {
      name: 'a rate in the name contradicts the target',
      table: table('产出指标 | 质量指标 | 项目验收合格率100% | ≥98%\n产出指标 | 质量指标 | 培训合格率(≥95%) | ≥90%'),
      findings: [
        { messageId: 'numberContradicts', cells: ['C3', 'D3'], severity: 'warning', data: { name: '项目验收合格率100%', named: '100%', text: '≥98%' } },
        { messageId: 'numberContradicts', cells: ['C4', 'D4'], severity: 'warning', data: { name: '培训合格率(≥95%)', named: '≥95%', text: '≥90%' } },
      ],
    },
    {
      name: 'a count in the name contradicts the target (万人 vs 人 compared after scaling)',
      table: table('产出指标 | 数量指标 | 培训200人 | ≥2万人\n产出指标 | 数量指标 | 受益2万人 | ≥20000人'),
      findings: [{ messageId: 'numberContradicts', cells: ['C3', 'D3'] }],
    },
    {
      name: 'Sichuan: 村组干部230人 vs ≥230个 (split columns)',
      table: split('产出指标 | 数量指标 | 村组干部230人 | ≥ | 230 | 个 | 正向指标'),
      findings: [{ messageId: 'unitContradicts', cells: ['C3', 'D3', 'E3', 'F3'], data: { name: '村组干部230人', named: '230人', text: '≥230个', nameUnit: '人', targetUnit: '个' } }],
    },
    {
      name: 'template placeholders and ★ left in names',
      table: table('产出指标 | 质量指标 | 项目验收合格率(≥**%) | =100%\n产出指标 | 数量指标 | 培训XX人次 | ≥200人次\n投入与管理 | 投入管理 | ★预算执行率 | =100%'),
      findings: [
        { messageId: 'placeholder', cells: ['C3'], severity: 'warning', data: { name: '项目验收合格率(≥**%)', placeholder: '(≥**%)' } },
        { messageId: 'placeholder', cells: ['C4'], severity: 'warning', data: { name: '培训XX人次', placeholder: 'XX' } },
        { messageId: 'star', cells: ['C5'], severity: 'info', data: { name: '★预算执行率' } },
      ],
    },
  ],
});
