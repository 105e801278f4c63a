/** The vocabulary as Markdown tables, for docs/recognition.md (generated, so the docs cannot drift from the data). */
import type { VocabularyData } from './types';

const list = (xs: readonly string[] | undefined) => (xs ?? []).map((x) => x.replace(/\|/g, '\\|')).join(', ');

/** The generated part of docs/recognition.md. */
export function vocabularyMarkdown(data: VocabularyData): string {
  const out: string[] = [
    '<!-- Generated from src/core/vocabulary/vocabulary.json by `npm run docs`: edit the data, not this part. -->',
    '',
    `Vocabulary version ${data.version}.`,
    '',
    '### Header fields (`fields`)',
    '',
    '| key | labels |',
    '|---|---|',
  ];
  for (const [key, labels] of Object.entries(data.fields ?? {})) out.push(`| \`${key}\` | ${list(labels)} |`);
  out.push('', '### Money labels (`money`)', '', '| key | kind | labels |', '|---|---|---|');
  for (const m of data.money ?? []) {
    const kind = m.amount ? 'amount' : `part (annual: \`${m.annual ?? m.part}\`${m.fixed ? ', fixed' : ''})`;
    out.push(`| \`${m.amount ?? m.part}\` | ${kind} | ${list(m.labels)} |`);
  }
  out.push(
    '',
    '### Sections and labels not read',
    '',
    `- \`sections.money\` (headings of a money block, no value of their own): ${list(data.sections?.money)}`,
    `- \`sections.other\` (other headings): ${list(data.sections?.other)}`,
    `- \`ignored\` (labels known and deliberately not read): ${list(data.ignored)}`,
    '',
    '### The label grammar (`grammar`)',
    '',
    'A label not listed above is read by its words when it is made only of these words (after normalisation):',
    '',
    `> ${list(data.grammar?.words)}`,
    '',
    'and means what its last word says (longest ending first):',
    '',
    '| ends with | means |',
    '|---|---|',
  );
  for (const h of data.grammar?.heads ?? []) {
    const meaning = h.money
      ? 'an amount (see below)'
      : h.field
        ? `\`${h.field}\``
        : (h.rules ?? []).map((r) => (r.has ? `with ${list(r.has)}: \`${r.field}\`` : `otherwise \`${r.field}\``)).join('; ');
    out.push(`| ${list(h.ends)} | ${meaning} |`);
  }
  const g = data.grammar?.money;
  out.push(
    '',
    `An amount read by grammar is \`lastYearBudget\` with ${list(g?.lastYear)} (\`lastYearSpent\` with ${list(g?.spent)} too); a part when it`,
    `names one (${(g?.parts ?? []).map((p) => `${list(p.has)} → \`${p.part}\``).join('; ')}), of this year with ${list(g?.annual)};`,
    'otherwise `annual` with those words, else `total`.',
    '',
    '### Indicator header roles (`columns`, tried in order; `*` any text, `#` digits)',
    '',
    '| role | header texts |',
    '|---|---|',
  );
  for (const c of data.columns ?? []) out.push(`| \`${c.role}\` | ${list(c.match)} |`);
  out.push(
    '',
    '### Titles, footers and forms',
    '',
    `- Title rows (\`titles.rows\`): ${list(data.titles?.rows)}; a lone top line with ${list(data.titles?.words)} is a title too.`,
    `- Footer lines (\`footers\`) start with ${list(data.footers?.starts)}, or are short lines with ${list(data.footers?.stamps)}, or end with ${data.footers?.dateLine ?? ''}.`,
    `- Self-evaluation titles (\`selfEvaluation\`): ${list(data.selfEvaluation)}.`,
    '',
    '| form | titles | requires |',
    '|---|---|---|',
  );
  for (const f of data.forms ?? []) out.push(`| \`${f.form}\` | ${list(f.titles) || '(the default)'} | ${list(f.requires) || '(nothing)'} |`);
  out.push('', '### Category aliases (`categories`)', '', '| written | read as |', '|---|---|');
  for (const [from, to] of Object.entries(data.categories ?? {})) out.push(`| ${from} | ${to} |`);
  return out.join('\n') + '\n';
}
