/**
 * The vocabulary compiled for matching: every wording the recogniser matches (field and money labels, section
 * headings, indicator-header roles, title and footer lines, form kinds, category aliases) comes from a
 * VocabularyData (vocabulary.json, plus what a department adds), never from code.
 *
 * A label is known when its normalised words are listed, or by the label grammar: a label made only of label words
 * (`主管预算部门`, `本年度申请市财政预算资金`) means what its last word says (Chinese compounds put the head last:
 * …部门 is a unit, …资金 an amount), refined by the words before it (主管 → the 主管部门). A value is rarely made only
 * of label words (`省级第七批水利专项资金` is not), so the grammar does not mistake values for labels.
 */
import type { FieldKey, FormType, MoneyKey } from '../model';
import { cleanText, compileGlob, normaliseLabel, removeBrackets } from './normalise';
import type { ColumnRole, HeadRule, LabelMatch, MoneyLabel, Requirement, VocabularyData } from './types';

/** The answer for `key`, computed once (the map is emptied when it grows large). */
function remember<T>(map: Map<string, T>, key: string, compute: () => T): T {
  let v = map.get(key);
  if (v === undefined) {
    if (map.size > 20_000) map.clear();
    v = compute();
    map.set(key, v);
  }
  return v;
}

/** Labels longer than this (in normalised characters) are not read by grammar: values are longer. */
const GRAMMAR_MAX = 16;

type Glob = (text: string) => boolean;

interface Head {
  end: string;
  rule: HeadRule;
}

const ANNUAL_OF: Partial<Record<MoneyKey, MoneyKey>> = { fiscal: 'annualFiscal', other: 'annualOther' };

export class Vocabulary {
  readonly data: VocabularyData;
  private readonly money = new Map<string, MoneyLabel>();
  private readonly fields = new Map<string, FieldKey>();
  private readonly sections = new Map<string, boolean>();
  private readonly ignored = new Set<string>();
  private readonly words: Set<string>;
  private readonly longestWord: number;
  private readonly heads: Head[];
  private readonly columns: { role: ColumnRole; match: Glob }[];
  private readonly titleRows: Glob[];
  private readonly titleWords: string[];
  private readonly footerStarts: Glob[];
  private readonly stamps: string[];
  private readonly dateLine: string;
  private readonly forms: { form: FormType; titles: Glob[]; requires: Requirement[] }[];
  private readonly selfEvaluation: Glob[];
  private readonly labels = new Map<string, LabelMatch | null>();
  private readonly roles = new Map<string, ColumnRole | null>();
  private readonly coverage = new Map<string, boolean>();
  /** Per-text answers: stacked tables repeat the same titles, footers and labels thousands of times. */
  private readonly memo = { titles: new Map<string, boolean>(), titleWords: new Map<string, boolean>(), footers: new Map<string, boolean>(), labelLike: new Map<string, boolean>() };

  constructor(data: VocabularyData) {
    this.data = data;
    const key = (l: string) => normaliseLabel(l).key;
    for (const entry of data.money ?? []) {
      const m: MoneyLabel = entry.amount
        ? { kind: 'amount', key: entry.amount }
        : { kind: 'part', whole: entry.part!, annual: entry.annual ?? entry.part!, ...(entry.fixed ? { fixed: true } : {}) };
      for (const l of entry.labels) if (!this.money.has(key(l))) this.money.set(key(l), m);
    }
    for (const [field, labels] of Object.entries(data.fields ?? {}) as [FieldKey, string[]][]) {
      for (const l of labels) if (!this.fields.has(key(l))) this.fields.set(key(l), field);
    }
    for (const l of data.sections?.money ?? []) this.sections.set(key(l), true);
    for (const l of data.sections?.other ?? []) if (!this.sections.has(key(l))) this.sections.set(key(l), false);
    for (const l of data.ignored ?? []) this.ignored.add(key(l));
    this.words = new Set(data.grammar?.words ?? []);
    this.longestWord = Math.max(1, ...[...this.words].map((w) => w.length));
    this.heads = (data.grammar?.heads ?? [])
      .flatMap((rule) => rule.ends.map((end) => ({ end, rule })))
      .sort((a, b) => b.end.length - a.end.length);
    this.columns = (data.columns ?? []).flatMap((c) => c.match.map((g) => ({ role: c.role, match: compileGlob(g) })));
    this.titleRows = (data.titles?.rows ?? []).map(compileGlob);
    this.titleWords = data.titles?.words ?? [];
    this.footerStarts = (data.footers?.starts ?? []).map((s) => compileGlob(s + '*'));
    this.stamps = data.footers?.stamps ?? [];
    this.dateLine = data.footers?.dateLine ?? '';
    this.forms = (data.forms ?? []).map((f) => ({ form: f.form, titles: f.titles.map(compileGlob), requires: f.requires }));
    this.selfEvaluation = (data.selfEvaluation ?? []).map(compileGlob);
  }

