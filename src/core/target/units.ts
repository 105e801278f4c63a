/** Unit arithmetic for rules that compare values across rows (元 vs 万元, 人 vs 万人). */
import { SCALE_EXPONENTS } from './lexicon';

/**
 * Split a scale prefix off a unit: `万元` → {factor: 1e4, base: '元'}, `万人` → {1e4, '人'}, `亿元` → {1e8, '元'},
 * `人` → {1, '人'}. Only 万 and 亿 count (`千米`, `千克` are units of their own); a bare `万` is not a unit.
 */
export function unitScale(unit: string | undefined): { factor: number; base: string } {
  if (!unit) return { factor: 1, base: '' };
  const first = unit[0];
  if ((first === '万' || first === '亿') && unit.length > 1) {
    return { factor: 10 ** (SCALE_EXPONENTS[first] ?? 0), base: unit.slice(1) };
  }
  return { factor: 1, base: unit };
}
