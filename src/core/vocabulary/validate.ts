/**
 * Load a vocabulary (the shipped vocabulary.json, or an extension a department adds with `ptcheck --vocabulary` or
 * the pane's settings): every part checked, nothing half-loaded, bilingual problems that name where the problem is.
 * Output objects are built from known keys only, so a file cannot reach an object's prototype.
 */
import { isJsonObject, type JsonObject } from '../json';
import type { FieldKey, FormType, MoneyKey } from '../model';
import type { ColumnRole, HeadRule, MoneyEntry, Requirement, VocabularyData } from './types';

export const FIELD_KEYS: readonly FieldKey[] = [
  'projectName', 'applicant', 'department', 'implementer', 'manager', 'contact', 'phone', 'code', 'category', 'nature',
  'performanceType', 'startDate', 'endDate', 'period', 'overview', 'basis', 'necessity', 'measures', 'plan', 'overallGoal',
  'annualGoal', 'financeBureau', 'fundCategory',
];

export const MONEY_KEYS: readonly MoneyKey[] = [
  'total', 'fiscal', 'other', 'annual', 'annualFiscal', 'annualOther', 'carryOver', 'lastYearBudget', 'lastYearSpent',
  'central', 'local', 'superior', 'projectSpending', 'basicSpending', 'detail',
];

const ROLES: readonly ColumnRole[] = [
  'level1', 'level2', 'level3', 'target', 'operator', 'operatorOrDirection', 'direction', 'unit', 'weight', 'history',
  'actual', 'score', 'deviation', 'note',
];
const FORMS: readonly FormType[] = ['project', 'department', 'investment', 'transfer', 'evaluation'];
const REQUIREMENTS: readonly Requirement[] = ['name', 'unit', 'dates', 'money', 'goal', 'narrative'];
const TOP_KEYS = ['version', 'fields', 'money', 'sections', 'ignored', 'grammar', 'columns', 'titles', 'footers', 'forms', 'selfEvaluation', 'categories'];

/** Bounds that keep an extension's matching cheap. */
export const VOCABULARY_LIMITS = { texts: 5_000, textLength: 40, globStars: 4 };

export interface VocabularyProblem {
  /** Where in the JSON (`fields.applicant[2]`), '' for the whole file. */
  path: string;
  messageId: string;
  data?: Record<string, string | number>;
}

