/**
 * Rule configuration: switch rules off, change their severity, set their options. The CLI reads it from a JSON
 * file (`--config`); the task pane keeps it per workbook. An unknown rule id or option is a clear error.
 */
import { isJsonObject } from '../json';
import type { Severity } from '../model';
import type { OptionSpec, Rule } from './rule';

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
  if (!isJsonObject(settings)) {
    throw new ConfigError([{ 'zh-CN': '配置中的 rules 必须是一个对象', 'en-US': '"rules" in the configuration must be an object' }]);
  }
  // Own keys only, looked up in a Map: ids such as "__proto__" or "constructor" are just unknown rules.
  for (const [id, setting] of Object.entries(settings)) {
    const rule = byId.get(id);
    if (!rule) {
      problems.push({ 'zh-CN': `未知的规则“${id}”`, 'en-US': `unknown rule "${id}"` });
      continue;
    }
    if (typeof setting !== 'string' && !isJsonObject(setting)) {
      problems.push({ 'zh-CN': `规则“${id}”的设置应为 "off"、级别或 {"severity", "options"} 对象`, 'en-US': `rule "${id}": the setting must be "off", a severity, or a {"severity", "options"} object` });
      continue;
    }
    if (isJsonObject(setting)) {
      for (const key of Object.keys(setting)) {
        if (key !== 'severity' && key !== 'options') problems.push({ 'zh-CN': `规则“${id}”的设置中有未知的项“${key}”`, 'en-US': `rule "${id}": unknown key "${key}" (use "severity" and "options")` });
      }
      if (setting.options !== undefined && !isJsonObject(setting.options)) {
        problems.push({ 'zh-CN': `规则“${id}”的 options 必须是一个对象`, 'en-US': `rule "${id}": "options" must be an object` });
      }
    }
    const severity = typeof setting === 'string' ? setting : setting.severity;
    if (severity !== undefined && severity !== 'off' && !SEVERITIES.includes(severity)) {
      problems.push({ 'zh-CN': `规则“${id}”的级别“${String(severity)}”无效（可用 off、error、warning、info）`, 'en-US': `rule "${id}": invalid severity "${String(severity)}" (use off, error, warning or info)` });
    }
    const options = isJsonObject(setting) && isJsonObject(setting.options) ? setting.options : {};
    for (const [name, value] of Object.entries(options)) {
      const spec = Object.prototype.hasOwnProperty.call(rule.meta.options ?? {}, name) ? rule.meta.options![name] : undefined;
      if (!spec) {
        problems.push({ 'zh-CN': `规则“${id}”没有选项“${name}”`, 'en-US': `rule "${id}" has no option "${name}"` });
        continue;
      }
      const wrong = optionProblem(value, spec);
      if (wrong) problems.push({ 'zh-CN': `规则“${id}”的选项“${name}”${wrong['zh-CN']}`, 'en-US': `rule "${id}": option "${name}" ${wrong['en-US']}` });
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

/** What is wrong with an option's value under its spec (type, enum, bounds, allowed items), or null. */
function optionProblem(value: unknown, spec: OptionSpec): { 'zh-CN': string; 'en-US': string } | null {
  const shown = JSON.stringify(value) ?? String(value);
  switch (spec.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { 'zh-CN': `应为数字，而不是 ${shown}`, 'en-US': `must be a number, not ${shown}` };
      if (spec.integer && !Number.isInteger(value)) return { 'zh-CN': `应为整数，而不是 ${shown}`, 'en-US': `must be a whole number, not ${shown}` };
      if (spec.min !== undefined && value < spec.min) return { 'zh-CN': `不能小于 ${spec.min}（现为 ${shown}）`, 'en-US': `must be at least ${spec.min} (is ${shown})` };
      if (spec.max !== undefined && value > spec.max) return { 'zh-CN': `不能大于 ${spec.max}（现为 ${shown}）`, 'en-US': `must be at most ${spec.max} (is ${shown})` };
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : { 'zh-CN': `应为 true 或 false，而不是 ${shown}`, 'en-US': `must be true or false, not ${shown}` };
    case 'string':
      if (typeof value !== 'string') return { 'zh-CN': `应为文字，而不是 ${shown}`, 'en-US': `must be text, not ${shown}` };
      if (spec.enum && !spec.enum.includes(value)) return { 'zh-CN': `应为 ${spec.enum.join('、')} 之一，而不是 ${shown}`, 'en-US': `must be one of ${spec.enum.join(', ')}, not ${shown}` };
      return null;
    case 'string[]': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return { 'zh-CN': `应为文字列表，而不是 ${shown}`, 'en-US': `must be a list of texts, not ${shown}` };
      const unknown = spec.items ? value.filter((v) => !spec.items!.includes(v)) : [];
      if (unknown.length) return { 'zh-CN': `中有未知的值：${unknown.join('、')}（可用：${spec.items!.join('、')}）`, 'en-US': `has unknown values: ${unknown.join(', ')} (allowed: ${spec.items!.join(', ')})` };
      return null;
    }
  }
}
