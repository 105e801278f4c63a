/** The 校验报告 sheet in WPS: a new sheet after the last, holding the report rows, header bold, columns fitted, active. */
import { columnLetters } from '../../core/address';
import { asText } from '../shared/cells';
import { headerRowOf, uniqueSheetName } from '../shared/sheets';
import type { WpsApplication, WpsWorksheet } from './api';
import { wpsError } from './errors';
import { sheetNames } from './sheets';

/** A new sheet named like `name` (or `name (2)` …), after the last one; HostError when the structure is protected. */
export function addSheet(app: WpsApplication, name: string): { sheet: WpsWorksheet; name: string } {
  const book = app.ActiveWorkbook;
  if (!book) throw wpsError('no-workbook');
  if (book.ProtectStructure) throw wpsError('structure-protected');
  const finalName = uniqueSheetName(name, sheetNames(app));
  const sheets = book.Worksheets;
  const sheet = sheets.Add(null, sheets.Item(sheets.Count));
  sheet.Name = finalName;
  return { sheet, name: finalName };
}

/** A cell of the report as written: whole numbers (table numbers) as numbers, all else as text. */
function reportCell(text: string): string | number {
  return /^(0|-?[1-9]\d{0,14})$/.test(text) ? Number(text) : asText(text);
}

/** Add the report sheet holding `rows`; `headerRow` (0-based) is bolded, by default the first full-width row. */
export function addReportSheet(app: WpsApplication, name: string, rows: string[][], headerRow?: number): string {
  const { sheet, name: finalName } = addSheet(app, name);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
  if (rows.length > 0) {
    const last = columnLetters(width - 1);
    sheet.Range(`A1:${last}${rows.length}`).Value2 = rows.map((r) => Array.from({ length: width }, (_, c) => reportCell(r[c] ?? '')));
    const header = headerRow ?? headerRowOf(rows, width);
    if (header >= 0 && header < rows.length) sheet.Range(`A${header + 1}:${last}${header + 1}`).Font.Bold = true;
    sheet.Range(`A:${last}`).Columns.AutoFit();
  }
  sheet.Activate();
  return finalName;
}
