import {
  composeSplitTarget,
  formatTarget,
  GRADES,
  isPercentLike,
  operatorOf,
  parseTarget,
  PREFIX_OPERATORS,
  SUFFIX_OPERATORS,
  unitScale,
  UNITS,
  VAGUE_PHRASES,
  type ParsedTarget,
} from '../../../src/core/target';

describe('formatTarget', () => {
  test.each([
    ['>=95%', '≥95%'],
    ['≧ 95 ％', '≥95%'],
    ['不低于95%', '≥95%'],
    ['95%以上', '≥95%'],
    ['控制在65万元以内', '≤65万元'],
    ['=100.00(%)', '=100.00%'],
    ['１，０００人', '1000人'],
    ['2.6万', '2.6万'],
    ['2.6万元', '2.6万元'],
    ['三次', '3次'],
    ['百分之九十五', '95%'],
    ['良好以上', '≥良好'],
    ['2023.07 — 2024.01', '2023.07-2024.01'],
    ['１２月底前', '12月底前'],
    ['≧ %', '≥%'],
    [' ≥**% ', '≥**%'],
    [' 按合同约定完成 ', '按合同约定完成'],
    ['≥=95%', '≥=95%'],
    ['', ''],
  ])('%j → %j', (input, out) => {
    expect(formatTarget(parseTarget(input))).toBe(out);
  });

  test('ascii operator style', () => {
    expect(formatTarget(parseTarget('≥95%'), { operatorStyle: 'ascii' })).toBe('>=95%');
    expect(formatTarget(parseTarget('不超过65万元'), { operatorStyle: 'ascii' })).toBe('<=65万元');
    expect(formatTarget(parseTarget('=100%'), { operatorStyle: 'ascii' })).toBe('=100%');
    expect(formatTarget(parseTarget('≧ %'), { operatorStyle: 'ascii' })).toBe('>=%');
    expect(formatTarget(parseTarget('>=95%'), { operatorStyle: 'unicode' })).toBe('≥95%');
  });

  test('a rule fix: change the operator of a degenerate percent', () => {
    const t = parseTarget('≥100.00(%)');
    expect(formatTarget({ ...t, operator: '=' })).toBe('=100.00%');
  });

  test('a changed number wins over the stale numberText', () => {
    const t = parseTarget('≥95%');
    expect(formatTarget({ ...t, number: 98 })).toBe('≥98%');
    const w = parseTarget('2.6万');
    expect(formatTarget({ ...w, number: 30000 })).toBe('3万');
  });

  test('targets built by hand', () => {
    const base: ParsedTarget = { kind: 'number', raw: '', problems: [] };
    expect(formatTarget({ ...base, operator: '≤', number: 65, unit: '万元' })).toBe('≤65万元');
    expect(formatTarget({ ...base, kind: 'percent', operator: '≥', number: 95 })).toBe('≥95%');
    expect(formatTarget({ ...base, number: 1e21 })).toBe('1000000000000000000000');
    expect(formatTarget({ ...base, kind: 'grade', grade: '良好' })).toBe('良好');
    expect(formatTarget({ ...base, kind: 'period', period: { start: '2023-01', end: '2023-12' } })).toBe('2023-01至2023-12');
    expect(formatTarget({ ...base, kind: 'number', raw: ' x ' })).toBe('x');
  });
});

describe('composeSplitTarget (指标性质 | 指标值 | 度量单位)', () => {
  test.each([
    // real-sichuan-jingyan-2023
    ['≥', '95', '%', '≥95%'],
    ['≥', '1', '年', '≥1年'],
    ['≥', '1', '人/年', '≥1人/年'],
    ['≥', '230', '个', '≥230个'],
    // other spellings of the operator column
    ['>=', '95', '%', '>=95%'],
    ['大于等于', '90', '%', '大于等于90%'],
    ['＝', '100', '%', '＝100%'],
    [' ≤ ', ' 65 ', ' 万元 ', '≤65万元'],
    ['定性', '良好', '', '良好'],
    ['定性', '良好', '%', '良好'],
    ['定量', '95', '%', '95%'],
    ['正向指标', '95', '%', '95%'],
    ['', '10', '辆', '10辆'],
    ['', '', '', ''],
    // already in the value: not repeated
    ['≥', '≥95', '%', '≥95%'],
    ['≥', '95%', '%', '≥95%'],
    ['=', '100.00(%)', '', '=100.00(%)'],
    // left blank: unit only
    ['≥', '', '%', '≥%'],
    // contradictions stay visible
    ['≤', '≥95', '%', '≤≥95%'],
  ])('%j | %j | %j → %j', (op, value, unit, out) => {
    expect(composeSplitTarget(op, value, unit)).toBe(out);
  });

  test('composed sample values parse as expected', () => {
    expect(parseTarget(composeSplitTarget('≥', '95', '%'))).toMatchObject({ kind: 'percent', operator: '≥', number: 95 });
    expect(parseTarget(composeSplitTarget('≥', '', '%'))).toMatchObject({ kind: 'unit-only', unit: '%' });
    expect(parseTarget(composeSplitTarget('≤', '≥95', '%'))).toMatchObject({ kind: 'invalid' });
    expect(parseTarget(composeSplitTarget('定性', '良好', ''))).toMatchObject({ kind: 'grade', grade: '良好' });
  });
});

