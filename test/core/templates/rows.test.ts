/** The row arithmetic of insertion plans (core/templates/rows.ts), worked by hand on small sheets. */
import { finalRow, insertedRuns, mergesBack, rowBefore } from '../../../src/core/templates';

// Two rows go in before row 5 and three before row 10 (0-based rows of the sheet before the plan).
const insertions = [
  { beforeRow: 10, count: 3 },
  { beforeRow: 5, count: 2 },
];

test('original rows move down by the rows inserted at or above them', () => {
  expect([4, 5, 9, 10, 20].map((r) => finalRow(r, insertions))).toEqual([4, 7, 11, 15, 25]);
});

test('the new rows are runs in final rows, top to bottom, whatever order the plan lists them in', () => {
  expect(insertedRuns(insertions)).toEqual([
    { first: 5, count: 2 },
    { first: 12, count: 3 },
  ]);
  expect(insertedRuns([])).toEqual([]);
});

test('a final row is traced back to its row before the plan, or to none when it is new', () => {
  const runs = insertedRuns(insertions);
  const back = Array.from({ length: 17 }, (_, r) => rowBefore(r, runs));
  expect(back).toEqual([0, 1, 2, 3, 4, null, null, 5, 6, 7, 8, 9, null, null, null, 10, 11]);
  for (let r = 0; r < 30; r++) expect(rowBefore(finalRow(r, insertions), runs)).toBe(r);
});

test('undoing merge edits: added merges are unmerged, split or moved ones merged again, grown ones left to the row deletion', () => {
  // Rows 6–7 (final 0-based 5–6) are new. The plan: merged A6:A7 (new rows only), grew B3:B5 into B3:B7, split C2:C9
  // around the new rows (unmerge C2:C11 after the shift, add C2:C5 and C8:C11), and moved D8:D9 up onto D6:D9.
  const runs = insertedRuns([{ beforeRow: 5, count: 2 }]);
  const back = mergesBack(
    [
      { kind: 'add', sheet: 'S', range: 'A6:A7' },
      { kind: 'extend', sheet: 'S', from: 'B3:B5', range: 'B3:B7' },
      { kind: 'unmerge', sheet: 'S', range: 'C2:C11' },
      { kind: 'add', sheet: 'S', range: 'C2:C5' },
      { kind: 'add', sheet: 'S', range: 'C8:C11' },
      { kind: 'extend', sheet: 'S', from: 'D8:D9', range: 'D6:D9' },
    ],
    runs,
  );
  // After the deletion: A6:A7 is gone, B3:B7 is B3:B5 again, C2:C5 and C8:C11 are C2:C5 and C6:C9, D6:D9 is D6:D7.
  expect(back.unmerge.sort()).toEqual(['C2:C5', 'C6:C9']);
  expect(back.merge.sort()).toEqual(['C2:C9']);
});