type Json = JsonObject;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Read and check a vocabulary. `extension` files may not redefine category aliases. */
export function loadVocabulary(json: unknown, options: { extension?: boolean } = {}): { data: VocabularyData | null; problems: VocabularyProblem[] } {
  const problems: VocabularyProblem[] = [];
  const report = (path: string, messageId: string, data?: VocabularyProblem['data']) => problems.push({ path, messageId, ...(data ? { data } : {}) });
  if (!isJsonObject(json)) return { data: null, problems: [{ path: '', messageId: 'notObject' }] };
  if (json.version !== 1) return { data: null, problems: [{ path: 'version', messageId: 'version', data: { found: String(json.version) } }] };
  for (const k of Object.keys(json)) if (!TOP_KEYS.includes(k)) report(k, 'unknownKey', { key: k });
  let texts = 0;

  const strings = (x: unknown, path: string, opts: { glob?: boolean; max?: number } = {}): string[] => {
    if (!Array.isArray(x)) {
      report(path, 'notList');
      return [];
    }
    const out: string[] = [];
    x.forEach((s, i) => {
      const at = `${path}[${i}]`;
      if (typeof s !== 'string' || s.trim() === '') return report(at, 'notText');
      if (s.length > (opts.max ?? VOCABULARY_LIMITS.textLength)) return report(at, 'tooLong', { max: opts.max ?? VOCABULARY_LIMITS.textLength });
      if (opts.glob && (s.match(/\*/g)?.length ?? 0) > VOCABULARY_LIMITS.globStars) return report(at, 'globTooComplex', { max: VOCABULARY_LIMITS.globStars });
      texts++;
      out.push(s);
    });
    return out;
  };
  const keyed = <K extends string>(x: unknown, allowed: readonly K[], path: string, messageId: string): K | null => {
    if (typeof x === 'string' && (allowed as readonly string[]).includes(x)) return x as K;
    report(path, messageId, { value: String(x), allowed: allowed.join(', ') });
    return null;
  };
  const object = (x: unknown, path: string): Json | null => {
    if (!isJsonObject(x)) {
      report(path, 'notObject');
      return null;
    }
    for (const k of Object.keys(x)) if (FORBIDDEN.has(k)) report(`${path}.${k}`, 'forbiddenKey', { key: k });
    return x;
  };

  const data: VocabularyData = { version: 1 };
  if (json.fields !== undefined) {
    const o = object(json.fields, 'fields');
    if (o) {
      const fields: Partial<Record<FieldKey, string[]>> = {};
      for (const k of Object.keys(o)) {
        const key = keyed(k, FIELD_KEYS, `fields.${k}`, 'fieldUnknown');
        if (key) fields[key] = strings(o[k], `fields.${k}`);
      }
      data.fields = fields;
    }
  }
  if (json.money !== undefined) {
    if (!Array.isArray(json.money)) report('money', 'notList');
    else {
      data.money = [];
      json.money.forEach((raw, i) => {
        const at = `money[${i}]`;
        const o = object(raw, at);
        if (!o) return;
        const entry: MoneyEntry = { labels: strings(o.labels, `${at}.labels`) };
        if ((o.amount === undefined) === (o.part === undefined)) return report(at, 'moneyKind');
        if (o.amount !== undefined) {
          const k = keyed<MoneyKey>(o.amount, MONEY_KEYS, `${at}.amount`, 'moneyUnknown');
          if (k) entry.amount = k;
        } else {
          const k = keyed<MoneyKey>(o.part, MONEY_KEYS, `${at}.part`, 'moneyUnknown');
          if (k) entry.part = k;
          if (o.annual !== undefined) {
            const a = keyed<MoneyKey>(o.annual, MONEY_KEYS, `${at}.annual`, 'moneyUnknown');
            if (a) entry.annual = a;
          }
          if (o.fixed !== undefined) {
            if (typeof o.fixed !== 'boolean') report(`${at}.fixed`, 'notBoolean');
            else entry.fixed = o.fixed;
          }
        }
        data.money!.push(entry);
      });
    }
  }
  if (json.sections !== undefined) {
    const o = object(json.sections, 'sections');
    if (o) {
      data.sections = {};
      for (const k of Object.keys(o)) {
        if (k !== 'money' && k !== 'other') report(`sections.${k}`, 'unknownKey', { key: k });
        else data.sections[k] = strings(o[k], `sections.${k}`);
      }
    }
  }
  if (json.ignored !== undefined) data.ignored = strings(json.ignored, 'ignored');
  if (json.grammar !== undefined) {
    const g = object(json.grammar, 'grammar');
    if (g) data.grammar = readGrammar(g, { strings, keyed, object, report });
  }
  if (json.columns !== undefined) {
    if (!Array.isArray(json.columns)) report('columns', 'notList');
    else {
      data.columns = [];
      json.columns.forEach((raw, i) => {
        const o = object(raw, `columns[${i}]`);
        if (!o) return;
        const role = keyed(o.role, ROLES, `columns[${i}].role`, 'roleUnknown');
        const match = strings(o.match, `columns[${i}].match`, { glob: true });
        if (role) data.columns!.push({ role, match });
      });
    }
  }
  if (json.titles !== undefined) {
    const o = object(json.titles, 'titles');
    if (o) {
      data.titles = {};
      if (o.rows !== undefined) data.titles.rows = strings(o.rows, 'titles.rows', { glob: true });
      if (o.words !== undefined) data.titles.words = strings(o.words, 'titles.words');
    }
  }
  if (json.footers !== undefined) {
    const o = object(json.footers, 'footers');
    if (o) {
      data.footers = {};
      if (o.starts !== undefined) data.footers.starts = strings(o.starts, 'footers.starts', { glob: true });
      if (o.stamps !== undefined) data.footers.stamps = strings(o.stamps, 'footers.stamps');
      if (o.dateLine !== undefined) {
        if (typeof o.dateLine !== 'string') report('footers.dateLine', 'notText');
        else data.footers.dateLine = o.dateLine;
      }
    }
  }
  if (json.forms !== undefined) {
    if (!Array.isArray(json.forms)) report('forms', 'notList');
    else {
      data.forms = [];
      json.forms.forEach((raw, i) => {
        const o = object(raw, `forms[${i}]`);
        if (!o) return;
        const form = keyed(o.form, FORMS, `forms[${i}].form`, 'formUnknown');
        const titles = strings(o.titles, `forms[${i}].titles`, { glob: true });
        const requires = strings(o.requires, `forms[${i}].requires`).map((r, j) => keyed(r, REQUIREMENTS, `forms[${i}].requires[${j}]`, 'requirementUnknown'));
        if (form) data.forms!.push({ form, titles, requires: requires.filter((r): r is Requirement => r !== null) });
      });
    }
  }
  if (json.selfEvaluation !== undefined) data.selfEvaluation = strings(json.selfEvaluation, 'selfEvaluation', { glob: true });
  if (json.categories !== undefined) {
    if (options.extension) report('categories', 'categoriesFixed');
    else {
      const o = object(json.categories, 'categories');
      if (o) {
        const categories: Record<string, string> = {};
        for (const k of Object.keys(o)) {
          if (FORBIDDEN.has(k)) continue;
          if (typeof o[k] !== 'string') report(`categories.${k}`, 'notText');
          else categories[k] = o[k] as string;
        }
        data.categories = categories;
      }
    }
  }
  if (options.extension && texts > VOCABULARY_LIMITS.texts) report('', 'tooMany', { max: VOCABULARY_LIMITS.texts });
  return problems.length ? { data: null, problems } : { data, problems };
}

