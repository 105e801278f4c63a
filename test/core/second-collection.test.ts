/**
 * The second collection (test/fixtures/second, a copy of ../shared/samples/second): 22 real tables from 14
 * provinces the recogniser was not written against, 34 files, with expected results written by reading each
 * table. The same bars as its score.py, per file: every target cell read with its 三级 name (and target), the
 * project name read, every planted or published defect flagged at its cell, no error a reviewer would not raise,
 * and the verdict (可以发送 / 还不能发送) right.
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { Finding, Severity } from '../../src/core/model';
import { checkSheets, recogniseSheets } from '../../src/core/check/workbook';
import { messageOf } from '../../src/core/report/messages';
import { readWorkbookBytes } from '../../src/io/read-workbook';

const DIR = path.join(__dirname, '..', 'fixtures', 'second');

interface Expected {
  file: string;
  compare_target?: boolean;
  indicators: { cell: string; level3: string; target: string }[];
  fields: Record<string, string | string[]>;
  defects: { cell: string; alt?: string[]; min: Severity; min_alt?: Severity; what: string }[];
  accepted_errors?: { rule: string; cells?: string[]; messageHas?: string; required?: boolean }[];
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
/** As score.py compares: no white space, no thousands separators. */
const norm = (s: unknown) =>
  String(s ?? '')
    .replace(/\s+/g, '')
    .replace(/(\d),(?=\d{3})/g, '$1');

const expected = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Expected[];

describe.each(expected.map((e) => [e.file, e] as const))('%s', (file, e) => {
  const read = readWorkbookBytes(new Uint8Array(readFileSync(path.join(DIR, 'files', file))), file);
  const sheets = checkSheets(recogniseSheets(read.sheets));
  const tables = sheets.flatMap((s) => s.tables);
  const findings: Finding[] = sheets.flatMap((s) => s.findings);
  const errors = findings.filter((f) => f.severity === 'error');

  test('every target cell is read, with its 三级 name and target', () => {
    const key = (cell: string, level3: string, target: string) => (e.compare_target === false ? `${cell} ${norm(level3)}` : `${cell} ${norm(level3)} ${norm(target)}`);
    const got = tables.flatMap((t) => t.indicators.map((i) => key(i.cell, i.level3, i.target))).sort();
    expect(got).toEqual(e.indicators.map((i) => key(i.cell, i.level3, i.target)).sort());
  });

  test('the project name is read', () => {
    for (const [k, vs] of Object.entries(e.fields)) {
      for (const v of Array.isArray(vs) ? vs : [vs]) {
        expect(tables.map((t) => norm(t.fields[k as 'projectName']?.value))).toContain(norm(v));
      }
    }
  });

  test('every defect is flagged at its cell', () => {
    const missed = e.defects.filter((d) => {
      const cells = new Set([d.cell, ...(d.alt ?? [])]);
      const floor = RANK[d.min_alt ?? d.min];
      return !findings.some((f) => RANK[f.severity] >= floor && f.cells.some((c) => cells.has(c)));
    });
    expect(missed.map((d) => `${d.cell}: ${d.what}`)).toEqual([]);
  });

  test('no error a reviewer would not raise, and the verdict is right', () => {
    const defectCells = new Set(e.defects.flatMap((d) => [d.cell, ...(d.alt ?? [])]));
    const accepted = (f: Finding) =>
      (e.accepted_errors ?? []).some(
        (a) => a.rule === f.rule && (!a.cells || a.cells.some((c) => f.cells.includes(c))) && messageOf(f, 'zh-CN').includes(a.messageHas ?? ''),
      );
    const falseErrors = errors.filter((f) => !f.cells.some((c) => defectCells.has(c)) && !accepted(f));
    expect(falseErrors.map((f) => `${f.cells.join(' ')} ${f.rule}: ${messageOf(f, 'zh-CN')}`)).toEqual([]);
    const mustBlock = e.defects.some((d) => d.min === 'error') || (e.accepted_errors ?? []).some((a) => a.required);
    const mayBlock = mustBlock || (e.accepted_errors ?? []).length > 0;
    if (mustBlock || !mayBlock) expect(errors.length > 0).toBe(mustBlock);
  });
});
