/** Row kinds that bound a table: titles, footers, and rows that start the next table. */
import { Grid } from './grid';
import { ANCHOR_FIELDS } from './labels';
import { segments } from './header';

/** A title line (`财政项目支出绩效目标表`, `2023年项目支出绩效目标申报表`): one or two cells, short, ending in a form name. */
export function isTitleRow(grid: Grid, r: number): boolean {
  const cols = grid.filledColumns(r);
  if (cols.length === 0 || cols.length > 2) return false;
  return grid.vocab.isTitleText(grid.text(r, cols[0]));
}

/** A footer line (审核意见, 填表人, 注: …, a stamp line) that ends the indicator block. */
export function isFooterRow(grid: Grid, r: number): boolean {
  const cols = grid.filledColumns(r);
  if (cols.length === 0) return false;
  // A footer announces itself in its first characters; long narrative cells need not be compacted whole.
  return grid.vocab.isFooterText(grid.text(r, cols[0]));
}

/** A row that opens another table's header: its first cell is 项目名称 / 申报单位 (or such) as a label. */
export function startsHeader(grid: Grid, r: number): boolean {
  const cols = grid.filledColumns(r);
  if (cols.length === 0) return false;
  const text = grid.text(r, cols[0]);
  const m = grid.vocab.label(text);
  if (m) return m.kind === 'field' && ANCHOR_FIELDS.has(m.key);
  const s = segments(grid, text);
  const first = s?.[0]?.match;
  return !!first && first.kind === 'field' && ANCHOR_FIELDS.has(first.key);
}
