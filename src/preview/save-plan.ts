/**
 * What 保存 sends to the worker: for each sheet of the file, the row and merge changes in order and the cells
 * written since it was opened; sheets added here, whole. The worker patches the original package with it
 * (file/save.ts). Built on the page, where the workbook is.
 */
import type { WorkbookFormat } from '../io';
import { cellKey, keyCol, keyRow, type PreviewSheet, type PreviewWorkbook } from './preview-workbook';
import type { FileSheet, SavedCell, SavePlan, WholeSheet } from './file/save';

/** How a file can be saved: an .xlsx as itself; an .xls only as a new .xlsx; text as text or as .xlsx. */
export function saveTargets(format: WorkbookFormat): ('xlsx' | 'csv')[] {
  if (format === 'csv' || format === 'tsv') return ['csv', 'xlsx'];
  return ['xlsx'];
}

function savedCell(sheet: PreviewSheet, key: number): SavedCell {
  const cell = sheet.cells.get(key);
  return {
    row: keyRow(key),
    col: keyCol(key),
    value: cell && cell.value !== '' ? cell.value : null,
    format: cell?.format ?? null,
    text: cell ? sheet.text(keyRow(key), keyCol(key)) : null,
  };
}

function whole(sheet: PreviewSheet): WholeSheet {
  const keys = new Set<number>([...sheet.cells.keys()]);
  const pairs = (set: Set<number>) => [...set].map((k): [number, number] => [keyRow(k), keyCol(k)]);
  return {
    kind: 'whole',
    name: sheet.name,
    cells: [...keys].sort((a, b) => a - b).map((k) => savedCell(sheet, k)),
    merges: sheet.merges.map((m) => ({ ...m })),
    colWidths: [...sheet.colWidths],
    bold: pairs(sheet.bold),
    borders: pairs(sheet.borders),
  };
}

function changes(sheet: PreviewSheet): FileSheet {
  return {
    kind: 'file',
    name: sheet.name,
    ops: sheet.ops.map((op) => ({ ...op })),
    cells: [...sheet.written].sort((a, b) => a - b).map((k) => savedCell(sheet, k)),
  };
}

/** The plan for saving `workbook` (opened from `original`, of `format`) as `target`. */
export function savePlan(workbook: PreviewWorkbook, original: Uint8Array | null, format: WorkbookFormat, target: 'xlsx' | 'csv'): SavePlan {
  const patch = target === 'xlsx' && original !== null && (format === 'xlsx' || format === 'xlsm');
  const sheets = workbook.sheets.map((s) => (patch && !s.added ? changes(s) : whole(s)));
  return { fileName: workbook.fileName, format, target, original: patch ? original : null, sheets };
}

export { cellKey };
