import { indicatorNamesBlank } from '../../../src/core/rules/indicator-names-blank';
import { ruleTester } from '../../helpers/rule-tester';
import { indicatorTable } from '../../helpers/sheet';

ruleTester(indicatorNamesBlank, {
  valid: [
    {
      name: 'names filled in',
      table: indicatorTable(`
        产出指标 | 数量指标 | 培训人次 | ≥280人次
        满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥95%`),
    },
    {
      name: 'one name blank among filled ones (left to the other rules)',
      table: indicatorTable(`
        产出指标 | 数量指标 | 培训人次 | ≥280人次
        产出指标 | 质量指标 | | =100%`),
    },
    {
      name: 'a layout without a 三级 column',
      table: `
        项目名称 | 主体班 |
        一级指标 | 二级指标 | 指标值
        产出指标 | 数量指标 | ≥280人次`,
    },
  ],
  invalid: [
    {
      name: 'a blank form filled in everywhere but the names',
      table: indicatorTable(`
        产出指标 | 数量指标 | | ≥280人次
        产出指标 | 质量指标 | | =100%
        满意度指标 | 服务对象满意度指标 | | ≥95%`),
      findings: [{ messageId: 'allBlank', cells: ['C4', 'C5', 'C6'], data: { count: 3 } }],
    },
  ],
});
