import { readFileSync } from 'fs';
import path from 'path';
import { categoryLevel2Misplaced } from '../../../src/core/rules/category-level2-misplaced';
import { parseDelimited } from '../../../src/io/delimited';
import { ruleTester } from '../../helpers/rule-tester';
import { sheet } from '../../helpers/sheet';

const sample = (name: string) => parseDelimited(readFileSync(path.join(__dirname, '../../fixtures/samples', `${name}.tsv`), 'utf8'), '\t', 'Sheet1');

/** A 2020 table (national-2015 for 产出/效益/满意度); indicator rows start at row 5. */
const table = (rows: string) => `
  项目支出绩效目标表 | | |
  （2020年度） | | |
  项目名称 | 道路养护 | |
  一级指标 | 二级指标 | 三级指标 | 指标值
${rows.replace(/^\n/, '')}`;

ruleTester(categoryLevel2Misplaced, {
  valid: [
    {
      name: 'every 二级 under its own 一级',
      table: table(`
        产出指标 | 数量指标 | 养护里程 | ≥20公里
        产出指标 | 成本指标 | 养护成本 | ≤65万元
        效益指标 | 社会效益指标 | 通行条件改善情况 | 改善
        满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90%`),
    },
    {
      name: '满意度 is a 二级 of 效果 in the Shanghai 2020 framework',
      table: `
        财政项目支出绩效目标表 | | |
        (2020年度) | | |
        项目名称: | 老干部工作专项经费 | |
        一级指标 | 二级指标 | 三级指标 | 指标值
        投入与管理 | 投入管理 | 预算执行率 | =100%
        产出目标 | 数量 | 补贴人员数量 | >=200人
        效果目标 | 满意度 | 离休干部满意度 | 满意
        影响力目标 | 长效管理 | 持续扶持稳定性 | 良好`,
    },
    {
      name: 'an unknown 二级 label is not a misplacement (category-unknown reports it)',
      table: table(`
        产出指标 | 数量指标 | 养护里程 | ≥20公里
        产出指标 | 组织管理 | 制度健全性 | 健全
        效益指标 | 社会效益指标 | 通行条件改善情况 | 改善
        满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90%`),
    },
    { name: 'the seed table', table: sample('seed-shanghai-2020') },
    { name: 'the Putuo 2026 table (a blank 一级 is category-level1-blank, not this)', table: sample('real-shanghai-putuo-2026-1') },
    { name: 'the Hubei table (产出 label in the middle of its block)', table: sample('real-hubei-huangshi-2022-1') },
  ],
  invalid: [
    {
      name: '满意度 under 产出',
      table: table(`
        产出指标 | 数量指标 | 养护里程 | ≥20公里
        产出指标 | 服务对象满意度指标 | 群众满意度 | ≥90%
        效益指标 | 社会效益指标 | 通行条件改善情况 | 改善`),
      findings: [{ messageId: 'misplaced', cells: ['B6', 'A6'], data: { level2: '服务对象满意度指标', level1: '产出指标', parent: '满意度指标' } }],
    },
    {
      name: 'one report per 二级 label, however many 三级 rows it has (merged 一级 and 二级)',
      // 一级 满意度指标 and 二级 经济效益指标 each merged over rows 7–8.
      table: sheet(
        table(`
          产出指标 | 数量指标 | 养护里程 | ≥20公里
          效益指标 | 社会效益指标 | 通行条件改善情况 | 改善
          满意度指标 | 经济效益指标 | 沿线商户增收 | ≥5%
          | | 物流成本节约 | ≥10万元`),
        { merges: ['A7:A8', 'B7:B8'] },
      ),
      findings: [{ messageId: 'misplaced', cells: ['B7', 'A7'] }],
    },
    {
      name: 'the Xiangtan table: 社会公众或服务对象满意度指标 under 效益指标',
      table: sample('real-hunan-xiangtan-2023-1'),
      findings: [{ messageId: 'misplaced', cells: ['C18', 'B14'], data: { level2: '社会公众或服务对象满意度指标', level1: '效益指标', parent: '满意度指标' } }],
    },
  ],
});