describe('operatorOf', () => {
  test.each([
    ['≥', '≥'],
    ['>=', '≥'],
    ['＞＝', '≥'],
    ['≧', '≥'],
    ['不低于', '≥'],
    ['以上', '≥'],
    [' ≤ ', '≤'],
    ['<=', '≤'],
    ['不超过', '≤'],
    ['以内', '≤'],
    ['=', '='],
    ['＝', '='],
    ['等于', '='],
    ['>', '>'],
    ['超过', '>'],
    ['<', '<'],
    ['低于', '<'],
  ])('%j → %j', (text, op) => {
    expect(operatorOf(text)).toBe(op);
  });
  test.each([['定性'], ['定量'], ['正向指标'], [''], ['≥='], ['良好']])('%j → undefined', (text) => {
    expect(operatorOf(text)).toBeUndefined();
  });
  test('null and undefined', () => {
    expect(operatorOf(null)).toBeUndefined();
    expect(operatorOf(undefined)).toBeUndefined();
  });
  test('every spelling maps to its operator', () => {
    for (const s of [...PREFIX_OPERATORS, ...SUFFIX_OPERATORS]) expect(operatorOf(s.text)).toBe(s.operator);
  });
});

describe('isPercentLike', () => {
  test.each([
    ['≥95%', true],
    ['=100.00(%)', true],
    ['≥**%', true],
    ['≧ %', true],
    ['百分之九十', true],
    ['≥200人', false],
    ['良好', false],
    ['95', false],
    ['', false],
  ])('%j → %j', (input, out) => {
    expect(isPercentLike(parseTarget(input))).toBe(out);
  });
  test('a percent-formatted number cell', () => {
    expect(isPercentLike(parseTarget(0.95, { numberFormat: '0%' }))).toBe(true);
  });
});

describe('unitScale', () => {
  test.each([
    ['万元', 1e4, '元'],
    ['万人', 1e4, '人'],
    ['万亩', 1e4, '亩'],
    ['亿元', 1e8, '元'],
    ['元', 1, '元'],
    ['千米', 1, '千米'],
    ['万', 1, '万'],
    ['', 1, ''],
  ])('%j → ×%d %j', (unit, factor, base) => {
    expect(unitScale(unit)).toEqual({ factor, base });
  });
  test('undefined', () => {
    expect(unitScale(undefined)).toEqual({ factor: 1, base: '' });
  });
});

describe('word lists', () => {
  test('every grade parses as a grade, alone and with 基本/较', () => {
    for (const g of GRADES) expect(parseTarget(g)).toMatchObject({ kind: 'grade', grade: g });
    for (const g of ['基本满意', '较好', '非常满意', '总体稳定']) expect(parseTarget(g).kind).toBe('grade');
  });
  test('every vague phrase is text with vague-wording, alone and inside a sentence', () => {
    for (const v of VAGUE_PHRASES) {
      for (const s of [v, `服务水平${v}`]) {
        const t = parseTarget(s);
        expect(t.kind).toBe('text');
        expect(t.problems).toContainEqual({ id: 'vague-wording', data: { phrase: expect.any(String) } });
      }
    }
  });
  test('no vague phrase is a grade', () => {
    for (const v of VAGUE_PHRASES) expect(GRADES).not.toContain(v);
  });
  test('every unit alone is unit-only, after a number is the unit', () => {
    for (const u of UNITS) {
      expect(parseTarget(u)).toMatchObject({ kind: 'unit-only', unit: u });
      expect(parseTarget(`≥12${u}`)).toMatchObject({ operator: '≥', number: 12, unit: u });
    }
  });
});
