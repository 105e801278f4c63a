/** The vocabulary's JSON shape (vocabulary.json, and the extensions a department adds) and what a match says. */
import type { FieldKey, FormType, MoneyKey, MoneyUnit } from '../model';
import type { Numbering } from './normalise';

/** What an indicator-header cell holds. */
export type ColumnRole =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'target'
  | 'operator'
  | 'operatorOrDirection'
  | 'direction'
  | 'unit'
  | 'weight'
  | 'history'
  | 'actual'
  | 'score'
  | 'deviation'
  | 'note';

/** What a form asks for: the required-fields rule checks exactly these. */
export type Requirement = 'name' | 'unit' | 'dates' | 'money' | 'goal' | 'narrative';

/** A money label: an amount with a fixed key, or a part whose key depends on the amount it belongs to. */
export type MoneyLabel =
  | { kind: 'amount'; key: MoneyKey }
  | { kind: 'part'; whole: MoneyKey; annual: MoneyKey; fixed?: boolean };

/** A money entry of the JSON: `{ amount, labels }` or `{ part, annual?, fixed?, labels }`. */
export interface MoneyEntry {
  amount?: MoneyKey;
  part?: MoneyKey;
  annual?: MoneyKey;
  fixed?: boolean;
  labels: string[];
}

/** A head-word rule of the label grammar: labels ending in `ends` mean `field`, or what the first matching rule says. */
export interface HeadRule {
  ends: string[];
  field?: FieldKey;
  rules?: { has?: string[]; field: FieldKey }[];
  money?: boolean;
}

export interface VocabularyData {
  version: 1;
  /** Exact labels of header fields, by canonical key. */
  fields?: Partial<Record<FieldKey, string[]>>;
  money?: MoneyEntry[];
  /** Headings of a block of labels (`资金情况(万元)`, `基本信息`): labels, but no value of their own. */
  sections?: { money?: string[]; other?: string[] };
  /** Labels known and deliberately not read (`填报日期`, `年度预算执行率`). */
  ignored?: string[];
  /** The label grammar: labels made only of these words, classified by their last word. */
  grammar?: {
    words?: string[];
    heads?: HeadRule[];
    money?: { lastYear?: string[]; spent?: string[]; annual?: string[]; parts?: { part: MoneyKey; has: string[] }[] };
  };
  /** Indicator-header roles, in the order they are tried; `match` holds globs (`*指标值*`). */
  columns?: { role: ColumnRole; match: string[] }[];
  /** Title rows (`rows`: globs that end a table's header) and words that make a top line a title. */
  titles?: { rows?: string[]; words?: string[] };
  /** Footer lines: texts they start with, stamp words, the `年月日` date line. */
  footers?: { starts?: string[]; stamps?: string[]; dateLine?: string };
  /** Form kinds by title glob, each with what it requires; the last is the default. */
  forms?: { form: FormType; titles: string[]; requires: Requirement[] }[];
  /** Title globs of self-evaluation tables (绩效自评表). */
  selfEvaluation?: string[];
  /** Other spellings of indicator categories → the canonical name. */
  categories?: Record<string, string>;
}

/** What a header or money label means. `exact` when the label is in the vocabulary as written, not by grammar. */
export type LabelMatch =
  | { kind: 'field'; key: FieldKey; unit: MoneyUnit | null; exact: boolean }
  | { kind: 'money'; money: MoneyLabel; sub: boolean; unit: MoneyUnit | null; exact: boolean; numbering: Numbering | null }
  | { kind: 'section'; unit: MoneyUnit | null; money: boolean }
  | { kind: 'ignored' };
