/**
 * Checking one sheet as the task pane does: recognise, run the rules under the workbook's settings, set aside the
 * findings the user ignored. (What the pane makes of it is core/outcome.ts, which re-exports these.)
 */
import type { Finding } from '../model';
import type { SheetSnapshot } from '../snapshot';
import { type IgnoredFinding, silencedRules, type WorkbookSettings } from '../settings';
import { checkSheets, recogniseSheets } from './workbook';
import { sortFindings } from '../report/json';
import { vocabularyWith } from '../vocabulary';
import { ignores } from './ignore';
import type { CheckOutcome } from '../outcome';

/**
 * Check one sheet under the workbook's settings (its rules, and the labels the user taught). Throws ConfigError when
 * the stored rule settings are invalid.
 */
export function checkSheet(snapshot: SheetSnapshot, settings: WorkbookSettings): CheckOutcome {
  const [sheet] = checkSheets(recogniseSheets([snapshot], vocabularyWith(settings.vocabulary)), { rules: settings.rules });
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