type Helpers = {
  strings: (x: unknown, path: string, opts?: { glob?: boolean; max?: number }) => string[];
  keyed: <K extends string>(x: unknown, allowed: readonly K[], path: string, messageId: string) => K | null;
  object: (x: unknown, path: string) => Json | null;
  report: (path: string, messageId: string, data?: VocabularyProblem['data']) => void;
};

function readGrammar(g: Json, h: Helpers): NonNullable<VocabularyData['grammar']> {
  const out: NonNullable<VocabularyData['grammar']> = {};
  if (g.words !== undefined) out.words = h.strings(g.words, 'grammar.words', { max: 12 });
  if (g.heads !== undefined) {
    if (!Array.isArray(g.heads)) h.report('grammar.heads', 'notList');
    else {
      out.heads = [];
      g.heads.forEach((raw, i) => {
        const at = `grammar.heads[${i}]`;
        const o = h.object(raw, at);
        if (!o) return;
        const head: HeadRule = { ends: h.strings(o.ends, `${at}.ends`) };
        if (o.money === true) head.money = true;
        else if (o.field !== undefined) {
          const f = h.keyed(o.field, FIELD_KEYS, `${at}.field`, 'fieldUnknown');
          if (f) head.field = f;
        } else if (Array.isArray(o.rules)) {
          head.rules = [];
          o.rules.forEach((r, j) => {
            const ro = h.object(r, `${at}.rules[${j}]`);
            if (!ro) return;
            const f = h.keyed(ro.field, FIELD_KEYS, `${at}.rules[${j}].field`, 'fieldUnknown');
            if (!f) return;
            head.rules!.push(ro.has === undefined ? { field: f } : { has: h.strings(ro.has, `${at}.rules[${j}].has`), field: f });
          });
        } else h.report(at, 'headMeaning');
        out.heads!.push(head);
      });
    }
  }
  if (g.money !== undefined) {
    const m = h.object(g.money, 'grammar.money');
    if (m) {
      const money: NonNullable<NonNullable<VocabularyData['grammar']>['money']> = {};
      for (const k of ['lastYear', 'spent', 'annual'] as const) if (m[k] !== undefined) money[k] = h.strings(m[k], `grammar.money.${k}`);
      if (m.parts !== undefined) {
        if (!Array.isArray(m.parts)) h.report('grammar.money.parts', 'notList');
        else {
          money.parts = [];
          m.parts.forEach((raw, i) => {
            const o = h.object(raw, `grammar.money.parts[${i}]`);
            if (!o) return;
            const part = h.keyed<MoneyKey>(o.part, MONEY_KEYS, `grammar.money.parts[${i}].part`, 'moneyUnknown');
            const has = h.strings(o.has, `grammar.money.parts[${i}].has`);
            if (part) money.parts!.push({ part, has });
          });
        }
      }
      out.money = money;
    }
  }
  return out;
}