  /** What a header or money label means, if the text is one. */
  label(text: string): LabelMatch | null {
    let m = this.labels.get(text);
    if (m === undefined) {
      if (this.labels.size > 20_000) this.labels.clear();
      m = this.computeLabel(text);
      this.labels.set(text, m);
    }
    return m;
  }

  /**
   * True when a text has the shape of a label even if its meaning is unknown: made only of label words, or ending
   * with a colon. Used to tell the user which labels were not understood, and to keep values from being taken
   * from another label's cell.
   */
  labelLike(text: string): boolean {
    return remember(this.memo.labelLike, text, () => this.computeLabelLike(text));
  }

  private computeLabelLike(text: string): boolean {
    if (this.label(text)) return true;
    if (text.length > 40) return false;
    if (/[:：]\s*$/.test(text) && cleanText(text).length <= 20) return true;
    const k = normaliseLabel(text).key;
    return k.length >= 2 && k.length <= GRAMMAR_MAX && this.covered(k);
  }

  /** The role of an indicator-header cell, or null when the text is not one. */
  columnRole(text: string): ColumnRole | null {
    if (text.length > 60) return null; // narrative text: no header is that long
    let role = this.roles.get(text);
    if (role === undefined) {
      if (this.roles.size > 20_000) this.roles.clear();
      const t = removeBrackets(cleanText(text)).text.replace(/[:：]+$/, '');
      role = !t || t.length > 30 ? null : (this.columns.find((c) => c.match(t))?.role ?? null);
      this.roles.set(text, role);
    }
    return role;
  }

  /** A title line's text (`2023年项目支出绩效目标申报表`): a form name, short, not a `label:` pair. */
  isTitleText(text: string): boolean {
    return remember(this.memo.titles, text, () => this.computeTitleText(text));
  }

  private computeTitleText(text: string): boolean {
    if (text.length > 120) return false;
    const c = cleanText(text);
    if (c.length > 60 || /[:：]/.test(c.slice(0, 8))) return false;
    const t = removeBrackets(c).text;
    return this.titleRows.some((g) => g(t));
  }

  /** True when a text names a form loosely enough to be a table's title when it heads the table (`部门整体绩效目标`). */
  hasTitleWord(text: string): boolean {
    return remember(this.memo.titleWords, text, () => this.computeTitleWord(text));
  }

  private computeTitleWord(text: string): boolean {
    const c = cleanText(text);
    return c.length <= 60 && this.titleWords.some((w) => c.includes(w));
  }

  /** A footer line (审核意见, 填表人, 注: …, a stamp line). Only its first characters are looked at. */
  isFooterText(text: string): boolean {
    const head = text.slice(0, 60);
    return remember(this.memo.footers, head, () => this.computeFooterText(head));
  }

  private computeFooterText(text: string): boolean {
    const t = cleanText(text);
    if (this.footerStarts.some((g) => g(t))) return true;
    if (t.length <= 40 && this.stamps.some((s) => t.includes(s))) return true;
    return !!this.dateLine && t.endsWith(this.dateLine);
  }

