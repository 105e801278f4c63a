/** Character and number-text helpers of the target parser. Pure string work, no locale APIs. */

/** Whitespace of any kind, including ideographic space, NBSP and zero-width characters. */
const WHITESPACE = /[\s\u200b-\u200d\u2060\ufeff]/g;
const HAS_WHITESPACE = /[\s\u200b-\u200d\u2060\ufeff]/;

/** Remove all whitespace. */
export function removeSpaces(s: string): string {
  return HAS_WHITESPACE.test(s) ? s.replace(WHITESPACE, '') : s;
}

/** Trim the same whitespace `removeSpaces` removes. */
export function trimSpaces(s: string): string {
  return s.replace(/^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g, '');
}

/** Any character `toHalfWidth` converts. */
const WIDE = /[\uff01-\uff5e\ufe64-\ufe66\ufe6a]/;

/** Small-form variants (﹪ ﹤ ﹥ ﹦) treated like full-width characters. */
const SMALL_FORMS: Readonly<Record<string, string>> = { '\ufe6a': '%', '\ufe64': '<', '\ufe65': '>', '\ufe66': '=' };

/**
 * Full-width ASCII (U+FF01–U+FF5E: `９５％＞＝（）`) and small forms → half-width. Every character maps to exactly
 * one UTF-16 unit, so indices in the result match indices in the input.
 */
export function toHalfWidth(s: string): string {
  if (!WIDE.test(s)) return s; // the common case: nothing to convert
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else out += SMALL_FORMS[s[i]] ?? s[i];
  }
  return out;
}

/** The distinct characters of `s` that `toHalfWidth` changes. */
export function fullWidthChars(s: string): string {
  const seen = new Set<string>();
  const h = toHalfWidth(s);
  for (let i = 0; i < s.length; i++) if (s[i] !== h[i]) seen.add(s[i]);
  return [...seen].join('');
}

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/**
 * Move the decimal point of a plain decimal text (`-12.5`) by `places` (positive: right). Exact: no floating
 * point. The result has no leading zeros (except `0.`) and no trailing fraction zeros.
 */
export function shiftDecimal(text: string, places: number): string {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const [int, frac = ''] = body.split('.');
  const digits = int + frac;
  const point = int.length + places;
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  out = out.replace(/^0+(?=\d)/, '');
  if (out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
  if (out === '' || /^0*$/.test(out)) return '0';
  return negative ? '-' + out : out;
}

/** A finite number as plain decimal text, never in exponent form (1e21 → `1000000000000000000000`). */
export function plainNumber(n: number): string {
  if (Object.is(n, -0)) return '0';
  const s = String(n);
  const m = /^(-?)(\d+(?:\.\d+)?)e([+-]\d+)$/.exec(s);
  if (!m) return s;
  return m[1] + shiftDecimal(m[2], Number(m[3]));
}

/** Pad a plain decimal text to at least `decimals` fraction digits (`95` → `95.00`). */
export function padDecimals(text: string, decimals: number): string {
  if (decimals <= 0) return text;
  const [int, frac = ''] = text.split('.');
  return frac.length >= decimals ? text : `${int}.${frac.padEnd(decimals, '0')}`;
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Characters of simple Chinese numerals. */
export const CN_NUMERAL_CHARS = /[零〇一二两三四五六七八九十百千]/;

/**
 * A simple Chinese numeral below 10000 (`三`, `十二`, `九十五`, `一百零五`, `两千`) → its value; null when the text
 * is not one (`二二`, `十十`).
 */
export function chineseNumeralValue(s: string): number | null {
  if (!s || !/^[零〇一二两三四五六七八九十百千]+$/.test(s)) return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      if (digit !== null && digit !== 0 && CN_DIGITS[ch] !== 0) return null; // two digits in a row
      digit = CN_DIGITS[ch];
    } else {
      const unit = CN_UNITS[ch];
      if (unit >= lastUnit) return null; // 十十, 百千
      if (digit === 0) return null; // 零十
      total += (digit ?? 1) * unit;
      lastUnit = unit;
      digit = null;
    }
  }
  return total + (digit ?? 0);
}