/** The base vocabulary with an extension's wording added; the extension's entries win where both say something. */
export function extendVocabulary(base: VocabularyData, ext: VocabularyData): VocabularyData {
  const union = (a: string[] = [], b: string[] = []) => [...new Set([...b, ...a])];
  const fields: Partial<Record<FieldKey, string[]>> = {};
  for (const key of FIELD_KEYS) {
    const list = union(base.fields?.[key], ext.fields?.[key]);
    if (list.length) fields[key] = list;
  }
  const gb = base.grammar ?? {};
  const ge = ext.grammar ?? {};
  const money = { ...(gb.money ?? {}) };
  for (const k of ['lastYear', 'spent', 'annual'] as const) if (ge.money?.[k]) money[k] = union(gb.money?.[k], ge.money[k]);
  if (ge.money?.parts) money.parts = [...ge.money.parts, ...(gb.money?.parts ?? [])];
  return {
    version: 1,
    fields,
    money: [...(ext.money ?? []), ...(base.money ?? [])],
    sections: { money: union(base.sections?.money, ext.sections?.money), other: union(base.sections?.other, ext.sections?.other) },
    ignored: union(base.ignored, ext.ignored),
    grammar: { words: union(gb.words, ge.words), heads: [...(ge.heads ?? []), ...(gb.heads ?? [])], money },
    columns: [...(ext.columns ?? []), ...(base.columns ?? [])],
    titles: { rows: union(base.titles?.rows, ext.titles?.rows), words: union(base.titles?.words, ext.titles?.words) },
    footers: {
      starts: union(base.footers?.starts, ext.footers?.starts),
      stamps: union(base.footers?.stamps, ext.footers?.stamps),
      dateLine: ext.footers?.dateLine ?? base.footers?.dateLine ?? '',
    },
    forms: [...(ext.forms ?? []), ...(base.forms ?? [])],
    selfEvaluation: union(base.selfEvaluation, ext.selfEvaluation),
    categories: base.categories ?? {},
  };
}

/** The labels an extension teaches, as `label → meaning` pairs (for the pane's list of what the user taught). */
export function taughtLabels(ext: VocabularyData): { label: string; meaning: string }[] {
  const out: { label: string; meaning: string }[] = [];
  for (const key of FIELD_KEYS) for (const l of ext.fields?.[key] ?? []) out.push({ label: l, meaning: key });
  for (const m of ext.money ?? []) for (const l of m.labels) out.push({ label: l, meaning: m.amount ?? m.part ?? '' });
  for (const l of [...(ext.sections?.money ?? []), ...(ext.sections?.other ?? [])]) out.push({ label: l, meaning: 'section' });
  for (const l of ext.ignored ?? []) out.push({ label: l, meaning: 'ignored' });
  return out;
}
