/**
 * The rule contract, modelled on ESLint's and typescript-eslint's `createRule`: a rule is a small module with
 * metadata (id, default severity, tags, messages by id in zh-CN and en-US, options with their schema) and a function
 * that reports findings through its context. Reports carry a message id and data, never an inline sentence; the
 * ids a rule may report, and the types of its options, are checked at compile time.
 */
import type { CellEdit, Indicator, Severity, TargetTable } from '../model';
import type { Lang } from '../i18n';
import type { ParsedTarget } from '../target';

/** What a rule is about: 指标值 / 结构 / 资金 / 基本信息 (the pane groups findings by these). */
export type Tag = 'target' | 'structure' | 'money' | 'header';

/** One option of a rule: its type, default and bounds (validated in configurations) and its description (docs). */
export type OptionSpec =
  | { type: 'number'; default: number; min?: number; max?: number; integer?: boolean; description: Record<Lang, string> }
  | { type: 'boolean'; default: boolean; description: Record<Lang, string> }
  | { type: 'string'; default: string; enum?: readonly string[]; description: Record<Lang, string> }
  | { type: 'string[]'; default: readonly string[]; items?: readonly string[]; description: Record<Lang, string> };

/** The value type of an option spec (`enum: ['unicode', 'ascii']` → `'unicode' | 'ascii'`). */
type OptionValue<S extends OptionSpec> = S extends { type: 'number' }
  ? number
  : S extends { type: 'boolean' }
    ? boolean
    : S extends { type: 'string'; enum: readonly (infer E)[] }
      ? E
      : S extends { type: 'string' }
        ? string
        : S extends { type: 'string[]'; items: readonly (infer I)[] }
          ? readonly I[]
          : readonly string[];

/** The options a rule's check receives: every option, its default applied when not configured. */
export type OptionsOf<Specs extends Record<string, OptionSpec>> = { readonly [K in keyof Specs]: OptionValue<Specs[K]> };

export interface RuleMeta<MessageIds extends string = string, Specs extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  /** kebab-case, equal to the rule's file name. */
  id: string;
  severity: Severity;
  tags: Tag[];
  /** One line on what the rule checks and why a reviewer cares. */
  description: Record<Lang, string>;
  /** Messages by id, `{name}` placeholders filled from the report's data. */
  messages: Record<MessageIds, Record<Lang, string>>;
  /** True when some reports carry an autofix (only for unambiguous fixes). */
  fixable?: boolean;
  /** True when some reports carry suggestions (fixes that guess intent, picked by the user). */
  hasSuggestions?: boolean;
  options?: Specs;
  /** Examples for the docs: a target or label that passes, and one that is reported. */
  examples?: { valid: string[]; invalid: string[] };
}

export interface Report<MessageIds extends string = string> {
  messageId: MessageIds;
  data?: Record<string, string | number>;
  cells: string[];
  fix?: Omit<CellEdit, 'sheet'>[];
  suggestions?: { messageId: MessageIds; data?: Record<string, string | number>; edits: Omit<CellEdit, 'sheet'>[] }[];
  /** A milder severity for this one report (a rule whose cases differ in weight); never raises the configured one. */
  severity?: Severity;
}

/** One suggestion of a report, with the message ids it may use. */
export type Suggestion<MessageIds extends string = string> = NonNullable<Report<MessageIds>['suggestions']>[number];

export interface RuleContext<MessageIds extends string = string, Options = Readonly<Record<string, unknown>>> {
  readonly table: TargetTable;
  readonly options: Options;
  /** The parsed target of an indicator (parsed once per table, shared by all rules). */
  parsed(indicator: Indicator): ParsedTarget;
  report(report: Report<MessageIds>): void;
}

/** A rule as the engine holds it (its message ids and option types erased). */
export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/**
 * Define a rule: its messages' ids become the only ids it may report, and its option specs the types of
 * `context.options` (defaults applied by the engine, values validated by the configuration).
 */
export function createRule<const MessageIds extends string, const Specs extends Record<string, OptionSpec> = Record<never, OptionSpec>>(rule: {
  meta: RuleMeta<MessageIds, Specs>;
  check(context: RuleContext<MessageIds, OptionsOf<Specs>>): void;
}): Rule {
  return rule as unknown as Rule;
}
