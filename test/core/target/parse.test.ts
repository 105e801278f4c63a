import {
  formatTarget,
  MEASURED_KINDS,
  parseTarget,
  STYLE_PROBLEMS,
  TARGET_PROBLEM_MESSAGES,
  type ParsedTarget,
} from '../../../src/core/target';
import { LANGS, translate } from '../../../src/core/i18n';
import {
  ALL_CASES,
  BLANK_CASES,
  DATE_CASES,
  INVALID_CASES,
  NUMBER_CASES,
  OPERATOR_CASES,
  PERCENT_CASES,
  SAMPLE_CASES,
  UNIT_CASES,
  WORD_CASES,
  type Case,
} from './cases';

const ids = (t: ParsedTarget) => t.problems.map((p) => p.id).sort();

function check(k: Case): void {
  const t = parseTarget(k.input);
  expect(t).toMatchObject(k.expect);
  expect(t.raw).toBe(k.input);
  expect(ids(t)).toEqual([...(k.problems ?? [])].sort());
  const hasStyle = t.problems.some((p) => STYLE_PROBLEMS.includes(p.id));
  const expected = k.canonical ?? (hasStyle ? undefined : k.input);
  if (expected !== undefined) expect(formatTarget(t)).toBe(expected);
}

describe.each([
  ['sample values of the real tables', SAMPLE_CASES],
  ['operator spellings', OPERATOR_CASES],
  ['invalid values', INVALID_CASES],
  ['numbers', NUMBER_CASES],
  ['percentages', PERCENT_CASES],
  ['units', UNIT_CASES],
  ['grades, vague wording and text', WORD_CASES],
  ['periods and deadlines', DATE_CASES],
  ['placeholders, unit-only and empty', BLANK_CASES],
])('%s', (_name, cases) => {
  test.each(cases.map((k) => [k.input, k] as const))('%j', (_input, k) => check(k));
});

describe('the case table itself', () => {
  test('every kind and every problem id is covered', () => {
    const kinds = new Set(ALL_CASES.map((k) => k.expect.kind));
    expect([...kinds].sort()).toEqual(
      ['number', 'percent', 'grade', 'period', 'deadline', 'text', 'placeholder', 'empty', 'unit-only', 'invalid'].sort(),
    );
    const problems = new Set(ALL_CASES.flatMap((k) => k.problems ?? []));
    expect([...problems].sort()).toEqual(Object.keys(TARGET_PROBLEM_MESSAGES).sort());
  });
});

