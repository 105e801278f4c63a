import { readFileSync } from 'fs';
import path from 'path';
import { blockEmptyRows } from '../../../src/core/rules/block-empty-rows';
import { parseDelimited } from '../../../src/io/delimited';
import { ruleTester } from '../../helpers/rule-tester';
import { sheet } from '../../helpers/sheet';

const sample = (name: string) => parseDelimited(readFileSync(path.join(__dirname, '../../fixtures/samples', `${name}.tsv`), 'utf8'), '\t', 'Sheet1');

const table = (rows: string) => `
  项目支出绩效目标表 | | |
  （2023年度） | | |
  项目名称 | 雾炮车降尘抑尘服务 | |
  一级指标 | 二级指标 | 三级指标 | 指标值
${rows.replace(/^\n/, '')}`;

ruleTester(blockEmptyRows, {
  valid: [
    {
      name: '二级 categories left entirely unfilled are not empty rows (Xiangtan)',
      table: table(`
        产出指标 | 数量指标 | 配备车辆数 | 10辆
        效益指标 | 经济效益指标 | |
        效益指标 | 社会效益指标 | 空气质量改善满意程度 | ≥85%
        效益指标 | 生态效益指标 | |`),
    },
    {
      name: 'a category heading row above its filled rows',
      table: table(`
        产出指标 | 数量指标 | |
        产出指标 | 数量指标 | 配备车辆数 | 10辆
        产出指标 | 质量指标 | 空气质量 | 优良`),
    },
    { name: 'the Xiangtan table', table: sample('real-hunan-xiangtan-2023-1') },
    { name: 'the Chongqing table (empty 社会成本 and 生态环境成本 rows)', table: sample('real-chongqing-fengjie-2023-1') },
    { name: 'the seed table', table: sample('seed-shanghai-2020') },
  ],
  invalid: [
    {
      name: 'template rows left empty under a filled 数量 (merged 二级)',
      table: sheet(
        table(`
          产出指标 | 数量指标 | 配备车辆数 | 10辆
          产出指标 | | |
          产出指标 | | |
          产出指标 | 质量指标 | 空气质量 | 优良`),
        { merges: ['B5:B7'] },
      ),
      findings: [{ messageId: 'emptyRows', cells: ['C6', 'C7'], data: { level2: '数量指标', count: 2 } }],
    },
    {
      name: 'an empty row between two filled rows of one 二级',
      table: table(`
        产出指标 | 数量指标 | 配备车辆数 | 10辆
        产出指标 | 数量指标 | |
        产出指标 | 数量指标 | 风炮射程 | ≥80米`),
      findings: [{ messageId: 'emptyRows', cells: ['C6'] }],
    },
  ],
});
