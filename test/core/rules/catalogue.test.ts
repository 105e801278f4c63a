/** Conventions of the rule catalogue, and docs/rules.md kept in step with it. */
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { RULES } from '../../../src/core/rules';
import { rulesMarkdown } from '../../../src/core/rules/docs';
import { LANGS } from '../../../src/core/i18n';

const RULES_DIR = path.join(__dirname, '..', '..', '..', 'src', 'core', 'rules');
const DOC = path.join(__dirname, '..', '..', '..', 'docs', 'rules.md');
const INFRA = new Set(['rule.ts', 'config.ts', 'engine.ts', 'index.ts', 'docs.ts', 'helpers.ts']);

test('every rule file is in the catalogue, named after its file, and has its own test', () => {
  const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !INFRA.has(f));
  expect(RULES.map((r) => r.meta.id + '.ts').sort()).toEqual(files.sort());
  for (const f of files) expect(readdirSync(path.join(__dirname)).includes(f.replace('.ts', '.test.ts'))).toBe(true);
});

test.each(RULES.map((r) => [r.meta.id, r]))('%s has messages and a description in every language', (_id, rule) => {
  expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  expect(rule.meta.tags.length).toBeGreaterThan(0);
  for (const lang of LANGS) {
    expect(rule.meta.description[lang].length).toBeGreaterThan(5);
    for (const m of Object.values(rule.meta.messages)) expect(m[lang].length).toBeGreaterThan(0);
  }
  for (const m of Object.values(rule.meta.messages)) {
    // The same placeholders in both languages.
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
    expect(names(m['en-US'])).toEqual(names(m['zh-CN']));
  }
});

test('docs/rules.md is generated from the rules (run `npm run docs` after changing a rule)', () => {
  const generated = rulesMarkdown(RULES);
  if (process.env.UPDATE_DOCS) writeFileSync(DOC, generated);
  expect(readFileSync(DOC, 'utf8')).toBe(generated);
});