  /** The form a title names (部门整体, 中央预算内投资, 转移支付, 评价); the default form otherwise. */
  formOf(title: string): FormType {
    const t = cleanText(title);
    const hit = this.forms.find((f) => f.titles.some((g) => g(t)));
    return hit?.form ?? this.forms[this.forms.length - 1]?.form ?? 'project';
  }

  /** What a form requires of its header. */
  requires(form: FormType): Requirement[] {
    return this.forms.find((f) => f.form === form)?.requires ?? this.forms[this.forms.length - 1]?.requires ?? [];
  }

  /** True when a title names a self-evaluation table (绩效自评表). */
  isSelfEvaluation(title: string): boolean {
    const t = cleanText(title);
    return this.selfEvaluation.some((g) => g(t));
  }

  /** The canonical name of an indicator category spelling, when the vocabulary knows another spelling. */
  categoryAlias(key: string): string | undefined {
    const c = this.data.categories;
    return c && Object.prototype.hasOwnProperty.call(c, key) ? c[key] : undefined;
  }

  private computeLabel(text: string): LabelMatch | null {
    if (text.length > 60) return null;
    const n = normaliseLabel(text);
    const k = n.key;
    if (!k || k.length > 24) return null;
    const money = this.money.get(k);
    if (money) return { kind: 'money', money, sub: n.sub, unit: n.unit, exact: true, numbering: n.numbering };
    const field = this.fields.get(k);
    if (field && !n.sub) return { kind: 'field', key: field, unit: n.unit, exact: true };
    const section = this.sections.get(k);
    if (section !== undefined) return { kind: 'section', unit: n.unit, money: section };
    if (this.ignored.has(k)) return { kind: 'ignored' };
    if (k.length < 2 || k.length > GRAMMAR_MAX || !this.covered(k)) return null;
    const head = this.heads.find((h) => k.endsWith(h.end) && k.length >= h.end.length);
    if (!head) return null;
    if (head.rule.money) return { kind: 'money', money: this.moneyByGrammar(k), sub: n.sub, unit: n.unit, exact: false, numbering: n.numbering };
    if (n.sub) return null;
    const key = head.rule.field ?? head.rule.rules?.find((r) => !r.has || r.has.some((w) => k.includes(w)))?.field;
    return key ? { kind: 'field', key, unit: n.unit, exact: false } : null;
  }

  /** The money label a grammar-read amount label stands for: 上年, a part (财政, 其他 …), annual or whole-life. */
  private moneyByGrammar(k: string): MoneyLabel {
    const g = this.data.grammar?.money ?? {};
    const has = (words?: string[]) => !!words?.some((w) => k.includes(w));
    if (has(g.lastYear)) return { kind: 'amount', key: has(g.spent) ? 'lastYearSpent' : 'lastYearBudget' };
    const annual = has(g.annual);
    const part = g.parts?.find((p) => has(p.has))?.part;
    if (part) {
      const yearly = ANNUAL_OF[part] ?? part;
      return annual ? { kind: 'part', whole: yearly, annual: yearly, fixed: true } : { kind: 'part', whole: part, annual: yearly, ...(yearly === part ? { fixed: true } : {}) };
    }
    return { kind: 'amount', key: annual ? 'annual' : 'total' };
  }

  /** True when the text is made only of label words (a word break over the grammar's words). */
  private covered(k: string): boolean {
    let c = this.coverage.get(k);
    if (c === undefined) {
      if (this.coverage.size > 20_000) this.coverage.clear();
      const reach = new Array<boolean>(k.length + 1).fill(false);
      reach[0] = true;
      for (let i = 0; i < k.length; i++) {
        if (!reach[i]) continue;
        for (let len = 1; len <= this.longestWord && i + len <= k.length; len++) {
          if (this.words.has(k.slice(i, i + len))) reach[i + len] = true;
        }
      }
      c = reach[k.length];
      this.coverage.set(k, c);
    }
    return c;
  }
}
