import { readFileSync } from 'fs';
import path from 'path';
import { categoryLevel1Missing } from '../../../src/core/rules/category-level1-missing';
import { parseDelimited } from '../../../src/io/delimited';
import { ruleTester } from '../../helpers/rule-tester';

const sample = (name: string) => parseDelimited(readFileSync(path.join(__dirname, '../../fixtures/samples', `${name}.tsv`), 'utf8'), '\t', 'Sheet1');

/** A 2023 table (national-2021 when 成本 is a 一级); indicator rows start at row 5. */
const table = (rows: string) => `
  项目支出绩效目标表 | | |
  （2023年度） | | |
  项目名称 | 道路养护 | |
  一级指标 | 二级指标 | 三级指标 | 指标值
${rows.replace(/^\n/, '')}`;

const complete = `
  成本指标 | 经济成本指标 | 养护成本 | ≤65万元
  产出指标 | 数量指标 | 养护里程 | ≥20公里
  产出指标 | 质量指标 | 验收合格率 | =100%
  效益指标 | 社会效益指标 | 通行条件改善情况 | 改善
  满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90%`;

ruleTester(categoryLevel1Missing, {
  valid: [
    { name: 'every 一级 filled, 产出 with 数量', table: table(complete) },
    {
      name: 'unfilled 二级 rows beside a filled one (Xiangtan: 经济效益 and 生态效益 left empty)',
      table: table(`${complete}
        效益指标 | 经济效益指标 | |
        效益指标 | 生态效益指标 | |`),
    },
    {
      name: '成本 present only through its 二级, 一级 cell blank (Putuo 2026)',
      table: table(`
        | 生态环境成本指标 | 文明施工情况 | 可控
        产出指标 | 数量指标 | 道路建设长度 | 985米
        效益指标 | 社会效益指标 | 道路通行能力提升情况 | 提升
        满意度指标 | 服务对象满意度指标 | 居民群众满意度 | ≥90%`),
    },
    {
      name: 'a block cut off after 成本 (Chongqing): the recogniser reports the absent categories',
      table: table(`
        成本指标(0-20)分 | 经济成本指标 | 项目建设成本 | ≤65万元
        | 社会成本指标 | |
        | 生态环境成本指标 | |`),
    },
    { name: 'the seed table (shanghai-2020)', table: sample('seed-shanghai-2020') },
    { name: 'the Putuo 2026 table', table: sample('real-shanghai-putuo-2026-1') },
    { name: 'the Xiangtan table', table: sample('real-hunan-xiangtan-2023-1') },
    { name: 'the Chongqing table (cut off)', table: sample('real-chongqing-fengjie-2023-1') },
    { name: 'the Chencang table (cut off inside 质量)', table: sample('real-shaanxi-chencang-2020-1') },
  ],
  invalid: [
    {
      name: '效益 present only as unfilled rows',
      table: table(`
        成本指标 | 经济成本指标 | 养护成本 | ≤65万元
        产出指标 | 数量指标 | 养护里程 | ≥20公里
        效益指标 | 社会效益指标 | |
        效益指标 | 经济效益指标 | |
        满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90%`),
      findings: [{ messageId: 'level1Empty', cells: ['C7', 'C8'], data: { level1: '效益指标' } }],
    },
    {
      name: '产出 without a 数量 row',
      table: table(`
        成本指标 | 经济成本指标 | 养护成本 | ≤65万元
        产出指标 | 质量指标 | 验收合格率 | =100%
        产出指标 | 时效指标 | 完工及时率 | =100%
        效益指标 | 社会效益指标 | 通行条件改善情况 | 改善
        满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90%`),
      findings: [{ messageId: 'quantityMissing', cells: ['A6', 'A7'], severity: 'error' }],
    },
    {
      name: 'a 数量 row left unfilled: the finding points at it',
      table: table(`
        成本指标 | 经济成本指标 | 养护成本 | ≤65万元
        产出指标 | 数量指标 | |
        产出指标 | 质量指标 | 验收合格率 | =100%
        效益指标 | 社会效益指标 | 通行条件改善情况 | 改善
        满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90%`),
      findings: [{ messageId: 'quantityMissing', cells: ['C6'] }],
    },
    {
      name: 'shanghai-2020: 产出目标 without 数量',
      table: `
        财政项目支出绩效目标表 | | |
        (2020年度) | | |
        项目名称: | 老干部工作专项经费 | |
        一级指标 | 二级指标 | 三级指标 | 指标值
        投入与管理 | 投入管理 | 预算执行率 | =100%
        产出目标 | 质量 | 补助资金发放率 | >=95%
        效果目标 | 社会效益 | 受享人员生活状况 | 良好
        影响力目标 | 长效管理 | 持续扶持稳定性 | 良好`,
      findings: [{ messageId: 'quantityMissing', cells: ['A6'] }],
    },
    {
      // Sichuan project 2 has no 数量 row, but the recogniser already calls the block incomplete (no 成本 at all, and
      // the sample is cut off after two projects): a warning, not an error.
      name: 'the Sichuan list: project 2 has no 数量 row (block incomplete → warning)',
      table: sample('real-sichuan-jingyan-2023-1'),
      findings: [{ messageId: 'quantityMissing', cells: ['E16'], severity: 'warning' }],
    },
  ],
});