describe('problem data', () => {
  test('two-operators names both', () => {
    expect(parseTarget('≥=95%').problems[0]).toEqual({ id: 'two-operators', data: { first: '≥', second: '=' } });
  });
  test('degenerate-percent carries the fix, with the written decimals', () => {
    expect(parseTarget('≥100%').problems).toContainEqual({ id: 'degenerate-percent', data: { fix: '=100%' } });
    expect(parseTarget('≥100.00(%)').problems).toContainEqual({ id: 'degenerate-percent', data: { fix: '=100.00%' } });
    expect(parseTarget('≤0%').problems).toContainEqual({ id: 'degenerate-percent', data: { fix: '=0%' } });
  });
  test('style problems say what to write instead', () => {
    expect(parseTarget('>=95%').problems).toEqual([{ id: 'ascii-operator', data: { text: '>=', fix: '≥' } }]);
    expect(parseTarget('=100.00(%)').problems).toEqual([{ id: 'bracketed-unit', data: { text: '(%)', fix: '%' } }]);
    expect(parseTarget('95%以上').problems).toEqual([{ id: 'nonstandard-operator', data: { text: '以上', fix: '≥' } }]);
    expect(parseTarget('９５％').problems).toContainEqual({ id: 'full-width-chars', data: { text: '９５％' } });
    expect(parseTarget('1,000人').problems).toContainEqual({ id: 'thousands-separator', data: { text: '1,000', fix: '1000' } });
  });
  test('vague-wording names the phrase', () => {
    expect(parseTarget('服务水平进一步提高').problems).toEqual([{ id: 'vague-wording', data: { phrase: '进一步提高' } }]);
  });
  test('percent-out-of-range carries the value', () => {
    expect(parseTarget('120%').problems).toContainEqual({ id: 'percent-out-of-range', data: { value: 120 } });
  });
  test('every problem of every case has a message in both languages with its data filled', () => {
    for (const k of ALL_CASES) {
      for (const p of parseTarget(k.input).problems) {
        for (const lang of LANGS) {
          const text = translate(TARGET_PROBLEM_MESSAGES, p.id, lang, p.data);
          expect(text).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });
});

describe('number cells', () => {
  test('a plain number', () => {
    expect(parseTarget(95)).toMatchObject({ kind: 'number', raw: '95', number: 95, numberText: '95', operatorMissing: true });
  });
  test('a percent format holding 0.95 is 95 percent', () => {
    expect(parseTarget(0.95, { numberFormat: '0%' })).toMatchObject({ kind: 'percent', raw: '0.95', number: 95, unit: '%' });
    expect(formatTarget(parseTarget(0.95, { numberFormat: '0%' }))).toBe('95%');
  });
  test('the format decides the shown decimals', () => {
    const t = parseTarget(1, { numberFormat: '0.00%' });
    expect(t).toMatchObject({ kind: 'percent', number: 100, numberText: '100.00' });
    expect(formatTarget(t)).toBe('100.00%');
    expect(formatTarget(parseTarget(230, { numberFormat: '#,##0.0' }))).toBe('230.0');
  });
  test('no float noise', () => {
    expect(parseTarget(0.07, { numberFormat: '0%' }).number).toBe(7);
    expect(parseTarget(0.955, { numberFormat: '0.0%' }).number).toBe(95.5);
    expect(parseTarget(1e-7).number).toBe(1e-7);
    expect(parseTarget(1e21).numberText).toBe('1000000000000000000000');
  });
  test('a literal unit in the format', () => {
    expect(parseTarget(230, { numberFormat: '0"人"' })).toMatchObject({ kind: 'number', number: 230, unit: '人' });
    expect(parseTarget(65, { numberFormat: '0.00"万元";-0.00"万元"' })).toMatchObject({ number: 65, unit: '万元', numberText: '65.00' });
  });
  test('a date format holding a serial is a deadline', () => {
    expect(parseTarget(45291, { numberFormat: 'yyyy-mm-dd' })).toMatchObject({ kind: 'deadline', deadline: '2023-12-31' });
    expect(parseTarget(45291, { numberFormat: 'yyyy"年"m"月"d"日"' })).toMatchObject({ kind: 'deadline' });
  });
  test('general, color sections and unknown formats read the number', () => {
    expect(parseTarget(95, { numberFormat: 'General' })).toMatchObject({ kind: 'number', number: 95 });
    expect(parseTarget(-5, { numberFormat: '[Red]0;[Blue]-0' })).toMatchObject({ kind: 'number', number: -5 });
    expect(parseTarget(95, { numberFormat: null })).toMatchObject({ kind: 'number', number: 95 });
  });
  test('a string ignores the number format: it is already the text shown', () => {
    expect(parseTarget('0.95', { numberFormat: '0%' })).toMatchObject({ kind: 'number', number: 0.95 });
  });
  test('non-finite numbers, -0, null, undefined and booleans', () => {
    expect(parseTarget(Number.NaN)).toMatchObject({ kind: 'invalid', raw: 'NaN' });
    expect(parseTarget(Infinity)).toMatchObject({ kind: 'invalid' });
    expect(parseTarget(-0)).toMatchObject({ kind: 'number', raw: '0', number: 0 });
    expect(Object.is(parseTarget(-0).number, 0)).toBe(true);
    expect(parseTarget(null)).toEqual({ kind: 'empty', raw: '', problems: [{ id: 'empty', data: {} }] });
    expect(parseTarget(undefined)).toMatchObject({ kind: 'empty' });
    expect(parseTarget(true)).toMatchObject({ kind: 'text', raw: 'TRUE' });
  });
});

describe('kinds', () => {
  test('measured kinds are the ones formatTarget rebuilds', () => {
    expect([...MEASURED_KINDS].sort()).toEqual(['deadline', 'grade', 'number', 'percent', 'period']);
  });
  test('text keeps its words; the formatter only trims it', () => {
    const t = parseTarget('  按合同约定 完成 ');
    expect(t.kind).toBe('text');
    expect(formatTarget(t)).toBe('按合同约定 完成');
  });
});

describe('date serials', () => {
  test.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45291, '2023-12-31'],
    [73050, '2099-12-31'],
  ])('%d → %s', (serial, date) => {
    expect(parseTarget(serial, { numberFormat: 'yyyy-mm-dd' })).toMatchObject({ kind: 'deadline', deadline: date });
  });
  test.each([[60], [0], [73051], [-3]])('%d is not a date the grammar reads: a number', (serial) => {
    expect(parseTarget(serial, { numberFormat: 'yyyy-mm-dd' }).kind).toBe('number');
  });
});
