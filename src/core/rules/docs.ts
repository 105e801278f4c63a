/** docs/rules.md, generated from the rule metadata so the reference cannot drift from the code. */
import type { OptionSpec, Rule, Tag } from './rule';

const TAG_TITLE: Record<Tag, string> = {
  target: '指标值 Targets',
  structure: '结构 Structure',
  money: '资金 Money',
  header: '基本信息 Header and goals',
};

/** The rule reference as Markdown. */
export function rulesMarkdown(rules: readonly Rule[]): string {
  const out: string[] = [
    '# Rule reference',
    '',
    '<!-- Generated from src/core/rules/*.ts by `npm run docs`; a test fails when this file is stale. -->',
    '',
    'Severity: **error** = a reviewer would send the table back; **warning** = likely wrong, look at it;',
    '**info** = style. Every rule can be switched off or given another severity or options in a configuration',
    '(`ptcheck check --config rules.json`, or the task pane\'s settings):',
    '',
    '```json',
    '{ "rules": { "target-operator-missing": "off", "weight-total": { "severity": "warning", "options": { "total": 100 } } } }',
    '```',
    '',
    '| rule | severity | fix | what it checks |',
    '|---|---|---|---|',
  ];
  for (const r of rules) {
    const fix = r.meta.fixable ? 'autofix' : r.meta.hasSuggestions ? 'suggestions' : '';
    out.push(`| [\`${r.meta.id}\`](#${r.meta.id}) | ${r.meta.severity} | ${fix} | ${r.meta.description['zh-CN']} |`);
  }
  for (const tag of Object.keys(TAG_TITLE) as Tag[]) {
    const group = rules.filter((r) => r.meta.tags[0] === tag);
    if (group.length === 0) continue;
    out.push('', `## ${TAG_TITLE[tag]}`);
    for (const r of group) {
      out.push('', `### ${r.meta.id}`, '');
      out.push(`${r.meta.description['zh-CN']}`, '', `${r.meta.description['en-US']}`, '');
      out.push(`Default severity: **${r.meta.severity}**. Tags: ${r.meta.tags.map((t) => '#' + t).join(' ')}.` + (r.meta.fixable ? ' Autofix where unambiguous.' : '') + (r.meta.hasSuggestions ? ' Suggestions.' : ''));
      if (r.meta.examples) {
        out.push('', `Passes: ${r.meta.examples.valid.map((v) => '`' + (v || '(blank)') + '`').join(', ')}. Reported: ${r.meta.examples.invalid.map((v) => '`' + (v || '(blank)') + '`').join(', ')}.`);
      }
      const opts = Object.entries(r.meta.options ?? {});
      if (opts.length) {
        out.push('', '| option | type | default | meaning |', '|---|---|---|---|');
        for (const [name, o] of opts) out.push(`| \`${name}\` | ${typeText(o)} | \`${JSON.stringify(o.default)}\` | ${o.description['zh-CN']} ${o.description['en-US']} |`);
      }
      out.push('', '| message | zh-CN | en-US |', '|---|---|---|');
      for (const [id, m] of Object.entries(r.meta.messages)) out.push(`| \`${id}\` | ${m['zh-CN']} | ${m['en-US']} |`);
    }
  }
  out.push(
    '',
    '## Recognition findings',
    '',
    'Reported by the recogniser rather than a rule, and not configurable: `table-not-found` (error: no table in the',
    'file), `indicator-block-missing` (error: a header and money block with no indicators), `indicator-block-incomplete`',
    '(error: 一级 categories of the framework absent, the block cut off; a warning when the block has a single indicator',
    'row, too little to be sure), `money-column-title` (warning: a column title such as `金额(万元)` where an amount',
    'belongs), `self-evaluation-table` (info: a 绩效自评表, not checked as a target table), `evaluation-table` (info: a',
    '绩效评价指标表, a scoring scheme without targets).',
    '',
  );
  return out.join('\n');
}

/** An option's type with its bounds or allowed values, as the configuration checks them. */
function typeText(o: OptionSpec): string {
  switch (o.type) {
    case 'number': {
      const bounds = [o.min !== undefined ? `≥ ${o.min}` : '', o.max !== undefined ? `≤ ${o.max}` : '', o.integer ? 'whole' : ''].filter(Boolean);
      return bounds.length ? `number (${bounds.join(', ')})` : 'number';
    }
    case 'string':
      return o.enum ? o.enum.map((v) => `\`"${v}"\``).join(' \\| ') : 'string';
    case 'string[]':
      return o.items ? `list of: ${o.items.join(', ')}` : 'list of strings';
    default:
      return o.type;
  }
}
