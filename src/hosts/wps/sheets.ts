/** Finding a worksheet of the active workbook by name, with the errors the user understands. */
import type { WpsApplication, WpsWorksheet } from './api';
import { wpsError } from './errors';

/** The sheet named `name` in the active workbook; HostError when there is no workbook or no such sheet. */
export function sheetNamed(app: WpsApplication, name: string): WpsWorksheet {
  const book = app.ActiveWorkbook;
  if (!book) throw wpsError('no-workbook');
  let sheet: WpsWorksheet | null | undefined;
  try {
    sheet = book.Worksheets.Item(name);
  } catch (error) {
    throw wpsError('sheet-gone', { sheet: name }, error);
  }
  if (!sheet) throw wpsError('sheet-gone', { sheet: name });
  return sheet;
}

/** The names of the active workbook's sheets, in tab order. */
export function sheetNames(app: WpsApplication): string[] {
  const book = app.ActiveWorkbook;
  if (!book) throw wpsError('no-workbook');
  const sheets = book.Worksheets;
  const names: string[] = [];
  for (let i = 1, n = sheets.Count; i <= n; i++) names.push(sheets.Item(i).Name);
  return names;
}
