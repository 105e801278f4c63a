/** Rule configuration: options validated against each rule's schema, defaults applied once, every problem named. */
import { activeRules, ConfigError, RULES } from '../../../src/core/rules';

const problems = (rules: Record<string, unknown>): string[] => {
  try {
    activeRules(RULES, { rules } as never);
    return [];
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.problems.map((p) => p['en-US']);
  }
};

test.each([
  [{ 'target-style': { options: { operatorStyle: 'ASCII' } } }, 'rule "target-style": option "operatorStyle" must be one of unicode, ascii, not "ASCII"'],
  [{ 'weight-total': { options: { total: -5 } } }, 'rule "weight-total": option "total" must be at least 1 (is -5)'],
  [{ 'weight-total': { options: { total: '100' } } }, 'rule "weight-total": option "total" must be a number, not "100"'],
  [{ 'money-narrative-mismatch': { options: { fields: ['nonsense'] } } }, 'rule "money-narrative-mismatch": option "fields" has unknown values: nonsense'],
  [{ 'money-execution-rate': { options: { maxRate: -1 } } }, 'rule "money-execution-rate": option "maxRate" must be at least 0 (is -1)'],
  [{ 'target-style': { options: { nonsense: 1 } } }, 'rule "target-style" has no option "nonsense"'],
  [{ 'no-such-rule': 'off' }, 'unknown rule "no-such-rule"'],
  [{ 'target-style': 'loud' }, 'rule "target-style": invalid severity "loud" (use off, error, warning or info)'],
])('%j is refused: %s', (rules, message) => {
  expect(problems(rules).join('; ')).toContain(message);
});

test('every problem of a configuration is named at once, in both languages', () => {
  try {
    activeRules(RULES, { rules: { 'weight-total': { options: { total: -5, budgetExecutionScore: 'x' } }, 'x-rule': 'off' } } as never);
    throw new Error('accepted');
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    const { problems: list } = e as ConfigError;
    expect(list).toHaveLength(3);
    for (const p of list) expect(p['zh-CN']).toMatch(/[\u4e00-\u9fa5]/);
  }
});

test('valid options are applied over the defaults; options not given keep their default', () => {
  const [weights] = activeRules(RULES, { rules: { 'weight-total': { options: { total: 90 } } } }).filter((r) => r.rule.meta.id === 'weight-total');
  expect(weights.options).toEqual({ total: 90, budgetExecutionScore: 10 });
  const [style] = activeRules(RULES, { rules: { 'target-style': { options: { operatorStyle: 'ascii' } } } }).filter((r) => r.rule.meta.id === 'target-style');
  expect(style.options).toEqual({ operatorStyle: 'ascii' });
});

test('every option of every rule has a default its own schema accepts', () => {
  for (const r of RULES) {
    for (const [name, spec] of Object.entries(r.meta.options ?? {})) {
      expect(problems({ [r.meta.id]: { options: { [name]: spec.default } } })).toEqual([]);
    }
  }
});
