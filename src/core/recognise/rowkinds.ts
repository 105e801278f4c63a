/** Row kinds that bound a table: titles, footers, and rows that start the next table. */
import { compact, toHalfWidth } from '../text';
import { Grid } from './grid';
import { ANCHOR_FIELDS, matchLabel } from './labels';
import { segments } from './header';

const TITLE = /(?:绩效目标|绩效指标|绩效|自评)[\u4e00-\u9fa5]{0,6}表|项目支出[\u4e00-\u9fa5]{0,12}表/;

/** A title line (`财政项目支出绩效目标表`, `2023年项目支出绩效目标申报表`): one or two cells, short, ending in a form name. */
export function isTitleRow(grid: Grid, r: number): boolean {
  const cols = grid.filledColumns(r);
  if (cols.length === 0 || cols.length > 2) return false;
  const raw = grid.text(r, cols[0]);
  if (raw.length > 120) return false;
  const t = compact(toHalfWidth(raw));
  return t.length <= 60 && TITLE.test(t) && !/[:：]/.test(t.slice(0, 8));
}

const FOOTER =
  /^(?:财政部门|主管部门|部门|单位|财政)?(?:审核|审批|评审)意见|^(?:填表人|填报人|联系人|经办人|审核人|制表人|单位负责人|负责人签字|填报日期|填表日期|编制日期)|^注[:：\d一、.]|^说明[:：]|^备注[:：]|^附注|^填表说明/;

/** A footer line (审核意见, 填表人, 注: …, a stamp line) that ends the indicator block. */
export function isFooterRow(grid: Grid, r: number): boolean {
  const cols = grid.filledColumns(r);
  if (cols.length === 0) return false;
  // A footer announces itself in its first characters; long narrative cells need not be compacted whole.
  const t = compact(toHalfWidth(grid.text(r, cols[0]).slice(0, 60)));
  return FOOTER.test(t) || (/盖章|签章|签字/.test(t) && t.length <= 40) || /年月日$/.test(t);
}

/** A row that opens another table's header: its first cell is 项目名称 / 申报单位 (or such) as a label. */
export function startsHeader(grid: Grid, r: number): boolean {
  const cols = grid.filledColumns(r);
  if (cols.length === 0) return false;
  const text = grid.text(r, cols[0]);
  const m = matchLabel(text);
  if (m) return m.kind === 'field' && ANCHOR_FIELDS.has(m.key);
  const s = segments(text);
  const first = s?.[0]?.match;
  return !!first && first.kind === 'field' && ANCHOR_FIELDS.has(first.key);
}
