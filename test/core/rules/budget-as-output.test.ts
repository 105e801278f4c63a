import { budgetAsOutput } from '../../../src/core/rules/budget-as-output';
import { ruleTester } from '../../helpers/rule-tester';

/** The Xiangtan sample: 年度本级预算金额 B4 (250万), the 产出/成本 row in row 7 (name D7, target E7). */
const xiangtan = (name: string, target: string, budget = '250万') => `
  2023年项目支出绩效目标申报表 | | | | |
  填报单位:(盖章) 单位:万元 | | | | |
  项目支出名称 | 雾炮车降尘抑尘服务 | 预算部门 | 湘潭市环境卫生管理处 | |
  年度本级 预算金额 | ${budget} | 该项目支出上级资金 | 0 | |
  本年度 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值及单位 | 绩效标准
  | 产出指标 | 数量指标 | 雾炮车降尘抑尘服务配备车辆数 | 10辆 | 计划标准
  | | 成本指标 | ${name} | ${target} | 计划标准
  | 满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥85% | 计划标准`;

/** A national-2021 table in 万元: 项目总预算 B3, 当年预算 D3, one row in row 5 (name C5, target D5). */
const national2021 = (level1: string, level2: string, name: string, target: string) => `
  项目名称 | 加工园配套设施建设项目 | 金额单位:万元 |
  (2023年度) | | |
  项目总预算 | 65 | 当年预算 | 65
  一级指标 | 二级指标 | 三级指标 | 指标值
  ${level1} | ${level2} | ${name} | ${target}
  产出指标 | 数量指标 | 晾晒房建设面积 | ≥300平方米`;

ruleTester(budgetAsOutput, {
  valid: [
    { name: 'Chongqing: a cost indicator naming a cost (项目建设成本 ≤65万元), even at the budget', table: national2021('成本指标', '经济成本指标', '项目建设成本', '≤65万元') },
    { name: 'Hubei: 成本控制率 100% (a rate)', table: xiangtan('成本控制率', '100%') },
    { name: 'a unit cost', table: xiangtan('单车服务成本', '≤25万元') },
    { name: 'a funds output that is not the budget (发放补贴资金 ≥300万元, budget 250万)', table: xiangtan('发放补贴资金', '≥300万元') },
    { name: 'the budget mentioned outside 产出/成本 (效益: 带动社会投资)', table: national2021('效益指标', '经济效益指标', '带动社会投资', '≥65万元') },
    { name: 'the seed’s 投入与管理 row 预算执行率 =100% (a rate, and an input category)', table: national2021('投入与管理', '投入管理', '预算执行率', '=100%') },
    { name: 'a budget saving (预算节约额)', table: xiangtan('预算成本节约额', '≥10万元') },
    { name: 'a budget word with a non-money target', table: xiangtan('预算执行进度', '12月底前') },
    { name: 'a count named after funds (资金投入项目数 65) is not an amount', table: national2021('产出指标', '数量指标', '资金投入项目数', '65') },
  ],
  invalid: [
    {
      name: 'Xiangtan: 控制在预算成本内 250万 repeats the annual budget',
      table: xiangtan('控制在预算成本内', '250万'),
      findings: [
        {
          messageId: 'equalsBudget',
          cells: ['E7', 'D7', 'B4'],
          severity: 'warning',
          data: { name: '控制在预算成本内', target: '250万', label: '年度本级预算金额', amount: '250 万元' },
        },
      ],
    },
    {
      name: 'the budget named as a cost target without equalling an amount of the table',
      table: xiangtan('控制在预算成本内', '≤240万元'),
      findings: [{ messageId: 'budgetTarget', cells: ['E7', 'D7'], data: { name: '控制在预算成本内', target: '≤240万元' } }],
    },
    {
      name: 'an output 项目资金 equal to the total, in 元 against 万元',
      table: national2021('产出指标', '数量指标', '项目资金投入', '650,000元'),
      findings: [{ messageId: 'equalsBudget', cells: ['D5', 'C5', 'B3'], data: { name: '项目资金投入', target: '650,000元', label: '项目总预算', amount: '65 万元' } }],
    },
    {
      name: 'a 2021 成本 row restating the budget with a bare number',
      table: national2021('成本指标', '经济成本指标', '项目预算资金', '65'),
      findings: [{ messageId: 'equalsBudget', cells: ['D5', 'C5', 'B3'] }],
    },
    {
      name: 'a 成本 row whose 一级 cell is blank (as in the Putuo sample)',
      table: national2021('', '经济成本指标', '预算金额', '≤65万元'),
      findings: [{ messageId: 'equalsBudget', cells: ['D5', 'C5', 'B3'] }],
    },
  ],
});
