/** han.ts: the written-out Han ranges match exactly what `\p{Script=Han}` matches, code point by code point. */
import fc from 'fast-check';
import { countHan, HAN, HAN_RANGES, hanOr } from '../../src/core/han';

const PROPERTY = /^\p{Script=Han}$/u;

test('every code point is Han in the ranges exactly when \\p{Script=Han} says so (Unicode of this Node)', () => {
  const one = new RegExp(`^${hanOr()}$`);
  const wrong: string[] = [];
  for (let cp = 0; cp <= 0x10ffff && wrong.length < 10; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue; // lone surrogates: matched by neither
    const ch = String.fromCodePoint(cp);
    if (one.test(ch) !== PROPERTY.test(ch)) wrong.push(cp.toString(16));
  }
  // On a failure, Node's Unicode changed: regenerate HAN_RANGES from \p{Script=Han} (see the ranges' comment).
  expect(wrong).toEqual([]);
  expect(HAN_RANGES.length).toBeGreaterThan(15);
});

test('an astral Han character counts as one character, a lone surrogate as none', () => {
  const ext = '𠀀𪛖𰀀'; // U+20000, U+2A6D6, U+30000
  expect(countHan(ext)).toBe(3);
  expect(new RegExp(`^${hanOr()}{3}$`).test(ext)).toBe(true);
  expect(new RegExp(`^${hanOr()}{2}$`).test(ext)).toBe(false);
  expect(HAN.test('\ud840')).toBe(false);
  expect(countHan('\ud840x\udc00')).toBe(0);
});

test('hanOr(also) is [\\p{Script=Han}also] on any text', () => {
  const ours = new RegExp(`^${hanOr('A-Za-z0-9‰°℃²³·/')}{1,6}$`);
  const theirs = /^[\p{Script=Han}A-Za-z0-9‰°℃²³·/]{1,6}$/u;
  const alphabet = fc.constantFrom('人', '次', '𠀀', '〇', '々', 'A', 'z', '0', '‰', '·', '/', '%', ' ', 'ア', '가', '\ud840', '\udc00', '元');
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 8 }), (chars) => {
      const s = chars.join('');
      expect(ours.test(s)).toBe(theirs.test(s));
      expect(countHan(s)).toBe((s.match(/\p{Script=Han}/gu) ?? []).length);
    }),
    { numRuns: 2000 },
  );
});
