/**
 * What regex lookbehind (`(?<=…)`, `(?<!…)`) did, without the syntax: Internet Explorer 11 and old Edge cannot parse
 * it (nor Safari before 16.4), and no transpiler can rewrite it. Each helper finds exactly what the lookbehind
 * pattern found: same matches, same positions (test/core/lookbehind.test.ts compares them on generated text).
 * Lookbehinds here test one character, as every one the rules used did.
 */

/** The matches of global `re` not preceded by a character `notAfter` matches: `text.matchAll(/(?<!X)re/g)`. */
export function matchesNotAfter(text: string, re: RegExp, notAfter: RegExp): RegExpExecArray[] {
  if (!re.global) throw new Error('matchesNotAfter needs a global pattern');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && notAfter.test(text[m.index - 1])) {
      re.lastIndex = m.index + 1; // the lookbehind fails here: the engine would try the next position
      continue;
    }
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** One alternative of a pattern `a|b|…`: `re` anchored with `^`, and the character before it, if one is required. */
export interface Branch {
  re: RegExp;
  /** `(?<=X)`: the previous character must match. */
  after?: RegExp;
  /** `(?<!X)`: the previous character (if any) must not match. */
  notAfter?: RegExp;
}

/** The branches as one global pattern without their lookbehinds: it finds the places worth trying. */
const candidates = new WeakMap<readonly Branch[], RegExp>();

/** The first match of `branches` as one alternation would find it: earliest position, then the first branch there. */
export function firstMatch(text: string, branches: readonly Branch[]): { index: number; text: string } | null {
  let any = candidates.get(branches);
  if (!any) candidates.set(branches, (any = new RegExp(branches.map((b) => `(?:${b.re.source.replace(/^\^/, '')})`).join('|'), 'g')));
  // No branch matches, lookbehind or not, before the place `any` finds; there the branches are tried in order.
  any.lastIndex = 0;
  for (let m = any.exec(text); m; m = any.exec(text)) {
    const p = m.index;
    const prev = p > 0 ? text[p - 1] : '';
    const rest = text.slice(p);
    for (const b of branches) {
      if (b.after && !(p > 0 && b.after.test(prev))) continue;
      if (b.notAfter && p > 0 && b.notAfter.test(prev)) continue;
      const found = b.re.exec(rest);
      if (found) return { index: p, text: found[0] };
    }
    any.lastIndex = p + 1;
  }
  return null;
}

/** `text` cut after every character `at` matches, none at the very end: `text.split(/(?<=X)/)`. */
export function splitAfter(text: string, at: RegExp): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (at.test(text[i])) {
      parts.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
