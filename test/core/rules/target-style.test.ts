import { targetStyle } from '../../../src/core/rules/target-style';
import { ruleTester } from '../../helpers/rule-tester';
import { indicatorTable as table, splitIndicatorTable as split } from '../../helpers/sheet';

ruleTester(targetStyle, {
  valid: [
    { name: 'canonical values, grades, periods and deadlines', table: table('产出指标 | 数量指标 | 补贴人员数量 | ≥200人\n产出指标 | 质量指标 | 验收达标率 | =100.00%\n产出指标 | 时效指标 | 服务周期 | 2023.07-2024.01\n产出指标 | 时效指标 | 完成时间 | 12月底前\n效益指标 | 社会效益指标 | 生活状况 | 良好') },
    { name: 'text, placeholders and invalid values are left alone', table: table('产出指标 | 质量指标 | 工程质量 | 按合同约定完成\n产出指标 | 质量指标 | 合格率 | ≥**%\n产出指标 | 质量指标 | 达标率 | ≥=95%') },
    { name: 'a number cell shown with thousands separators is left alone', table: table('产出指标 | 数量指标 | 受益人数 | 1,000') },
    { name: 'ascii style keeps >=', options: { operatorStyle: 'ascii' }, table: table('产出目标 | 数量 | 补贴人员数量 | >=200人\n产出目标 | 质量 | 补助资金发放率 | >=95%') },
    { name: 'split columns with canonical operators (Sichuan)', table: split('产出指标 | 数量指标 | 村组干部人数 | ≥ | 230 | 人 | 正向指标') },
  ],
  invalid: [
    {
      name: 'the seed: >= becomes ≥',
      table: table('产出目标 | 数量 | 补贴人员数量 | >=200人\n产出目标 | 质量 | 补助资金发放率 | >=95%\n投入与管理 | 投入管理 | 预算执行率 | =100%'),
      findings: [
        { messageId: 'operator', cells: ['D3'], severity: 'info', fix: { D3: '≥200人' } },
        { messageId: 'operator', cells: ['D4'], severity: 'info', fix: { D4: '≥95%' } },
      ],
    },
    {
      name: 'Putuo: a bracketed unit, decimals kept',
      table: table('产出指标 | 质量指标 | 项目验收达标率 | =100.00(%)\n满意度指标 | 服务对象满意度指标 | 居民群众满意度 | ≥90.00(%)'),
      findings: [
        { messageId: 'bracketedUnit', cells: ['D3'], data: { name: '项目验收达标率', text: '=100.00(%)', fix: '=100.00%', operator: '=', changes: 'bracketed-unit' }, fix: { D3: '=100.00%' } },
        { messageId: 'bracketedUnit', cells: ['D4'], data: { name: '居民群众满意度', text: '≥90.00(%)', fix: '≥90.00%', operator: '≥', changes: 'bracketed-unit' }, fix: { D4: '≥90.00%' } },
      ],
    },
    {
      name: 'word and suffix operators',
      table: table('产出指标 | 质量指标 | 合格率 | 不低于95%\n产出指标 | 质量指标 | 达标率 | 95%以上\n产出指标 | 成本指标 | 项目成本 | 控制在65万元以内\n效益指标 | 社会效益指标 | 生活状况 | 良好以上'),
      findings: [
        { messageId: 'operator', cells: ['D3'], fix: { D3: '≥95%' } },
        { messageId: 'operator', cells: ['D4'], fix: { D4: '≥95%' } },
        { messageId: 'operator', cells: ['D5'], fix: { D5: '≤65万元' } },
        { messageId: 'operator', cells: ['D6'], fix: { D6: '≥良好' } },
      ],
    },
    {
      name: 'full width, spaces, separators, numerals, period dash',
      table: table('产出指标 | 质量指标 | 合格率 | ≥９５％\n产出指标 | 质量指标 | 达标率 | ≥ 95 %\n产出指标 | 数量指标 | 受益人数 | ≥1,000人\n产出指标 | 数量指标 | 培训次数 | ≥三次\n产出指标 | 时效指标 | 服务周期 | 2023.07—2024.01'),
      findings: [
        { messageId: 'fullWidth', cells: ['D3'], fix: { D3: '≥95%' } },
        { messageId: 'spaces', cells: ['D4'], fix: { D4: '≥95%' } },
        { messageId: 'thousandsSeparator', cells: ['D5'], fix: { D5: '≥1000人' } },
        { messageId: 'chineseNumerals', cells: ['D6'], fix: { D6: '≥3次' } },
        { messageId: 'periodSeparator', cells: ['D7'], fix: { D7: '2023.07-2024.01' } },
      ],
    },
    {
      name: 'several changes at once: one finding per cell',
      table: table('产出指标 | 质量指标 | 合格率 | ＞＝95％'),
      findings: [{ messageId: 'restyle', cells: ['D3'], fix: { D3: '≥95%' } }],
    },
    {
      name: 'ascii style turns ≥ into >=',
      options: { operatorStyle: 'ascii' },
      table: table('产出目标 | 数量 | 补贴人员数量 | ≥200人\n产出目标 | 质量 | 补助资金发放率 | 不低于95%'),
      findings: [
        { messageId: 'operator', cells: ['D3'], fix: { D3: '>=200人' } },
        { messageId: 'operator', cells: ['D4'], fix: { D4: '>=95%' } },
      ],
    },
    {
      name: 'split columns: only the operator cell is restyled',
      table: split('产出指标 | 数量指标 | 村组干部人数 | >= | 230 | 人 | 正向指标\n产出指标 | 质量指标 | 合格率 | ≧ | 95 | % | 正向指标'),
      findings: [
        { messageId: 'operator', cells: ['D3'], fix: { D3: '≥' } },
        { messageId: 'operator', cells: ['D4'], fix: { D4: '≥' } },
      ],
    },
  ],
});
