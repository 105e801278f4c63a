/**
 * Settings stored in a workbook and rule configurations come from outside: validated, rebuilt from known fields,
 * unable to reach a prototype; and what stored settings silence is always said.
 */
import { sanitizeSettings, silencedRules } from '../../src/core/settings';
import { activeRules, ConfigError, RULES } from '../../src/core/rules';
import { checkSheet, emailReport, reportSheetRows, silencedText } from '../../src/core/outcome';
import { sheet } from '../helpers/sheet';

const TEMPLATE = { id: 'user.a', kind: 'sector', name: { 'zh-CN': '我的', 'en-US': 'mine' }, rows: [{ level3: '补贴人数', target: { operator: '≥', value: '**', unit: '人' }, under: { 'shanghai-2020': '产出/数量' } }] };

afterEach(() => {
  // Nothing here may ever have changed Object.prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
});

test('stored settings with __proto__ and constructor keys pollute nothing and keep nothing unknown', () => {
  const raw = JSON.parse(
    '{"__proto__":{"polluted":1},"rules":{"__proto__":{"polluted":1},"constructor":"off","target-style":"off","weight-total":{"severity":"warning","options":{"total":100,"__proto__":{"polluted":1}},"extra":1},"no-such-rule":"off","target-missing":7},' +
      '"ignored":[{"rule":"a","sheet":"b","cell":"C1","value":"v","__proto__":{"polluted":1}}],' +
      `"templates":[${JSON.stringify({ ...TEMPLATE, extra: 'x'.repeat(10) })}]}`,
  );
  const s = sanitizeSettings(raw);
  expect(s.rules).toEqual({ 'target-style': 'off', 'weight-total': { severity: 'warning', options: { total: 100 } } });
  expect(Object.getPrototypeOf(s.rules['weight-total'])).toBe(Object.prototype);
  expect(s.ignored).toEqual([{ rule: 'a', sheet: 'b', cell: 'C1', value: 'v' }]);
  expect(s.templates).toEqual([TEMPLATE]);
});

test('oversized stored settings are cut to what a user makes', () => {
  const ignored = Array.from({ length: 20_000 }, (_, i) => ({ rule: 'r', sheet: 's', cell: `A${i + 1}`, value: '' }));
  const longRow = { ...TEMPLATE, id: 'user.long', rows: [{ ...TEMPLATE.rows[0], level3: '长'.repeat(600) }] };
  const s = sanitizeSettings({ rules: {}, ignored, templates: [longRow, TEMPLATE] });
  expect(s.ignored).toHaveLength(10_000);
  expect(s.templates?.map((t) => t.id)).toEqual(['user.a']);
});

test('a rule configuration: unknown keys, rule ids such as __proto__, options such as constructor are errors that name them', () => {
  const problems = (config: unknown) => {
    try {
      activeRules(RULES, config as never);
      return [];
    } catch (e) {
      return (e as ConfigError).problems.map((p) => p['en-US']);
    }
  };
  expect(problems(JSON.parse('{"rules":{"__proto__":"off"}}'))).toEqual(['unknown rule "__proto__"']);
  expect(problems({ rules: { 'weight-total': { options: { constructor: 1 } } } })).toEqual(['rule "weight-total" has no option "constructor"']);
  expect(problems({ rule: {} })).toEqual(['unknown configuration key "rule" (only "rules")']);
  expect(problems({ rules: { 'target-style': 0 } })[0]).toContain('the setting must be');
  expect(problems({ rules: { 'target-style': { severity: 'warning', level: 1 } } })).toEqual(['rule "target-style": unknown key "level" (use "severity" and "options")']);
  expect(problems({ $schema: 'x', rules: { 'target-style': 'off' } })).toEqual([]);
});

const TABLE = sheet(`
  项目名称 | 社区养老服务 | |
  一级指标 | 二级指标 | 三级指标 | 指标值
  产出指标 | 数量指标 | 服务人次 | >=2000人次
  产出指标 | 质量指标 | 合格率 | ≥95%
  效益指标 | 社会效益指标 | 生活质量 | 提升
  满意度指标 | 服务对象满意度指标 | 满意度 | ≥90%
`);

test('rules switched off or lowered by the workbook\'s own settings are said in every summary', () => {
  expect(silencedRules({ 'target-style': 'off', 'target-missing': 'warning', 'weight-total': { severity: 'error' } })).toEqual({ off: ['target-style'], lowered: [{ rule: 'target-missing', severity: 'warning' }] });
  const o = checkSheet(TABLE, { rules: { 'target-style': 'off', 'target-missing': { severity: 'info' } }, ignored: [] });
  expect(o.findings.some((f) => f.rule === 'target-style')).toBe(false);
  expect(silencedText(o, 'zh-CN')).toEqual(['注意：本工作簿保存的校验设置关闭了 1 条规则（target-style），这些规则发现的问题不会列出', '注意：本工作簿保存的校验设置降低了 1 条规则的级别（target-missing → 提示）']);
  expect(emailReport(o, 'zh-CN')).toContain('关闭了 1 条规则（target-style）');
  expect(reportSheetRows(o, 'en-US').flat().join('\n')).toContain("this workbook's own settings switch off 1 rules (target-style)");
  expect(silencedText(checkSheet(TABLE, { rules: {}, ignored: [] }), 'zh-CN')).toEqual([]);
});

test('an imported template catalogue with __proto__ keys in its slots and placements pollutes nothing', async () => {
  const { loadCatalogue } = await import('../../src/core/templates/validate');
  const json = JSON.parse(
    '{"version":1,"slots":{"__proto__":{"polluted":"产出/数量"},"数量":{"__proto__":"x","shanghai-2020":"产出/数量"}},' +
      '"templates":[{"id":"t","kind":"sector","name":{"zh-CN":"甲","en-US":"a"},"rows":[{"level3":"人次","target":{"grade":"良好"},"under":{"__proto__":"产出/数量","shanghai-2020":"产出/数量"}}]}]}',
  );
  const { catalogue, problems } = loadCatalogue(json);
  expect(catalogue).toBeNull();
  expect(problems.length).toBeGreaterThan(0);
});
