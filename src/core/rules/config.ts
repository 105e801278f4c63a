/**
 * Rule configuration: switch rules off, change their severity, set their options. The CLI reads it from a JSON
 * file (`--config`); the task pane keeps it per workbook. An unknown rule id or option is a clear error.
 */
import type { Severity } from '../model';
import type { Rule } from './rule';

/** `"off"`, a severity, or `{ "severity": …, "options": { … } }`. */
export type RuleSetting = 'off' | Severity | { severity?: 'off' | Severity; options?: Record<string, unknown> };

export interface CheckConfig {
  rules?: Record<string, RuleSetting>;
}

/** A rule as configured for a run. */
export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

export class ConfigError extends Error {
  constructor(readonly problems: { 'zh-CN': string; 'en-US': string }[]) {
    super(problems.map((p) => p['en-US']).join('; '));
  }
}

const SEVERITIES = ['error', 'warning', 'info'];

/** The rules to run under `config`; throws ConfigError listing every problem in it. */
export function activeRules(rules: readonly Rule[], config: CheckConfig = {}): ActiveRule[] {
  const problems: ConfigError['problems'] = [];
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const settings = config.rules ?? {};
  if (typeof settings !== 'object' || Array.isArray(settings)) {
    throw new ConfigError([{ 'zh-CN': '配置中的 rules 必须是一个对象', 'en-US': '"rules" in the configuration must be an object' }]);
  }
  for (const [id, setting] of Object.entries(settings)) {
    const rule = byId.get(id);
    if (!rule) {
      problems.push({ 'zh-CN': `未知的规则“${id}”`, 'en-US': `unknown rule "${id}"` });
      continue;
    }
    const severity = typeof setting === 'string' ? setting : setting?.severity;
    if (severity !== undefined && severity !== 'off' && !SEVERITIES.includes(severity)) {
      problems.push({ 'zh-CN': `规则“${id}”的级别“${String(severity)}”无效（可用 off、error、warning、info）`, 'en-US': `rule "${id}": invalid severity "${String(severity)}" (use off, error, warning or info)` });
    }
    const options = typeof setting === 'object' && setting !== null ? setting.options ?? {} : {};
    for (const [name, value] of Object.entries(options)) {
      const spec = rule.meta.options?.[name];
      if (!spec) {
        problems.push({ 'zh-CN': `规则“${id}”没有选项“${name}”`, 'en-US': `rule "${id}" has no option "${name}"` });
      } else if (!fitsType(value, spec.type)) {
        problems.push({ 'zh-CN': `规则“${id}”的选项“${name}”应为 ${spec.type}`, 'en-US': `rule "${id}": option "${name}" must be ${spec.type}` });
      }
    }
  }
  if (problems.length) throw new ConfigError(problems);

  const out: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id];
    const severity = typeof setting === 'string' ? setting : setting?.severity ?? rule.meta.severity;
    if (severity === 'off') continue;
    const defaults = Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([k, s]) => [k, s.default]));
    const given = typeof setting === 'object' && setting !== null ? setting.options ?? {} : {};
    out.push({ rule, severity, options: { ...defaults, ...given } });
  }
  return out;
}

function fitsType(value: unknown, type: string): boolean {
  if (type === 'string[]') return Array.isArray(value) && value.every((v) => typeof v === 'string');
  return typeof value === type;
}
