/** Property tests: the parser never throws, formatting is idempotent and keeps the meaning. */
import fc from 'fast-check';
import {
  formatTarget,
  MEASURED_KINDS,
  parseTarget,
  PREFIX_OPERATORS,
  STYLE_PROBLEMS,
  SUFFIX_OPERATORS,
  UNITS,
  type Operator,
  type ParsedTarget,
} from '../../../src/core/target';
import type { CellValue } from '../../../src/core/snapshot';
import { ALL_CASES } from './cases';

/** Raise with TARGET_FUZZ_RUNS=50000 for a longer search. */
const RUNS = Number(process.env.TARGET_FUZZ_RUNS) || 2000;

/** The parts of a target that carry its meaning. */
function meaning(t: ParsedTarget) {
  return {
    kind: t.kind,
    operator: t.operator,
    number: t.number,
    scale: t.scale,
    unit: t.unit,
    grade: t.grade,
    period: t.period,
    deadline: t.deadline,
  };
}

const hasStyleProblem = (t: ParsedTarget) => t.problems.some((p) => STYLE_PROBLEMS.includes(p.id));

// --- arbitraries ------------------------------------------------------------------------------------------------

/** Pieces of the target grammar, so random strings often come close to real values. */
const PIECES = [
  ...'0123456789０１２３４５６７８９.,，．-－/%％()（）[]*＊xXN_=<>＝＞＜≥≤≧≦',
  ' ', '\u3000', '\t', '\n', '\u00a0', '\u200b',
  '万', '亿', '千', '百分之', '九十五', '三', '两', '十',
  '以上', '以下', '以内', '内', '及以上', '不低于', '不超过', '控制在', '达到', '大于等于',
  '人', '人次', '万元', '元/人·月', '公里', '米', 'M', 'cm', 'm²', '个', '次', '年', '月', '日', '底', '前', '至',
  '良好', '满意', '基本', '较', '进一步', '提高', '明显', '改善', '按期', '约', '余', '左右', '的', '完成',
  '20', '2023', '2024', '12', '31', '100', '95', '1,000', '00',
];

const targetLikeString = fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 12 });

const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  targetLikeString,
  targetLikeString,
);

const NUMBER_FORMATS = ['General', '0', '0.00', '#,##0', '0%', '0.00%', '0.0%', '0"人"', '0.00"万元"', 'yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '[Red]0;-0', '@'];

const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0, -0, 0.95, 1, 100, 45291, 1e21, 1e-7, Number.MAX_VALUE, Number.MIN_VALUE),
);

const anyInput: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  anyString,
  anyNumber,
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
);

const anyFormat = fc.option(fc.oneof(fc.constantFrom(...NUMBER_FORMATS), fc.string()), { nil: undefined });

// --- never throws, idempotent, meaning kept --------------------------------------------------------------------

