import { moneyNarrativeMismatch, statedAmounts } from '../../../src/core/rules/money-narrative-mismatch';
import { ruleTester } from '../../helpers/rule-tester';

/** A 2023 table in 万元: 项目总预算 B4, 当年预算 D4, 项目概况 B5, 项目实施计划 B6. */
const table = (o: { total?: string; annual?: string; overview?: string; plan?: string; unit?: string }) => `
  项目支出绩效目标表 | | |
  (2023年度) | | ${o.unit ?? '金额单位:万元'} |
  项目名称 | 加工园配套设施建设项目 | |
  项目总预算 | ${o.total ?? '65'} | 当年预算 | ${o.annual ?? '65'}
  项目概况 | ${o.overview ?? '新建中药材晾晒房一座'} | |
  项目实施计划 | ${o.plan ?? '4月开工,12月完工'} | |
  一级指标 | 二级指标 | 三级指标 | 指标值
  产出指标 | 数量指标 | 晾晒房建设面积 | ≥300平方米`;

ruleTester(moneyNarrativeMismatch, {
  valid: [
    { name: 'no amounts in the narrative (the Chongqing sample)', table: table({ overview: '新建中药材晾晒房一座,占地300平方米;带动当地20名群众务工增收5000元/年' }) },
    { name: 'the narrative states the table’s amount', table: table({ overview: '项目总投资65万元,新建中药材晾晒房一座' }) },
    { name: 'the same amount in 元', table: table({ plan: '项目预算资金650,000元,4月开工' }) },
    { name: 'a rounded amount (65万元 for 64.8)', table: table({ total: '64.8', annual: '64.8', overview: '项目总投资65万元' }) },
    { name: 'a cost item’s subtotal (培训费合计20万元) is not the project total', table: table({ plan: '1、培训费合计20万元;2、印刷费合计10万元' }) },
    { name: 'an approximate amount (约80万元)', table: table({ overview: '项目总投资约80万元' }) },
    { name: 'a per-head amount (每人预算500元)', table: table({ plan: '培训300人,每人预算500元' }) },
    { name: 'another year’s amount (2022年预算80万元)', table: table({ overview: '2022年预算80万元,今年继续实施' }) },
    { name: 'last year’s amount (上年预算80万元)', table: table({ overview: '上年预算80万元,今年继续实施' }) },
    { name: 'people, not money (合计80万人次)', table: table({ overview: '服务群众,合计80万人次' }) },
    { name: 'an amount without a unit (Chencang: 项目投资500)', table: table({ overview: '完成省级水利发展农村饮水项目投资500,改善提升9200人饮水条件' }) },
    { name: 'the table’s unit is not declared: nothing to compare with', table: table({ unit: '', plan: '合计80万元' }) },
    {
      name: 'a whole-life amount in a table with only this year’s amount (Xiangtan layout): not comparable',
      table: `
        2023年项目支出绩效目标申报表 | | | |
        填报单位:(盖章) 单位:万元 | | | |
        项目支出名称 | 雾炮车降尘抑尘服务 | 预算部门 | 湘潭市环境卫生管理处
        年度本级 预算金额 | 250万 | 该项目支出上级资金 | 0
        实施期绩效目标 | 项目总投资500万元,分两年实施 | |
        本年度 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值及单位
        | 产出指标 | 数量指标 | 配备车辆数 | 10辆`,
    },
    { name: 'a fiscal share in a table without a 财政资金 item: not comparable', table: table({ plan: '申请财政资金50万元,自筹15万元' }) },
    { name: 'a blank money block: nothing to compare with', table: table({ total: '', annual: '', plan: '合计80万元' }) },
    { name: 'a field that is not read by default (立项依据 quotes other budgets)', table: table({ plan: '合计65万元' }).replace('项目概况', '立项依据').replace('新建中药材晾晒房一座', '省级下达资金总额800万元') },
  ],
  invalid: [
    {
      name: '合计80万元 in 项目实施计划, the table says 65',
      table: table({ plan: '1、设备购置50万元;2、场地建设30万元;合计80万元' }),
      findings: [{ messageId: 'mismatch', cells: ['B6', 'B4', 'D4'], severity: 'warning', data: { field: '项目实施计划', phrase: '合计80万元', amounts: '项目总预算 65 万元、当年预算 65 万元' } }],
    },
    {
      name: '项目总投资500万元 in 项目概况',
      table: table({ overview: '项目总投资500万元,新建中药材晾晒房一座' }),
      findings: [{ messageId: 'mismatch', cells: ['B5', 'B4', 'D4'], data: { field: '项目概况', phrase: '项目总投资500万元', amounts: '项目总预算 65 万元、当年预算 65 万元' } }],
    },
    {
      name: 'a table in 元 and a narrative budget in 元',
      table: table({ unit: '金额单位:元', total: '14,624,640', annual: '14,624,640', plan: '本项目预算15,000,000元' }),
      findings: [{ messageId: 'mismatch', cells: ['B6', 'B4', 'D4'], data: { field: '项目实施计划', phrase: '项目预算15,000,000元', amounts: '项目总预算 14,624,640 元、当年预算 14,624,640 元' } }],
    },
    {
      name: 'each stated amount once per field',
      table: table({ plan: '项目资金80万元,其中…;项目资金80万元用于…' }),
      findings: [{ messageId: 'mismatch', cells: ['B6', 'B4', 'D4'] }],
    },
    {
      name: 'the field list is an option: 立项依据 read when configured',
      table: table({}).replace('项目概况', '立项依据').replace('新建中药材晾晒房一座', '项目总预算80万元'),
      options: { fields: ['basis'] },
      findings: [{ messageId: 'mismatch', cells: ['B5', 'B4', 'D4'] }],
    },
  ],
});

describe('statedAmounts', () => {
  test('reads budget amounts with their rounding', () => {
    expect(statedAmounts('项目总投资1.2亿元', 2023)).toEqual([{ phrase: '项目总投资1.2亿元', scope: 'whole', yuan: 120_000_000, rounding: 5_000_000 }]);
    expect(statedAmounts('所需资金为 80 万', 2023)).toEqual([{ phrase: '所需资金为80万', scope: 'generic', yuan: 800_000, rounding: 5_000 }]);
    expect(statedAmounts('2023年项目预算65万元', 2023)).toHaveLength(1);
    expect(statedAmounts('年度资金总额120万元', 2023).map((s) => s.scope)).toEqual(['annual']);
    expect(statedAmounts('项目资金合计80万元', 2023).map((s) => s.phrase)).toEqual(['项目资金合计80万元']);
  });
  test('leaves out amounts that do not name the budget', () => {
    for (const text of ['带动社会投资1000万元以上', '每户补助资金1000元', '预算执行率100%', '培训费合计20万元', '总投资约500万元', '人均预算200元/人']) {
      expect(statedAmounts(text, 2023)).toEqual([]);
    }
  });
});
