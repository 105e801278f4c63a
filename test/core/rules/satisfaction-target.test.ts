import { satisfactionTarget } from '../../../src/core/rules/satisfaction-target';
import { ruleTester } from '../../helpers/rule-tester';
import { indicatorTable as table, splitIndicatorTable as split } from '../../helpers/sheet';

ruleTester(satisfactionTarget, {
  valid: [
    { name: 'floors and grades (Hubei, Xiangtan, Putuo, seed)', table: table('满意度指标 | 服务对象满意度指标 | 培训学员对培训效果满意度 | ≥95%\n效益指标 | 社会效益指标 | 服务周期内,市民对空气质量改善的满意程度 | ≥85%\n满意度指标 | 服务对象满意度指标 | 居民群众满意度 | ≥90.00(%)\n效果目标 | 满意度 | 离休干部满意度 | 满意') },
    { name: 'satisfaction grades with degree words, and a score', table: table('满意度指标 | 服务对象满意度指标 | 群众满意度 | 基本满意\n满意度指标 | 服务对象满意度指标 | 学员满意度 | 较满意\n满意度指标 | 服务对象满意度指标 | 家长满意度 | ≥良好\n满意度指标 | 服务对象满意度指标 | 满意度测评满意度 | ≥90分') },
    { name: 'seed: 有责投诉情况 良好 under 满意度 is not a satisfaction name', table: table('效果目标 | 满意度 | 有责投诉情况 | 良好') },
    { name: 'reverse indicators with ceilings', table: table('效益指标 | 社会效益指标 | 有效投诉率 | ≤5%\n效益指标 | 社会效益指标 | 安全事故发生率 | =0%\n满意度指标 | 服务对象满意度指标 | 群众不满意率 | ≤5%') },
    { name: 'Sichuan: 正向指标 with ≥', table: split('满意度指标 | 服务对象满意度指标 | 人民群众满意度 | ≥ | 95 | % | 正向指标') },
    { name: 'missing operator and free text are other rules\' findings', table: table('满意度指标 | 服务对象满意度指标 | 群众满意度 | 95%\n满意度指标 | 服务对象满意度指标 | 学员满意度 | 按调查结果') },
  ],
  invalid: [
    {
      name: 'satisfaction as a ceiling or an exact value',
      table: table('满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≤90%\n满意度指标 | 服务对象满意度指标 | 学员满意度 | =95%\n满意度指标 | 服务对象满意度指标 | 家长满意度 | =100%'),
      findings: [
        { messageId: 'satisfactionAtMost', cells: ['D3'], severity: 'warning', suggestions: [{ D3: '≥90%' }] },
        { messageId: 'satisfactionExact', cells: ['D4'], severity: 'warning', suggestions: [{ D4: '≥95%' }] },
        { messageId: 'satisfactionExact', cells: ['D5'], severity: 'warning' },
      ],
    },
    {
      name: 'satisfaction as a count, a bare number or another grade',
      table: table('满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥200人\n满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90\n满意度指标 | 服务对象满意度指标 | 居民满意度 | 提高'),
      findings: [
        { messageId: 'satisfactionNotPercent', cells: ['D3'] },
        { messageId: 'satisfactionNotPercent', cells: ['D4'], suggestions: [{ D4: '≥90%' }] },
        { messageId: 'satisfactionNotPercent', cells: ['D5'] },
      ],
    },
    {
      name: 'reverse rates as floors',
      table: table('效益指标 | 社会效益指标 | 安全事故发生率 | ≥1%\n产出指标 | 质量指标 | 资金发放差错率 | >0%'),
      findings: [
        { messageId: 'reverseAtLeast', cells: ['D3'], data: { name: '安全事故发生率', text: '≥1%', value: '1%' }, suggestions: [{ D3: '≤1%' }] },
        { messageId: 'reverseAtLeast', cells: ['D4'], data: { name: '资金发放差错率', text: '>0%', value: '0%' }, suggestions: [{ D4: '=0%' }] },
      ],
    },
    {
      name: 'split columns: 反向指标 with ≥',
      table: split('产出指标 | 质量指标 | 返工次数 | ≥ | 2 | 次 | 反向指标'),
      findings: [{ messageId: 'reverseAtLeast', cells: ['D3', 'E3', 'F3'], suggestions: [{ D3: '≤' }] }],
    },
  ],
});
