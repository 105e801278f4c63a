/**
 * Outline numbering in front of a label or a 三级 name (`一、`, `(一)`, `1.`, `1、`, `(1)`, `①`, `指标1:`), read one
 * way everywhere. Never the start of a number: `1.5万元以下补贴发放户数` has no numbering.
 */

/** Outline numbering, shallowest first: 一、 → (一) → 1. → (1) → ①; `指标1:` numbers 三级 names. */
export type Numbering = 'cn' | 'paren-cn' | 'num' | 'paren-num' | 'circle' | 'indicator';

/** How deep each kind of numbering sits in an outline (a line numbered deeper details the line above it). */
export const NUMBERING_DEPTH: Readonly<Record<Numbering, number>> = { cn: 1, 'paren-cn': 2, num: 3, 'paren-num': 4, circle: 5, indicator: 3 };

const PATTERNS: [RegExp, Numbering][] = [
  [/^指标\d+[:：.、]?/, 'indicator'],
  [/^[一二三四五六七八九十]+[、.．]/, 'cn'],
  [/^\([一二三四五六七八九十]+\)[、.．]?/, 'paren-cn'],
  [/^\d{1,2}(?:[、．]|\.(?!\d))/, 'num'],
  [/^\(?\d{1,2}\)[、.．]?/, 'paren-num'],
  [/^[①-⑳]/, 'circle'],
];

/** The numbering a text starts with (half-width, without spaces), when something follows it. */
export function outlineNumbering(s: string): { kind: Numbering; length: number } | null {
  for (const [re, kind] of PATTERNS) {
    const m = re.exec(s);
    if (m && m[0].length < s.length) return { kind, length: m[0].length };
  }
  return null;
}

/** The text without its numbering. */
export function stripNumbering(s: string): string {
  const n = outlineNumbering(s);
  return n ? s.slice(n.length) : s;
}