describe('any input', () => {
  test('parseTarget and formatTarget never throw, and the result is well-formed', () => {
    fc.assert(
      fc.property(anyInput, anyFormat, (input, numberFormat) => {
        const t = parseTarget(input, { numberFormat });
        expect(typeof t.raw).toBe('string');
        expect(Array.isArray(t.problems)).toBe(true);
        expect(typeof formatTarget(t)).toBe('string');
        expect(typeof formatTarget(t, { operatorStyle: 'ascii' })).toBe('string');
        if (t.number !== undefined) expect(Number.isFinite(t.number)).toBe(true);
        if (t.kind === 'percent') expect(t.unit).toBe('%');
        if (t.kind === 'number' || t.kind === 'percent') expect(t.operatorMissing === true).toBe(t.operator === undefined);
      }),
      { numRuns: RUNS },
    );
  });

  test('formatting is idempotent', () => {
    fc.assert(
      fc.property(anyInput, anyFormat, (input, numberFormat) => {
        const once = formatTarget(parseTarget(input, { numberFormat }));
        const twice = formatTarget(parseTarget(once));
        expect(twice).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  test('formatting keeps the meaning (kind, operator, number, unit, grade, dates)', () => {
    const finite = fc.oneof(anyString, anyNumber.filter(Number.isFinite), fc.constant(null));
    fc.assert(
      fc.property(finite, anyFormat, (input, numberFormat) => {
        const t = parseTarget(input, { numberFormat });
        expect(meaning(parseTarget(formatTarget(t)))).toEqual(meaning(t));
      }),
      { numRuns: RUNS },
    );
  });

  test('a measured value without style problems is already canonical', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const t = parseTarget(input);
        if (MEASURED_KINDS.includes(t.kind) && !hasStyleProblem(t)) expect(formatTarget(t)).toBe(input);
      }),
      { numRuns: RUNS },
    );
  });

  test('the canonical text has no style problems', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const canonical = parseTarget(formatTarget(parseTarget(input)));
        if (MEASURED_KINDS.includes(canonical.kind)) expect(canonical.problems.filter((p) => STYLE_PROBLEMS.includes(p.id))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

// --- mutations of known values ---------------------------------------------------------------------------------

const KNOWN = ALL_CASES.map((k) => parseTarget(k.input)).filter((t) => MEASURED_KINDS.includes(t.kind));
const WHITESPACE = [' ', '  ', '\u3000', '\t', '\n', '\u00a0'];

/** Whitespace inserted at the given positions (never between two digits: `9 5` is unreadable by design). */
function insertSpaces(s: string, positions: number[], spaces: string[]): string {
  const at = new Set(positions.map((p) => p % (s.length + 1)).filter((p) => !(/\d/.test(s[p - 1] ?? '') && /\d/.test(s[p] ?? ''))));
  let out = '';
  let k = 0;
  for (let i = 0; i <= s.length; i++) {
    if (at.has(i)) out += spaces[k++ % spaces.length];
    if (i < s.length) out += s[i];
  }
  return out;
}

/** Full-width versions of the ASCII characters at the chosen positions. */
function toFullWidth(s: string, picks: boolean[]): string {
  return [...s]
    .map((ch, i) => {
      const c = ch.charCodeAt(0);
      return picks[i % picks.length] && c >= 0x21 && c <= 0x7e ? String.fromCharCode(c + 0xfee0) : ch;
    })
    .join('');
}

function spellingsOf(op: Operator, words: boolean) {
  return PREFIX_OPERATORS.filter((s) => s.operator === op && (words || !s.word));
}

describe('mutations of known values keep their meaning and canonical text', () => {
  const known = fc.constantFrom(...KNOWN);

  test('inserted spaces', () => {
    fc.assert(
      fc.property(known, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom(...WHITESPACE), { minLength: 1 }), (t, positions, spaces) => {
        const canonical = formatTarget(t);
        const mutated = parseTarget(insertSpaces(canonical, positions, spaces));
        expect(meaning(mutated)).toEqual(meaning(t));
        expect(formatTarget(mutated)).toBe(canonical);
      }),
      { numRuns: RUNS },
    );
  });

  test('full-width characters', () => {
    fc.assert(
      fc.property(known, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (t, picks) => {
        const canonical = formatTarget(t);
        const text = toFullWidth(canonical, picks);
        const mutated = parseTarget(text);
        expect(meaning(mutated)).toEqual(meaning(t));
        expect(formatTarget(mutated)).toBe(canonical);
        if (text !== canonical) expect(mutated.problems.map((p) => p.id)).toContain('full-width-chars');
      }),
      { numRuns: RUNS },
    );
  });

  test('another spelling of the operator, before or after the value', () => {
    const withOperator = KNOWN.filter((t) => t.operator && ['number', 'percent', 'grade'].includes(t.kind));
    fc.assert(
      fc.property(fc.constantFrom(...withOperator), fc.nat(), fc.boolean(), (t, pick, after) => {
        const canonical = formatTarget(t);
        const body = canonical.slice(1); // canonical operators are one character
        const op = t.operator as Operator;
        const suffixes = SUFFIX_OPERATORS.filter((s) => s.operator === op);
        const text =
          after && suffixes.length
            ? body + suffixes[pick % suffixes.length].text
            : (() => {
                const spellings = spellingsOf(op, t.kind !== 'grade');
                return spellings[pick % spellings.length].text + body;
              })();
        const mutated = parseTarget(text);
        expect(meaning(mutated)).toEqual(meaning(t));
        expect(formatTarget(mutated)).toBe(canonical);
      }),
      { numRuns: RUNS },
    );
  });

  test('thousands separators and bracketed percent units', () => {
    const numbers = KNOWN.filter((t) => t.kind === 'number' || t.kind === 'percent');
    fc.assert(
      fc.property(fc.constantFrom(...numbers), fc.boolean(), (t, bracket) => {
        const canonical = formatTarget(t);
        let text = canonical.replace(/\d{4,}/, (d) => d.replace(/\B(?=(\d{3})+$)/g, ','));
        if (bracket && t.kind === 'percent') text = text.replace(/%$/, '(%)');
        const mutated = parseTarget(text);
        expect(meaning(mutated)).toEqual(meaning(t));
        expect(formatTarget(mutated)).toBe(canonical);
      }),
      { numRuns: 500 },
    );
  });
});

// --- a grammar of well-formed values ---------------------------------------------------------------------------

describe('generated well-formed values', () => {
  const integerPart = fc.oneof(fc.nat({ max: 999 }), fc.nat({ max: 10_000_000 }));
  const value = fc.record({
    negative: fc.boolean(),
    int: integerPart,
    decimals: fc.option(fc.stringMatching(/^\d{1,3}$/), { nil: undefined }),
    commas: fc.boolean(),
    scale: fc.option(fc.constantFrom('千', '万', '亿'), { nil: undefined }),
    unit: fc.option(fc.constantFrom(...UNITS, '(%)', '（%）', '(人)'), { nil: undefined }),
    prefix: fc.option(fc.constantFrom(...PREFIX_OPERATORS), { nil: undefined }),
    suffix: fc.option(fc.constantFrom(...SUFFIX_OPERATORS), { nil: undefined }),
    fullWidth: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
    spaces: fc.array(fc.nat(), { maxLength: 3 }),
  });

  test('parse to the operator, number and unit they were built from', () => {
    fc.assert(
      fc.property(value, (v) => {
        const unitless = v.unit === undefined;
        // Readings that are dates, not numbers, by design: `2023年`, `12月内`, `2023.5`.
        fc.pre(v.prefix !== undefined || !['年', '月', '日'].includes(v.unit ?? ''));
        fc.pre(v.prefix !== undefined || !unitless || v.int < 1900 || v.int > 2099);
        fc.pre(!(v.scale && !unitless));
        let digits = String(v.int);
        if (v.commas) digits = digits.replace(/\B(?=(\d{3})+$)/g, ',');
        const numberText = (v.negative ? '-' : '') + digits + (v.decimals ? '.' + v.decimals : '') + (v.scale ?? '');
        const text = (v.prefix?.text ?? '') + numberText + (v.unit ?? '') + (v.suffix?.text ?? '');
        const written = toFullWidth(insertSpaces(text, v.spaces, [' ']), v.fullWidth);
        const t = parseTarget(written);

        if (v.prefix && v.suffix && v.prefix.operator !== v.suffix.operator) {
          expect(t.kind).toBe('invalid');
          expect(t.problems.map((p) => p.id)).toContain('two-operators');
          return;
        }
        const unit = v.unit?.replace(/^[(（](.*)[)）]$/, '$1');
        const plain = (v.negative ? '-' : '') + String(v.int) + (v.decimals ? '.' + v.decimals : '');
        const exp = v.scale ? { 千: 3, 万: 4, 亿: 8 }[v.scale] : 0;
        const expected = Number(exp ? plain.replace(/^(-?)(\d+)(?:\.(\d+))?$/, (_m, s, i, f = '') => `${s}${i}${f.padEnd(exp, '0').slice(0, exp)}.${f.slice(exp) || '0'}`) : plain);
        expect(t.kind).toBe(unit === '%' ? 'percent' : 'number');
        expect(t.operator).toBe(v.prefix?.operator ?? v.suffix?.operator);
        expect(t.number).toBe(Object.is(expected, -0) ? 0 : expected);
        expect(t.unit).toBe(unit);
        expect(t.scale).toBe(v.scale ? 10 ** exp : undefined);
        // and its canonical text reads back the same
        expect(meaning(parseTarget(formatTarget(t)))).toEqual(meaning(t));
        if (!hasStyleProblem(t)) expect(formatTarget(t)).toBe(written);
      }),
      { numRuns: RUNS },
    );
  });
});
