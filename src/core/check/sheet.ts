/**
 * Checking one sheet as the task pane does: recognise, run the rules under the workbook's settings, set aside the
 * findings the user ignored. (What the pane makes of it is core/outcome.ts, which re-exports these.)
 */
import type { Finding } from '../model';
import type { SheetSnapshot } from '../snapshot';
import { type IgnoredFinding, silencedRules, type WorkbookSettings } from '../settings';
import { checkSheets, recogniseSheets, type SheetResult } from './workbook';
import { sortFindings } from '../report/json';
import { vocabularyWith } from '../vocabulary';
import { ignores } from './ignore';
import type { CheckOutcome } from '../outcome';

/**
 * Check one sheet under the workbook's settings (its rules, and the labels the user taught). Throws ConfigError when
 * the stored rule settings are invalid.
 */
export function checkSheet(snapshot: SheetSnapshot, settings: WorkbookSettings): CheckOutcome {
  return checkRecognised(snapshot, recogniseSheet(snapshot, settings), settings);
}

/** What the recogniser reads in one sheet under the labels the user taught (the part of a check the rules do not change). */
export function recogniseSheet(snapshot: SheetSnapshot, settings: Pick<WorkbookSettings, 'vocabulary'>): SheetResult {
  return recogniseSheets([snapshot], vocabularyWith(settings.vocabulary))[0];
}

/**
 * checkSheet on a sheet already recognised (by recogniseSheet, from the same snapshot and vocabulary): the rules never
 * change the tables, so one recognition serves every check of an unchanged sheet. `recognised` is left as it is.
 */
export function checkRecognised(snapshot: SheetSnapshot, recognised: SheetResult, settings: WorkbookSettings): CheckOutcome {
  const [sheet] = checkSheets([{ ...recognised, findings: [] }], { rules: settings.rules });
  const findings: Finding[] = [];
  const ignored: Finding[] = [];
  for (const f of sortFindings(sheet.findings)) (isIgnored(f, snapshot, settings.ignored) ? ignored : findings).push(f);
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) counts[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
  return { sheet, findings, ignored, counts, ready: counts.errors === 0 && sheet.tables.length > 0, silenced: silencedRules(settings.rules) };
}

/** True when the user ignored this finding and every cell of it still holds what it held then. */
export function isIgnored(f: Finding, snapshot: SheetSnapshot, ignored: IgnoredFinding[]): boolean {
  return ignored.some((x) => ignores(x, f, snapshot));
}

