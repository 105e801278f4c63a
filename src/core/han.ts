/**
 * Han characters (Chinese script) in regular expressions that Internet Explorer 11 and old Edge can run: what
 * `\p{Script=Han}` matches, written out as ranges. A `\p{…}` escape needs the `u` flag and an engine that knows
 * Unicode properties; the ribbon's 一键校验 runs on engines that have neither. The patterns built here need no flag:
 * characters beyond U+FFFF (the CJK extensions) are matched as surrogate pairs, one pair counting as one character.
 *
 * The ranges are Unicode 17's (Node 20.20), and test/core/han.test.ts checks every code point against
 * `\p{Script=Han}` of the Node running the tests, so a Unicode update shows up there.
 */

/** Unicode's Han script, as inclusive code point ranges. */
export const HAN_RANGES: readonly (readonly [number, number])[] = [
  [0x2e80, 0x2e99],
  [0x2e9b, 0x2ef3],
  [0x2f00, 0x2fd5],
  [0x3005, 0x3005],
  [0x3007, 0x3007],
  [0x3021, 0x3029],
  [0x3038, 0x303b],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfa6d],
  [0xfa70, 0xfad9],
  [0x16fe2, 0x16fe3],
  [0x16ff0, 0x16ff6],
  [0x20000, 0x2a6df],
  [0x2a700, 0x2b81d],
  [0x2b820, 0x2cead],
  [0x2ceb0, 0x2ebe0],
  [0x2ebf0, 0x2ee5d],
  [0x2f800, 0x2fa1d],
  [0x30000, 0x3134a],
  [0x31350, 0x33479],
];

const hex = (unit: number): string => `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;
const unitRange = (a: number, b: number): string => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`);

/** The ranges below U+10000, as the body of a character class. */
const BMP = HAN_RANGES.filter(([a]) => a <= 0xffff)
  .map(([a, b]) => unitRange(a, b))
  .join('');

/**
 * The ranges above U+FFFF, as alternatives of surrogate pairs: runs of high surrogates whose every low surrogate
 * is Han share one alternative (`[\uD840-\uD868][\uDC00-\uDFFF]|\uD869[\uDC00-\uDEDF]|…`).
 */
const ASTRAL = HAN_RANGES.filter(([a]) => a > 0xffff)
  .flatMap(([a, b]) => {
    const high = (cp: number) => 0xd800 + ((cp - 0x10000) >> 10);
    const low = (cp: number) => 0xdc00 + ((cp - 0x10000) & 0x3ff);
    const parts: { highs: [number, number]; lows: [number, number] }[] = [];
    for (let start = a; start <= b; ) {
      const h = high(start);
      const end = Math.min(b, 0x10000 + ((h - 0xd800 + 1) << 10) - 1); // the last code point with this high surrogate
      const lows: [number, number] = [low(start), low(end)];
      const last = parts[parts.length - 1];
      const full = lows[0] === 0xdc00 && lows[1] === 0xdfff;
      if (last && full && last.lows[0] === 0xdc00 && last.lows[1] === 0xdfff && last.highs[1] === h - 1) last.highs[1] = h;
      else parts.push({ highs: [h, h], lows });
      start = end + 1;
    }
    return parts.map((p) => `${p.highs[0] === p.highs[1] ? hex(p.highs[0]) : `[${unitRange(p.highs[0], p.highs[1])}]`}[${unitRange(p.lows[0], p.lows[1])}]`);
  })
  .join('|');

/**
 * Pattern source for one character that is Han or in `also` (a character-class body of characters below U+10000,
 * e.g. `A-Za-z0-9`): `[\p{Script=Han}A-Za-z]` becomes `hanOr('A-Za-z')`. For patterns without the `u` flag.
 */
export function hanOr(also = ''): string {
  return `(?:[${BMP}${also}]|${ASTRAL})`;
}

/** One Han character anywhere (`/\p{Script=Han}/u`). */
export const HAN = new RegExp(hanOr());

const HAN_GLOBAL = new RegExp(hanOr(), 'g');

/** How many Han characters `text` has (`text.match(/\p{Script=Han}/gu).length`). */
export function countHan(text: string): number {
  return (text.match(HAN_GLOBAL) ?? []).length; // match() starts from 0 whatever lastIndex says
}
