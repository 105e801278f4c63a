/** applyPlanToSnapshot, the in-memory host: whole rows, merges, formats, formulas, and refusal of a stale plan. */
import type { EditPlan } from '../../../src/core/model';
import { rangeAddress } from '../../../src/core/address';
import { sheet } from '../../helpers/sheet';
import { applyPlanToSnapshot } from '../../../src/core/templates';
import { shiftFormula } from '../../../src/core/templates/formulas';

const base = () => {
  const s = sheet(
    `
    a | b | c
    1 | 2 | 3
    4 | 5 | 6
    7 | 8 | 9
  `,
    { merges: ['A1:A2', 'B2:B4', 'C4:C4', 'A3:A4'] },
  );
  s.formats = [['@'], ['0%', '0%', '0%'], ['#,##0'], ['General']];
  return s;
};

const plan = (p: Partial<EditPlan>): EditPlan => ({ sheet: 'Sheet1', rowInsertions: [], merges: [], writes: [], notes: [], ...p });

describe('applyPlanToSnapshot', () => {
  test('inserts whole rows: cells below move, merges above stay, merges around grow, merges below move', () => {
    const s = base();
    const out = applyPlanToSnapshot(s, plan({ rowInsertions: [{ sheet: 'Sheet1', beforeRow: 2, count: 2, formatFromRow: 1 }] }));
    expect(out.values.map((r) => r.join(','))).toEqual(['a,b,c', '1,2,3', '', '', '4,5,6', '7,8,9']);
    expect(out.merges.map(rangeAddress)).toEqual(['A1:A2', 'B2:B6', 'C6', 'A5:A6']);
    expect(out.formats).toEqual([['@'], ['0%', '0%', '0%'], ['0%', '0%', '0%'], ['0%', '0%', '0%'], ['#,##0'], ['General']]);
    // The input is left as it was.
    expect(s.values).toHaveLength(4);
    expect(s.merges.map(rangeAddress)).toEqual(['A1:A2', 'B2:B4', 'C4', 'A3:A4']);
  });

  test('several insertions, bottom-up, each in the coordinates of the sheet before the plan', () => {
    const out = applyPlanToSnapshot(
      base(),
      plan({
        rowInsertions: [
          { sheet: 'Sheet1', beforeRow: 4, count: 1, formatFromRow: 3 },
          { sheet: 'Sheet1', beforeRow: 1, count: 1, formatFromRow: 0 },
        ],
      }),
    );
    expect(out.values.map((r) => r.join(','))).toEqual(['a,b,c', '', '1,2,3', '4,5,6', '7,8,9', '']);
    expect(out.formats?.[1]).toEqual(['@']);
    expect(out.formats?.[5]).toEqual(['General']);
  });

  test('a snapshot that does not start at A1', () => {
    const s = sheet('x | y\n1 | 2', { origin: 'C3', merges: ['C3:C4'] });
    const out = applyPlanToSnapshot(s, plan({ rowInsertions: [{ sheet: 'S', beforeRow: 3, count: 1, formatFromRow: 2 }], writes: [{ sheet: 'Sheet1', cell: 'D4', expected: '', value: 'new' }] }));
    expect(out.values.map((r) => Array.from(r, (v) => v ?? null))).toEqual([['x', 'y'], [null, 'new'], ['1', '2']]);
    expect(out.merges.map(rangeAddress)).toEqual(['C3:C5']);
  });

  test('merge edits: extend, unmerge, add', () => {
    const out = applyPlanToSnapshot(
      base(),
      plan({
        merges: [
          { sheet: 'Sheet1', kind: 'unmerge', range: 'A3:A4' },
          { sheet: 'Sheet1', kind: 'extend', from: 'A1:A2', range: 'A1:A3' },
          { sheet: 'Sheet1', kind: 'add', range: 'C1:C2' },
        ],
      }),
    );
    expect(out.merges.map(rangeAddress)).toEqual(['B2:B4', 'C4', 'A1:A3', 'C1:C2']);
  });

  test('a stale plan is refused: a filled cell, a merge no longer there, overlapping merges, a covered cell', () => {
    expect(() => applyPlanToSnapshot(base(), plan({ writes: [{ sheet: 'Sheet1', cell: 'C3', expected: '', value: 'x' }] }))).toThrow('C3 holds "6", not the expected ""');
    expect(() => applyPlanToSnapshot(base(), plan({ merges: [{ sheet: 'Sheet1', kind: 'extend', from: 'A1:A3', range: 'A1:A4' }] }))).toThrow('no merge A1:A3');
    expect(() => applyPlanToSnapshot(base(), plan({ merges: [{ sheet: 'Sheet1', kind: 'add', range: 'A2:B2' }] }))).toThrow('overlaps');
    expect(() => applyPlanToSnapshot(base(), plan({ writes: [{ sheet: 'Sheet1', cell: 'B3', expected: '5', value: 'x' }] }))).toThrow('covered by the merge B2:B4');
  });

  test('formulas move with their cells and keep pointing at the same cells', () => {
    const s = base();
    s.formulas = [[], [], [], [null, null, '=SUM(C2:C3)*$B$3']];
    const out = applyPlanToSnapshot(s, plan({ rowInsertions: [{ sheet: 'Sheet1', beforeRow: 2, count: 1, formatFromRow: 1 }] }));
    expect(out.formulas?.[4]?.[2]).toBe('=SUM(C2:C4)*$B$4');
  });
});

describe('shiftFormula', () => {
  test.each([
    ['=A1+A5', '=A1+A7'],
    ['=SUM(E3:E9)', '=SUM(E3:E11)'],
    ['=$D$10/D$2', '=$D$12/D$2'],
    ['=Sheet1!B5+Sheet2!B5', '=Sheet1!B7+Sheet2!B5'],
    ["='Sheet1'!B5", "='Sheet1'!B7"],
    ['=LOG10(B6)&"B6"', '=LOG10(B8)&"B6"'],
    ['=A:A', '=A:A'],
  ])('%s → %s (two rows before row 4)', (before, after) => {
    expect(shiftFormula(before, 'Sheet1', 3, 2)).toBe(after);
  });
});
