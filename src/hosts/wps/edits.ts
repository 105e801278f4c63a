/**
 * Compare-and-set writes in WPS: every target cell's text (and formula) is read first, and only cells still showing
 * what the edit expects are written; a cell the user changed since the check is reported stale with its current
 * text. On a protected sheet nothing is written when any target is locked (WPS would write up to that cell).
 */
import { cellAddress, parseCellAddress, parseRangeAddress } from '../../core/address';
import type { CellEdit } from '../../core/model';
import type { ApplyResult } from '../host';
import { asText } from '../shared/cells';
import { editsBySheet } from '../shared/edits';
import type { OwnWrites } from '../shared/own-writes';
import type { WpsApplication, WpsRange } from './api';
import { toHostError, wpsError } from './errors';
import { sheetNamed } from './sheets';

const normal = (cell: string): string => {
  const p = parseCellAddress(cell)!;
  return cellAddress(p.row, p.col);
};

/** Apply `edits`: about four calls per cell (read text, formula and lock; write). */
export function applyEdits(app: WpsApplication, edits: CellEdit[], own: OwnWrites): ApplyResult {
  const { bySheet, result } = editsBySheet(edits);
  if (bySheet.size === 0) return result;

  // Read every target on every sheet before writing anything.
  const writes: { sheet: string; range: WpsRange; edit: CellEdit }[] = [];
  for (const [name, list] of bySheet) {
    const sheet = sheetNamed(app, name);
    const guarded = sheet.ProtectContents === true;
    const cells = new Map<string, { range: WpsRange; text: string; formula: string | null; locked: boolean | null }>();
    for (const edit of list) {
      const key = normal(edit.cell);
      let now = cells.get(key);
      if (!now) {
        const range = sheet.Range(key);
        const text = range.Text;
        const formula = range.Formula;
        now = {
          range,
          text: typeof text === 'string' ? text : '',
          formula: typeof formula === 'string' && formula.startsWith('=') ? formula : null,
          locked: guarded ? range.Locked : false,
        };
        cells.set(key, now);
      }
      if (!matches(edit.expected, now)) {
        result.stale.push({ edit, actual: now.text });
        continue;
      }
      if (guarded && now.locked !== false) throw wpsError('protected', { sheet: name });
      writes.push({ sheet: name, range: now.range, edit });
      now.text = edit.value; // a later edit of the same cell sees this one
      now.formula = null;
    }
  }
  if (writes.length === 0) return result;

  const done = [...bySheet.keys()].map((name) =>
    own.begin(name, writes.filter((w) => w.sheet === name).map((w) => parseRangeAddress(w.edit.cell)!)),
  );
  let written = 0;
  try {
    for (const w of writes) {
      w.range.Value2 = asText(w.edit.value);
      written++;
    }
  } catch (error) {
    throw toHostError(error, { sheet: writes[written]?.sheet, partial: written > 0 });
  } finally {
    done.forEach((end) => end());
  }
  result.applied.push(...writes.map((w) => w.edit));
  return result;
}

/** The edit applies when the cell still shows `expected` (trimmed), or holds it as its formula. */
function matches(expected: string, now: { text: string; formula: string | null }): boolean {
  const want = expected.trim();
  return now.text.trim() === want || (now.formula !== null && now.formula === want);
}
