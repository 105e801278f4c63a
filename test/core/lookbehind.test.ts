/** lookbehind.ts gives exactly what the lookbehind patterns it replaces gave (the tests may use lookbehind: Node runs them). */
import fc from 'fast-check';
import { firstMatch, matchesNotAfter, splitAfter } from '../../src/core/lookbehind';
import { PLACEHOLDER_SLOTS } from '../../src/core/rules/indicator-name';

const text = (alphabet: string[]) => fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }).map((a) => a.join(''));

test('matchesNotAfter = matchAll of (?<!X)re: same matches at the same places', () => {
  const chars = ['1', '2', '.', '5', 'a', 'Z', '-', '_', '≥', '>', '=', '人', ' ', '次'];
  fc.assert(
    fc.property(text(chars), (s) => {
      const theirs = [...s.matchAll(/(?<![A-Za-z0-9.\-_])(?:[≥≤=<>]|>=|<=)?(\d+(?:\.\d+)?)/g)].map((m) => [m.index, m[0], m[1]]);
      const ours = matchesNotAfter(s, /(?:[≥≤=<>]|>=|<=)?(\d+(?:\.\d+)?)/g, /[A-Za-z0-9.\-_]/).map((m) => [m.index, m[0], m[1]]);
      expect(ours).toEqual(theirs);
      const number = [...s.matchAll(/(?<![\d.])12(?![\d.])/g)].map((m) => m.index);
      expect(matchesNotAfter(s, /12(?![\d.])/g, /[\d.]/).map((m) => m.index)).toEqual(number);
    }),
    { numRuns: 3000 },
  );
});

test('firstMatch = exec of an alternation with lookbehinds: the earliest place, then the first branch', () => {
  const slot = /\*{2,}|(?<=[≥≤=<>])\*|\*(?=%)|(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])|×{2,}|_{2,}|○{2,}|□{2,}|(?<=[≥≤=<>])N(?=%|人|个|次|元|万)/;
  // The placeholder branches the indicator-name rule uses, against the lookbehind regex they stand for.
  const branches = PLACEHOLDER_SLOTS;
  const chars = ['*', '≥', '=', '%', 'X', 'x', 'a', 'N', '人', '×', '_', '○', '□', '(', '1'];
  fc.assert(
    fc.property(text(chars), (s) => {
      const m = slot.exec(s);
      expect(firstMatch(s, branches)).toEqual(m ? { index: m.index, text: m[0] } : null);
    }),
    { numRuns: 5000 },
  );
  expect(firstMatch('≥**', branches)).toEqual({ index: 1, text: '**' }); // not the single * after ≥
});

test('splitAfter = split(/(?<=X)/)', () => {
  fc.assert(
    fc.property(text(['■', '□', '阶', '段', '性', '√', ' ']), (s) => {
      expect(splitAfter(s, /[■□√]/)).toEqual(s.split(/(?<=[■□√])/));
    }),
    { numRuns: 3000 },
  );
});

test('(?:^|[^占分])比$ tests as (?<![占分])比$ did', () => {
  fc.assert(
    fc.property(text(['占', '分', '比', '值', '率']), (s) => {
      expect(/(?:^|[^占分])比$/.test(s)).toBe(/(?<![占分])比$/.test(s));
    }),
  );
});
