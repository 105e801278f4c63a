/**
 * Scenario tests (after markdownlint's): every real sample, in every format, checked by every rule. The expected
 * findings sit in test/fixtures/expected-findings, written by reading each table as a reviewer. After applying
 * every safe autofix, checking again finds nothing fixable and nothing new.
 */
import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import { checkSheet, safeFixes } from '../../src/core/outcome';
import { EMPTY_SETTINGS } from '../../src/core/settings';
import { readWorkbookBytes } from '../../src/io/read-workbook';
import { cellAddress, parseCellAddress } from '../../src/core/address';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { applyEdits } from '../helpers/rule-tester';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const SAMPLES = path.join(FIXTURES, 'samples');

interface ExpectedFindings {
  sample: string;
  tables: { findings: [string, string, string][] }[];
}

function snapshotOf(file: string): { snapshot: SheetSnapshot; shift: number } {
  const wb = readWorkbookBytes(new Uint8Array(readFileSync(path.join(SAMPLES, file))), file);
  if (file.endsWith('-offset.xlsx')) return { snapshot: wb.sheets.find((s) => s.name === '绩效目标表')!, shift: 2 };
  return { snapshot: wb.sheets[0], shift: 0 };
}

/** Cells (or ranges, `A12:G12`) moved back to where they are in the un-offset sample. */
const unshift = (cells: string[], by: number) =>
  cells.map((range) =>
    range
      .split(':')
      .map((c) => {
        const p = parseCellAddress(c)!;
        return cellAddress(p.row - by, p.col - by);
      })
      .join(':'),
  );

const sidecars = readdirSync(path.join(FIXTURES, 'expected-findings')).map((f) => JSON.parse(readFileSync(path.join(FIXTURES, 'expected-findings', f), 'utf8')) as ExpectedFindings);

describe.each(sidecars.map((s) => [s.sample, s]))('%s', (_name, expected) => {
  const files = readdirSync(SAMPLES).filter((f) => f.startsWith(expected.sample + '.') || f.startsWith(expected.sample + '-'));

  test.each(files)('%s: the findings a reviewer would raise', (file) => {
    const { snapshot, shift } = snapshotOf(file);
    const o = checkSheet(snapshot, EMPTY_SETTINGS);
    const got = o.sheet.tables.map((_t, i) => ({ findings: o.findings.filter((f) => f.table === i).map((f) => [unshift(f.cells, shift).join(' '), f.rule, f.severity]) }));
    expect(got).toEqual(expected.tables);
  });

  test.each(files)('%s: after every safe autofix, nothing fixable is left and nothing new appears', (file) => {
    const { snapshot } = snapshotOf(file);
    const before = checkSheet(snapshot, EMPTY_SETTINGS);
    const fixes = safeFixes(before.findings);
    const after = checkSheet(applyEdits(snapshot, fixes), EMPTY_SETTINGS);
    expect(after.findings.filter((f) => f.fix)).toEqual([]);
    const key = (f: { rule: string; cells: string[] }) => `${f.rule} ${f.cells.join(' ')}`;
    const old = new Set(before.findings.map(key));
    expect(after.findings.map(key).filter((k) => !old.has(k))).toEqual([]);
  });
});
