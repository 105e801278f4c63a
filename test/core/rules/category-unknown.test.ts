import { readFileSync } from 'fs';
import path from 'path';
import { categoryUnknown } from '../../../src/core/rules/category-unknown';
import { parseDelimited } from '../../../src/io/delimited';
import { ruleTester } from '../../helpers/rule-tester';

const sample = (name: string) => parseDelimited(readFileSync(path.join(__dirname, '../../fixtures/samples', `${name}.tsv`), 'utf8'), '\t', 'Sheet1');

const table = (rows: string) => `
  项目支出绩效目标表 | | |
  （2020年度） | | |
  项目名称 | 道路养护 | |
  一级指标 | 二级指标 | 三级指标 | 指标值
${rows.replace(/^\n/, '')}`;

ruleTester(categoryUnknown, {
  valid: [
    {
      name: 'labels with score suffixes, numbering and aliases are known',
      table: table(`
        一、产出指标(50分) | 数量指标 | 养护里程 | ≥20公里
        效益指标(30分) | 可持续影响指标 | 长效管理制度健全性 | 健全
        满意度指标（10分） | 社会公众或服务对象满意度指标 | 群众满意度 | ≥90%`),
    },
    {
      name: 'the investment form (中央预算内投资计划): its categories are known',
      table: `
        中央预算内投资计划绩效目标表 | | |
        专项名称 | 农村供水保障 | |
        一级指标 | 二级指标 | 三级指标 | 指标值
        实施效果指标 | 产出指标 | 新增供水能力 | ≥500吨/日
        过程管理指标 | 计划管理 | 开工及时率 | =100%`,
    },
    { name: 'the seed table (shanghai-2020)', table: sample('seed-shanghai-2020') },
    { name: 'the Xiangtan table', table: sample('real-hunan-xiangtan-2023-1') },
    { name: 'the Putuo 2026 table', table: sample('real-shanghai-putuo-2026-1') },
    { name: 'the Chongqing table (成本指标(0-20)分)', table: sample('real-chongqing-fengjie-2023-1') },
  ],
  invalid: [
    {
      name: 'one unknown 二级 in a known framework',
      table: table(`
        产出指标 | 数量指标 | 养护里程 | ≥20公里
        产出指标 | 组织管理 | 制度健全性 | 健全
        效益指标 | 社会效益指标 | 通行条件改善情况 | 改善
        满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90%`),
      findings: [{ messageId: 'level2Unknown', cells: ['B6'], severity: 'info', data: { label: '组织管理' } }],
    },
    {
      name: 'a local framework (投入/过程/产出/效果): one finding for the table',
      table: table(`
        投入指标 | 资金投入 | 资金到位率 | =100%
        过程指标 | 业务管理 | 制度执行有效性 | 有效
        过程指标 | 财务管理 | 资金使用合规性 | 合规
        效果指标 | 社会影响 | 群众受益情况 | 良好`),
      findings: [{ messageId: 'frameworkUnknown', cells: ['A5', 'A6', 'A7', 'A8'], data: { labels: '投入指标、过程指标、效果指标' } }],
    },
  ],
});
