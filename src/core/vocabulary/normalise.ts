/**
 * Text normalisation before matching wording against the vocabulary: a label is compared as its words, not its
 * typography. Removes spaces between letters (`总 体 目 标`), full-width forms, markers (`★`, `*`), numbering
 * (`一、`, `(一)`, `1.`), a leading 其中, brackets and what is inside them (a unit is kept aside: `(万元)`), `及代码`
 * and a trailing colon.
 */
import type { MoneyUnit } from '../model';
import { compact, toHalfWidth } from '../text';
import { type Numbering, outlineNumbering } from '../numbering';

export type { Numbering } from '../numbering';

export interface NormalLabel {
  /** The words of the label, as the vocabulary is keyed. */
  key: string;
  /** A money unit written in brackets (`项目资金(万元)`). */
  unit: MoneyUnit | null;
  /** Written after 其中 (a part of the amount above or beside it). */
  sub: boolean;
  /** Outline numbering in front of the label, when there is some. */
  numbering: Numbering | null;
  /** What the brackets held (`长期`, `2024年-2026年`), joined; '' when none. */
  bracketed: string;
}

const MARKERS = /[★☆*＊※●◆◇▲△]/g;
const OPEN = /[【〔［「『〈《{]/g;
const CLOSE = /[】〕］」』〉》}]/g;
const UNIT_BRACKET = /\((?:金额|资金)?(?:单位)?[:：]?(万元|元)\)/;
/** `及代码` after a department, `及电话` after a person: the label is about what comes before. */
const CODE_SUFFIX = /及(?:其)?(?:代码|编码|编号|代号)|及(?:联系)?(?:电话|手机|方式)$/g;

/** Half-width, no spaces, no markers, brackets unified to `()`. */
export function cleanText(text: string): string {
  return compact(toHalfWidth(text)).replace(MARKERS, '').replace(OPEN, '(').replace(CLOSE, ')');
}

/** Normalise a label-like text for lookup. */
export function normaliseLabel(text: string): NormalLabel {
  let s = cleanText(text);
  const outline = outlineNumbering(s);
  const numbering: Numbering | null = outline?.kind ?? null;
  if (outline) s = s.slice(outline.length);
  let sub = false;
  const lead = /^其中[:：,，、]?/.exec(s);
  if (lead && lead[0].length < s.length) {
    sub = true;
    s = s.slice(lead[0].length);
  }
  let unit: MoneyUnit | null = null;
  const u = UNIT_BRACKET.exec(s);
  if (u) {
    unit = u[1] as MoneyUnit;
    s = s.replace(UNIT_BRACKET, '');
  }
  const { text: plain, inside } = removeBrackets(s);
  const trim = (x: string) => x.replace(/^[:：,，、.]+|[:：,，、.]+$/g, '');
  s = trim(trim(plain).replace(CODE_SUFFIX, ''));
  return { key: s, unit, sub, numbering, bracketed: inside };
}

/** Remove bracketed parts (`(长期)`, `(2024年-2026年)`, `(盖章)`) unless nothing would be left. */
export function removeBrackets(s: string): { text: string; inside: string } {
  if (s.indexOf('(') < 0) return { text: s, inside: '' };
  let out = '';
  let inside = '';
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '(') {
      depth++;
      continue;
    }
    if (ch === ')' && depth > 0) {
      depth--;
      continue;
    }
    if (depth > 0) inside += ch;
    else out += ch;
  }
  return out ? { text: out, inside } : { text: s.replace(/[()]/g, ''), inside: '' };
}

/**
 * A glob over normalised text: `*` is any run of characters, `#` a run of digits, everything else itself; the
 * whole text must match. Patterns in the vocabulary are globs, never regular expressions (user-supplied
 * vocabularies cannot make matching slow).
 */
export function compileGlob(pattern: string): (text: string) => boolean {
  if (!/[*#]/.test(pattern)) return (text) => text === pattern;
  const parts = pattern.split(/([*#])/).filter((p) => p !== '');
  const source = parts.map((p) => (p === '*' ? '[\\s\\S]*' : p === '#' ? '\\d+' : p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))).join('');
  const re = new RegExp(`^${source}$`);
  return (text) => re.test(text);
}
