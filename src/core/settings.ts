/** Per-workbook settings of the checker: rules switched off or tuned, findings the user chose to ignore, own templates. */
import type { RuleSetting } from './rules/config';
import type { FrameworkId, TargetPattern } from './templates/types';
import { loadCatalogue } from './templates/validate';
import { storedVocabulary } from './vocabulary/teach';
import type { VocabularyData } from './vocabulary/types';

/** A finding the user accepted: ignored for as long as its cell holds the value it had then. */
export interface IgnoredFinding {
  rule: string;
  sheet: string;
  cell: string;
  value: string;
}

/**
 * A template the user made from rows of a table (保存为模板), in the catalogue's JSON shape (catalogue.json): each row
 * says where it goes per framework as `"一级/二级"`, and its target is a pattern (`≥**人`, a grade).
 */
export interface UserTemplate {
  id: string;
  kind: 'sector';
  name: { 'zh-CN': string; 'en-US': string };
  rows: { level3: string; target: TargetPattern; explanation?: string; under: Partial<Record<FrameworkId, string>> }[];
}

export interface WorkbookSettings {
  rules: Record<string, RuleSetting>;
  ignored: IgnoredFinding[];
  /** The user's own templates (我的模板); absent when there are none. */
  templates?: UserTemplate[];
  /**
   * Labels the user taught the checker (识别栏目), as a vocabulary extension in vocabulary.json's format; absent when
   * none were taught.
   */
  vocabulary?: VocabularyData;
}

export const EMPTY_SETTINGS: WorkbookSettings = { rules: {}, ignored: [] };

/** True when `t` is a user template the catalogue validation accepts as it stands. */
export function isValidUserTemplate(t: unknown): t is UserTemplate {
  if (!t || typeof t !== 'object' || (t as { kind?: unknown }).kind !== 'sector') return false;
  return loadCatalogue({ version: 1, templates: [t] }).catalogue !== null;
}

/** Settings read back from storage: anything malformed is dropped rather than trusted. */
export function sanitizeSettings(raw: unknown): WorkbookSettings {
  if (!raw || typeof raw !== 'object') return { rules: {}, ignored: [] };
  const r = raw as Partial<WorkbookSettings>;
  const rules = r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules) ? r.rules : {};
  const ignored = Array.isArray(r.ignored)
    ? r.ignored.filter((x): x is IgnoredFinding => !!x && ['rule', 'sheet', 'cell', 'value'].every((k) => typeof (x as unknown as Record<string, unknown>)[k] === 'string'))
    : [];
  const settings: WorkbookSettings = { rules: { ...rules }, ignored };
  if (Array.isArray(r.templates)) {
    const ids = new Set<string>();
    const templates = r.templates.filter((t) => isValidUserTemplate(t) && !ids.has(t.id) && !!ids.add(t.id));
    if (templates.length) settings.templates = templates;
  }
  const vocabulary = r.vocabulary === undefined ? undefined : storedVocabulary(r.vocabulary);
  if (vocabulary) settings.vocabulary = vocabulary;
  return settings;
}
