/** Text normalisation shared by the recogniser and the rules. */

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** Remove every kind of white space and line break (labels are often letter-spaced: `总 体 目 标`). */
export function compact(text: string): string {
  return text.replace(WHITESPACE, '');
}

/** Full-width ASCII (`（`, `：`, `１`, `％`) → half-width; the ideographic space → space. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/**
 * A label as the recogniser compares it: half-width, no spaces, no trailing colon, no ★ markers,
 * brackets unified (`【】〔〕` → `()`).
 */
export function labelKey(text: string): string {
  return compact(toHalfWidth(text))
    .replace(/[★☆*]/g, '')
    .replace(/[【〔［]/g, '(')
    .replace(/[】〕］]/g, ')')
    .replace(/[:：]+$/, '');
}

/** The year a title or year line names (`(2020年度)`, `（ 2022 年度）`, `(2020)年度`, `2023年项目…`), or null. */
export function yearIn(text: string): number | null {
  const t = compact(toHalfWidth(text));
  const m = /((?:19|20)\d{2})\)?年/.exec(t) ?? /\(((?:19|20)\d{2})\)/.exec(t);
  return m ? Number(m[1]) : null;
}
