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
  /** An editor's schema reference; ignored. */
  $schema?: string;
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
  for (const key of Object.keys(config)) {
    if (key !== 'rules' && key !== '$schema') problems.push({ 'zh-CN': `未知的配置项“${key}”（只有 rules）`, 'en-US': `unknown configuration key "${key}" (only "rules")` });
  }
  const settings = config.rules ?? {};
  if (!isObject(settings)) {
    throw new ConfigError([{ 'zh-CN': '配置中的 rules 必须是一个对象', 'en-US': '"rules" in the configuration must be an object' }]);
  }
  // Own keys only, looked up in a Map: ids such as "__proto__" or "constructor" are just unknown rules.
  for (const [id, setting] of Object.entries(settings)) {
    const rule = byId.get(id);
    if (!rule) {
      problems.push({ 'zh-CN': `未知的规则“${id}”`, 'en-US': `unknown rule "${id}"` });
      continue;
    }
    if (typeof setting !== 'string' && !isObject(setting)) {
      problems.push({ 'zh-CN': `规则“${id}”的设置应为 "off"、级别或 {"severity", "options"} 对象`, 'en-US': `rule "${id}": the setting must be "off", a severity, or a {"severity", "options"} object` });
      continue;
    }
    if (isObject(setting)) {
      for (const key of Object.keys(setting)) {
        if (key !== 'severity' && key !== 'options') problems.push({ 'zh-CN': `规则“${id}”的设置中有未知的项“${key}”`, 'en-US': `rule "${id}": unknown key "${key}" (use "severity" and "options")` });
      }
      if (setting.options !== undefined && !isObject(setting.options)) {
        problems.push({ 'zh-CN': `规则“${id}”的 options 必须是一个对象`, 'en-US': `rule "${id}": "options" must be an object` });
      }
    }
    const severity = typeof setting === 'string' ? setting : setting.severity;
    if (severity !== undefined && severity !== 'off' && !SEVERITIES.includes(severity)) {
      problems.push({ 'zh-CN': `规则“${id}”的级别“${String(severity)}”无效（可用 off、error、warning、info）`, 'en-US': `rule "${id}": invalid severity "${String(severity)}" (use off, error, warning or info)` });
    }
    const options = isObject(setting) && isObject(setting.options) ? setting.options : {};
    for (const [name, value] of Object.entries(options)) {
      const spec = Object.prototype.hasOwnProperty.call(rule.meta.options ?? {}, name) ? rule.meta.options![name] : undefined;
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
    const setting = Object.prototype.hasOwnProperty.call(settings, rule.meta.id) ? settings[rule.meta.id] : undefined;
    const severity = typeof setting === 'string' ? setting : setting?.severity ?? rule.meta.severity;
    if (severity === 'off') continue;
    const options: Record<string, unknown> = {};
    for (const [k, spec] of Object.entries(rule.meta.options ?? {})) options[k] = spec.default;
    const given = typeof setting === 'object' && setting !== null ? setting.options ?? {} : {};
    for (const [k, v] of Object.entries(given)) options[k] = v;
    out.push({ rule, severity, options });
  }
  return out;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return !!x && typeof x === 'object' && !Array.isArray(x);
}

function fitsType(value: unknown, type: string): boolean {
  if (type === 'string[]') return Array.isArray(value) && value.every((v) => typeof v === 'string');
  return typeof value === type;
}
