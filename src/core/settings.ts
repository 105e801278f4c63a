/**
 * Per-workbook settings of the checker: rules switched off or tuned, findings the user chose to ignore, own templates.
 * They travel with the file, so whoever opens it next gets them too: everything read back is validated and rebuilt
 * from known fields only (nothing from the file is kept as it came, so nothing can reach a prototype), and what the
 * settings silence is said in the summary (`silencedRules`).
 */
import { isJsonObject } from './json';
import { FRAMEWORKS } from './frameworks';
import type { Severity } from './model';
import { RULES_BY_ID } from './rules';
import type { RuleSetting } from './rules/config';
import type { FrameworkId, TargetPattern } from './templates/types';
import { loadCatalogue } from './templates/validate';
import { storedVocabulary } from './vocabulary/teach';
import type { VocabularyData } from './vocabulary/types';

/** A finding the user accepted: ignored for as long as its cell holds the value it had then. */
export interface IgnoredFinding {
  rule: string;
  sheet: string;
  /** The finding's first cell and the text it held. */
  cell: string;
  value: string;
  /**
   * The text every cell of the finding held (a money-sum mismatch is about the total and each part): the finding
   * returns when any of them changes. Only for findings about several cells; entries stored before key on the first
   * cell only.
   */
  values?: string[];
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

/** Most ignored findings, user templates, and rows per template kept from stored settings (more is not a user's). */
export const SETTINGS_LIMITS = { ignored: 10_000, templates: 200, rows: 500, text: 500 } as const;

/** True when `t` is a user template the catalogue validation accepts as it stands. */
export function isValidUserTemplate(t: unknown): t is UserTemplate {
  if (!t || typeof t !== 'object' || (t as { kind?: unknown }).kind !== 'sector') return false;
  const rows = (t as { rows?: unknown }).rows;
  if (Array.isArray(rows) && rows.length > SETTINGS_LIMITS.rows) return false;
  if (!withinTextLimit(t)) return false;
  return loadCatalogue({ version: 1, templates: [t] }).catalogue !== null;
}

/** Settings read back from storage: anything malformed is dropped rather than trusted. */
export function sanitizeSettings(raw: unknown): WorkbookSettings {
  if (!isJsonObject(raw)) return { rules: {}, ignored: [] };
  const r = raw as Partial<WorkbookSettings>;
  const settings: WorkbookSettings = { rules: sanitizeRules(r.rules), ignored: [] };
  if (Array.isArray(r.ignored)) {
    for (const x of r.ignored) {
      if (settings.ignored.length >= SETTINGS_LIMITS.ignored) break;
      if (!isJsonObject(x)) continue;
      const e = x as unknown as Record<string, unknown>;
      const fields = ['rule', 'sheet', 'cell', 'value'] as const;
      if (fields.every((k) => typeof e[k] === 'string' && (e[k] as string).length <= 32_767)) {
        const entry: IgnoredFinding = { rule: e.rule as string, sheet: e.sheet as string, cell: e.cell as string, value: e.value as string };
        const values = e.values;
        if (Array.isArray(values) && values.length <= 1_000 && values.every((v) => typeof v === 'string' && v.length <= 32_767)) entry.values = [...values];
        settings.ignored.push(entry);
      }
    }
  }
  if (Array.isArray(r.templates)) {
    const ids = new Set<string>();
    const templates: UserTemplate[] = [];
    for (const t of r.templates.slice(0, SETTINGS_LIMITS.templates)) {
      if (isValidUserTemplate(t) && !ids.has(t.id)) {
        ids.add(t.id);
        templates.push(rebuildTemplate(t));
      }
    }
    if (templates.length) settings.templates = templates;
  }
  const vocabulary = r.vocabulary === undefined ? undefined : storedVocabulary(r.vocabulary);
  if (vocabulary) settings.vocabulary = vocabulary;
  return settings;
}

/**
 * The rule settings kept: known rule ids only, each `"off"`, a severity, or `{ severity?, options? }` rebuilt from
 * those two fields. Option values are kept for the rule configuration to check (it names any that are wrong).
 */
function sanitizeRules(raw: unknown): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (!isJsonObject(raw)) return rules;
  for (const [id, setting] of Object.entries(raw as Record<string, unknown>)) {
    if (!RULES_BY_ID.has(id)) continue;
    if (typeof setting === 'string') {
      if (setting === 'off' || isSeverity(setting)) rules[id] = setting;
      continue;
    }
    if (!isJsonObject(setting)) continue;
    const { severity, options } = setting as { severity?: unknown; options?: unknown };
    const kept: { severity?: 'off' | Severity; options?: Record<string, unknown> } = {};
    if (severity === 'off' || isSeverity(severity)) kept.severity = severity;
    if (isJsonObject(options)) {
      const opts: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(options as Record<string, unknown>)) {
        if (Object.prototype.hasOwnProperty.call(RULES_BY_ID.get(id)?.meta.options ?? {}, name)) opts[name] = value;
      }
      kept.options = opts;
    }
    rules[id] = kept;
  }
  return rules;
}

/** What stored rule settings silence: rules switched off, and rules lowered below their own severity. */
export function silencedRules(rules: Record<string, RuleSetting>): { off: string[]; lowered: { rule: string; severity: Severity }[] } {
  const off: string[] = [];
  const lowered: { rule: string; severity: Severity }[] = [];
  const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
  for (const [id, setting] of Object.entries(rules)) {
    const rule = RULES_BY_ID.get(id);
    if (!rule) continue;
    const severity = typeof setting === 'string' ? setting : setting?.severity;
    if (severity === 'off') off.push(id);
    else if (severity && isSeverity(severity) && rank[severity] < rank[rule.meta.severity]) lowered.push({ rule: id, severity });
  }
  return { off, lowered };
}

function rebuildTemplate(t: UserTemplate): UserTemplate {
  return {
    id: t.id,
    kind: 'sector',
    name: { 'zh-CN': t.name['zh-CN'], 'en-US': t.name['en-US'] },
    rows: t.rows.map((row) => {
      const under: Partial<Record<FrameworkId, string>> = {};
      for (const [framework, placement] of Object.entries(row.under)) {
        if (typeof placement === 'string' && FRAMEWORK_KEYS.has(framework)) under[framework as FrameworkId] = placement;
      }
      const target: TargetPattern =
        'grade' in row.target
          ? { grade: row.target.grade }
          : { operator: row.target.operator, value: row.target.value, unit: row.target.unit, ...(row.target.typical !== undefined ? { typical: row.target.typical } : {}) };
      return { level3: row.level3, target, ...(typeof row.explanation === 'string' ? { explanation: row.explanation } : {}), under };
    }),
  };
}

const FRAMEWORK_KEYS = new Set<string>(FRAMEWORKS.map((f) => f.id));

function isSeverity(x: unknown): x is Severity {
  return x === 'error' || x === 'warning' || x === 'info';
}

/** Every string in `x` (a parsed JSON value) is at most SETTINGS_LIMITS.text long, and it nests at most 6 deep. */
function withinTextLimit(x: unknown, depth = 0): boolean {
  if (typeof x === 'string') return x.length <= SETTINGS_LIMITS.text;
  if (depth > 6) return false;
  if (Array.isArray(x)) return x.every((v) => withinTextLimit(v, depth + 1));
  if (x && typeof x === 'object') return Object.values(x).every((v) => withinTextLimit(v, depth + 1));
  return true;
}
