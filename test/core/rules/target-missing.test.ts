import { targetMissing } from '../../../src/core/rules/target-missing';
import { ruleTester } from '../../helpers/rule-tester';
import { indicatorTable as table } from '../../helpers/sheet';

ruleTester(targetMissing, {
  valid: [
    { name: 'a number with operator and unit', table: table('产出指标 | 数量指标 | 人数 | ≥200人') },
    { name: 'a grade', table: table('效益指标 | 社会效益指标 | 生活状况 | 良好') },
    { name: 'an unfilled category row (no name, no target)', table: table('产出指标 | 数量指标 | 人数 | ≥1人\n效益指标 | 经济效益指标 | |') },
  ],
  invalid: [
    { name: 'an empty target', table: table('产出指标 | 数量指标 | 人数 |'), findings: [{ messageId: 'empty', cells: ['D3'] }] },
    { name: 'a unit only (published blank)', table: table('产出指标 | 数量指标 | 长度 | 公里\n产出指标 | 质量指标 | 合格率 | ≧ %'), findings: [{ messageId: 'unitOnly', cells: ['D3'] }, { messageId: 'unitOnly', cells: ['D4'] }] },
    { name: 'template placeholders', table: table('产出指标 | 数量指标 | 人数 | ≥**人\n产出指标 | 质量指标 | 合格率 | XX'), findings: [{ messageId: 'placeholder', cells: ['D3'] }, { messageId: 'placeholder', cells: ['D4'] }] },
  ],
});
