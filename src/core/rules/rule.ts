/**
 * The rule contract, modelled on ESLint's: a rule is a small module with metadata (id, default severity, tags,
 * messages by id in zh-CN and en-US, options) and a function that reports findings through its context.
 * Reports carry a message id and data, never an inline sentence; tests assert on ids.
 */
import type { CellEdit, Indicator, Severity, TargetTable } from '../model';
import type { Catalogue, Lang } from '../i18n';
import type { ParsedTarget } from '../target';

/** What a rule is about: 目标值 / 结构 / 资金 / 基本信息 (the pane groups findings by these). */
export type Tag = 'target' | 'structure' | 'money' | 'header';

/** One option of a rule, for validation and the generated docs. */
export interface OptionSpec {
  type: 'number' | 'boolean' | 'string' | 'string[]';
  default: unknown;
  description: Record<Lang, string>;
}

export interface RuleMeta {
  /** kebab-case, equal to the rule's file name. */
  id: string;
  severity: Severity;
  tags: Tag[];
  /** One line on what the rule checks and why a reviewer cares. */
  description: Record<Lang, string>;
  /** Messages by id, `{name}` placeholders filled from the report's data. */
  messages: Catalogue;
  /** True when some reports carry an autofix (only for unambiguous fixes). */
  fixable?: boolean;
  /** True when some reports carry suggestions (fixes that guess intent, picked by the user). */
  hasSuggestions?: boolean;
  options?: Record<string, OptionSpec>;
  /** Examples for the docs: a target or label that passes, and one that is reported. */
  examples?: { valid: string[]; invalid: string[] };
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  cells: string[];
  fix?: Omit<CellEdit, 'sheet'>[];
  suggestions?: { messageId: string; data?: Record<string, string | number>; edits: Omit<CellEdit, 'sheet'>[] }[];
  /** A milder severity for this one report (a rule whose cases differ in weight); never raises the configured one. */
  severity?: Severity;
}

export interface RuleContext {
  readonly table: TargetTable;
  readonly options: Readonly<Record<string, unknown>>;
  /** The parsed target of an indicator (parsed once per table, shared by all rules). */
  parsed(indicator: Indicator): ParsedTarget;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

