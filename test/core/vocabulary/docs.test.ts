/** docs/recognition.md's vocabulary tables are generated from vocabulary.json (`npm run docs` after changing it). */
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { vocabularyMarkdown } from '../../../src/core/vocabulary/docs';
import { defaultVocabulary } from '../../../src/core/vocabulary';

const DOC = path.join(__dirname, '..', '..', '..', 'docs', 'recognition.md');
const START = '<!-- vocabulary:start -->\n';
const END = '<!-- vocabulary:end -->';

test('docs/recognition.md lists the vocabulary as it is (run `npm run docs` after changing vocabulary.json)', () => {
  const doc = readFileSync(DOC, 'utf8');
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  expect(a).toBeGreaterThan(0);
  expect(b).toBeGreaterThan(a);
  const generated = doc.slice(0, a + START.length) + vocabularyMarkdown(defaultVocabulary().data) + doc.slice(b);
  if (process.env.UPDATE_DOCS) writeFileSync(DOC, generated);
  expect(readFileSync(DOC, 'utf8')).toBe(generated);
});
