/** What the fake Excel and the fake WPS do alike to cells: take typed text, and move cells when rows go in or out. */
import { cellAddress, parseCellAddress } from '../../src/core/address';

/**
 * What Excel (and WPS alike) makes of text written to a cell's values, as if typed there: an apostrophe keeps the rest as text
 * (and is not part of the value), so does a cell formatted as text (`@`); otherwise `=`, `+`, `-` and `@` start a
 * formula, and numbers, percentages, dates (`3-5`, `1/2`) and TRUE/FALSE are converted (`001` becomes 1).
 */
export function typedIn(input: string, format?: string): { value: string | number | boolean; text: string; formula?: string; format?: string } {
  if (input.startsWith("'")) return { value: input.slice(1), text: input.slice(1) };
  if (format === '@' || input === '') return { value: input, text: input };
  const t = input.trim();
  const number = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/.exec(t);
  if (number) {
    const value = Number(t.replace(/,/g, ''));
    return { value, text: String(value) };
  }
  const percent = /^([+-]?\d+(\.\d+)?)%$/.exec(t);
  if (percent) return { value: Number(percent[1]) / 100, text: t.replace(/^\+/, ''), format: '0%' };
  const date = /^(\d{1,4})[-/](\d{1,2})(?:[-/](\d{1,4}))?$/.exec(t);
  if (date && Number(date[2]) >= 1 && Number(date[2]) <= 31) {
    const [m, d] = Number(date[1]) <= 12 ? [Number(date[1]), Number(date[2])] : [Number(date[2]), 1];
    return { value: 45292 + (m - 1) * 31 + d, text: `${m}月${d}日`, format: 'm"月"d"日"' };
  }
  if (/^(true|false)$/i.test(t)) return { value: /^true$/i.test(t), text: t.toUpperCase() };
  if (/^[=+\-@]/.test(t) && t.length > 1) {
    const formula = t.startsWith('=') ? t : `=${t.replace(/^@/, '')}`;
    const simple = /^=([+-]?\d+(\.\d+)?)(%?)$/.exec(formula);
    const value = simple ? Number(simple[1]) / (simple[3] ? 100 : 1) : '#NAME?';
    return { value, text: String(value), formula };
  }
  return { value: input, text: input };
}

/** Move every cell of `sheet` to `to(row)` (null: the cell goes), rewriting formulas with `formula`. */
export function moveCells<C extends { formula?: string }>(sheet: { cells: Map<string, C> }, to: (row: number) => number | null, formula: (f: string) => string): void {
  const cells = [...sheet.cells];
  sheet.cells.clear();
  for (const [a, c] of cells) {
    const p = parseCellAddress(a)!;
    const row = to(p.row);
    if (row === null) continue;
    sheet.cells.set(cellAddress(row, p.col), c.formula ? { ...c, formula: formula(c.formula) } : c);
  }
}
