/** Reading an Excel sheet's cells by address: queuing the loads, and walking the cells of a loaded range. */
import { cellAddress, parseRangeAddress } from '../../core/address';
import { addressLists } from '../shared/cells';

/**
 * Queue loads of `props` (which must include address, text and formulas) for `cells` (A1, one sheet): one
 * getRanges per ~240 characters of addresses where `multiRange` (ExcelApi 1.9), else one range per cell. After the
 * sync, the function returned gives the loaded ranges (an area may hold several cells if Excel joined them).
 */
export function loadCells(worksheet: Excel.Worksheet, cells: string[], multiRange: boolean, props: string): () => Excel.Range[] {
  if (multiRange) {
    const groups = addressLists(cells).map((list) => {
      const areas = worksheet.getRanges(list.join(','));
      areas.areas.load(props);
      return areas;
    });
    return () => ([] as Excel.Range[]).concat(...groups.map((g) => g.areas.items));
  }
  const ranges = cells.map((cell) => {
    const range = worksheet.getRange(cell);
    range.load(props);
    return range;
  });
  return () => ranges;
}

/** Each cell of a loaded range: its A1 address, the text it shows ('' when none) and its formula (null when none). */
export function eachCell(range: Excel.Range, fn: (address: string, text: string, formula: string | null) => void): void {
  const rect = parseRangeAddress(range.address);
  if (!rect) return;
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const text = range.text[r - rect.top]?.[c - rect.left];
      const formula = range.formulas[r - rect.top]?.[c - rect.left];
      fn(cellAddress(r, c), typeof text === 'string' ? text : '', typeof formula === 'string' && formula.startsWith('=') ? formula : null);
    }
  }
}
