/**
 * The preview recognises a sheet once and checks it again and again while it is unchanged (checkRecognised): that is
 * right only if no rule changes what the recogniser read. Every sample and every file of the second collection,
 * recognised and deep-frozen (a write throws in strict mode), is checked twice under different settings; each
 * outcome must equal a fresh checkSheet's.
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { checkRecognised, checkSheet, recogniseSheet } from '../../../src/core/check/sheet';
import { EMPTY_SETTINGS, type WorkbookSettings } from '../../../src/core/settings';
import { readWorkbookBytes } from '../../../src/io/read-workbook';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const files = [
  ...readdirSync(path.join(FIXTURES, 'samples'))
    .filter((f) => /\.(xlsx|xls)$/.test(f))
    .map((f) => path.join(FIXTURES, 'samples', f)),
  ...readdirSync(path.join(FIXTURES, 'second', 'files')).map((f) => path.join(FIXTURES, 'second', 'files', f)),
];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const strict: WorkbookSettings = { ...EMPTY_SETTINGS, rules: { 'target-style': 'off', 'weight-total': 'error' } };

test('there are files to check', () => {
  expect(files.length).toBeGreaterThan(30);
});

test.each(files.map((f) => [path.basename(f), f]))('%s: one frozen recognition, checked twice, gives what a fresh check gives', (_name, file) => {
  const read = readWorkbookBytes(new Uint8Array(readFileSync(file)), path.basename(file));
  for (const snapshot of read.sheets) {
    const recognised = deepFreeze(recogniseSheet(snapshot, EMPTY_SETTINGS));
    for (const settings of [EMPTY_SETTINGS, strict, EMPTY_SETTINGS]) {
      expect(checkRecognised(snapshot, recognised, settings)).toEqual(checkSheet(snapshot, settings));
    }
    expect(recognised.findings).toEqual([]);
  }
});
