/** Per-workbook settings of the checker: rules switched off or tuned, findings the user chose to ignore. */
import type { RuleSetting } from './rules/config';

/** A finding the user accepted: ignored for as long as its cell holds the value it had then. */
export interface IgnoredFinding {
  rule: string;
  sheet: string;
  cell: string;
  value: string;
}

export interface WorkbookSettings {
  rules: Record<string, RuleSetting>;
  ignored: IgnoredFinding[];
}

export const EMPTY_SETTINGS: WorkbookSettings = { rules: {}, ignored: [] };

/** Settings read back from storage: anything malformed is dropped rather than trusted. */
export function sanitizeSettings(raw: unknown): WorkbookSettings {
  if (!raw || typeof raw !== 'object') return { rules: {}, ignored: [] };
  const r = raw as Partial<WorkbookSettings>;
  const rules = r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules) ? r.rules : {};
  const ignored = Array.isArray(r.ignored)
    ? r.ignored.filter((x): x is IgnoredFinding => !!x && ['rule', 'sheet', 'cell', 'value'].every((k) => typeof (x as unknown as Record<string, unknown>)[k] === 'string'))
    : [];
  return { rules: { ...rules }, ignored };
}
