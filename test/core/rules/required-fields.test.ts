import { readFileSync } from 'fs';
import path from 'path';
import { requiredFields } from '../../../src/core/rules/required-fields';
import { parseDelimited } from '../../../src/io/delimited';
import { ruleTester } from '../../helpers/rule-tester';

const sample = (name: string) => parseDelimited(readFileSync(path.join(__dirname, '../../fixtures/samples', `${name}.tsv`), 'utf8'), '\t', 'Sheet1');

const indicators = `
  一级指标 | 二级指标 | 三级指标 | 指标值
  产出指标 | 数量指标 | 培训人次 | ≥280人次`;

ruleTester(requiredFields, {
  valid: [
    {
      name: 'a complete header',
      table: `
        项目支出绩效目标申报表 | | |
        （2022年度） | | |
        项目名称 | 主体班 | 项目负责人 | 王五
        项目金额（万元） | 164 | 其中：当年财政资金 | 132
        项目主管部门 | 市委组织部 | 实施单位 | 市委党校
        项目期 | 2022年 | |
        年度绩效目标 | 培训280人次 | |${indicators}`,
    },
    {
      name: 'a form without date fields (transfer payment) is placed by its year',
      table: `
        2020年省级财政水利发展资金绩效目标表 | | |
        (2020)年度 | | |
        专项(项目)名称 | 农村饮水安全巩固提升工程专项 | |
        市级财政部门 | 宝鸡市财政局 | 市级主管部门 | 宝鸡市水利局
        资金情况(万元) | 资金总额 | 500 |
        总体目标 | 改善提升9200人饮水条件 | |${indicators}`,
    },
    {
      name: 'a 填报单位(盖章) label with the unit written in',
      table: `
        项目支出绩效目标申报表 | | |
        （2023年度） | | |
        填报单位（盖章） | 某某局 | |
        项目名称 | 道路养护 | 实施单位 | 某某养护所
        项目起止时间 | 2023.01-2023.12 | |
        年度资金总额（万元） | 80 | |
        年度目标 | 养护道路20公里 | |${indicators}`,
    },
    { name: 'the seed table', table: sample('seed-shanghai-2020') },
    { name: 'the Putuo 2026 table', table: sample('real-shanghai-putuo-2026-1') },
    { name: 'the Xiangtan table', table: sample('real-hunan-xiangtan-2023-1') },
    { name: 'the Chongqing table', table: sample('real-chongqing-fengjie-2023-1') },
    { name: 'the Chencang table (blank 资金总额 next to 财政拨款 500: a money rule)', table: sample('real-shaanxi-chencang-2020-1') },
    { name: 'the Sichuan list', table: sample('real-sichuan-jingyan-2023-1') },
  ],
  invalid: [
    {
      name: 'the Hubei table: blank 项目主管部门 (error) and blank 项目负责人 (warning)',
      table: sample('real-hubei-huangshi-2022-1'),
      findings: [
        { messageId: 'fieldBlank', cells: ['B5'], severity: 'error', data: { label: '项目主管部门' } },
        { messageId: 'managerBlank', cells: ['D3'], severity: 'warning', data: { label: '项目负责人' } },
      ],
    },
    {
      name: 'blank name, blank dates, blank money, blank goal',
      table: `
        项目支出绩效目标申报表 | | |
        （2023年度） | | |
        申报单位 | 某某局 | |
        项目名称 | | |
        计划开始日期 | | 计划完成日期 | 2023-12-31
        年度资金总额（万元） | | |
        年度目标 | | |${indicators}`,
      findings: [
        { messageId: 'fieldBlank', cells: ['B4'], data: { label: '项目名称' } },
        { messageId: 'fieldBlank', cells: ['B5'], data: { label: '计划开始日期' } },
        { messageId: 'moneyBlank', cells: ['B6'], data: undefined },
        { messageId: 'fieldBlank', cells: ['B7'], data: { label: '年度目标' } },
      ],
    },
    {
      name: 'no project name, no unit, no money, no goal, no dates, no year',
      table: `
        项目支出绩效目标表 | | |
        项目类别 | 其他类 | |${indicators}`,
      findings: [
        { messageId: 'nameMissing', cells: ['A1'], data: { field: '项目名称' } },
        { messageId: 'unitMissing', cells: ['A1'], data: undefined },
        { messageId: 'datesMissing', cells: ['A1'], data: undefined },
        { messageId: 'moneyMissing', cells: ['A1'], data: undefined },
        { messageId: 'goalMissing', cells: ['A1'], data: undefined },
      ],
    },
    {
      name: 'a 部门整体 form without 部门名称',
      table: `
        部门整体支出绩效目标申报表 | | |
        （2023年度） | | |
        年度资金总额（万元） | 800 | |
        年度目标 | 完成全年履职任务 | |${indicators}`,
      findings: [{ messageId: 'nameMissing', cells: ['A1'], data: { field: '部门名称' } }],
    },
    {
      name: '填报单位(盖章) left blank while the department is named: a warning',
      table: `
        项目支出绩效目标申报表 | | |
        （2023年度） | | |
        填报单位（盖章） | | 主管部门 | 某某局
        项目名称 | 道路养护 | |
        项目起止时间 | 2023.01-2023.12 | |
        年度资金总额（万元） | 80 | |
        年度目标 | 养护道路20公里 | |${indicators}`,
      findings: [{ messageId: 'sealBlank', cells: ['B3'], severity: 'warning' }],
    },
  ],
});
