/** The 校验报告 sheet: a new worksheet holding the report rows, header bold, columns fitted, activated. Two syncs. */
import type { ExcelRun } from './api';
import { toHostError } from './errors';
import { headerRowOf, uniqueSheetName } from '../shared/sheets';

/** A new sheet named `name`, or `name (2)` … when taken (one sync). */
export async function addSheetNamedLike(context: Excel.RequestContext, name: string): Promise<{ sheet: Excel.Worksheet; name: string }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const unique = uniqueSheetName(name, sheets.items.map((s) => s.name));
  return { sheet: sheets.add(unique), name: unique };
}

/** Add a sheet named like `name`, holding `rows`; returns its name. */
export async function addReportSheet(run: ExcelRun, name: string, rows: string[][], headerRow?: number): Promise<string> {
  try {
    return await run(async (context) => {
      const { sheet, name: finalName } = await addSheetNamedLike(context, name);
      const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
      if (rows.length > 0) {
        const padded = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
        const range = sheet.getRangeByIndexes(0, 0, rows.length, width);
        // Text stays text (a cell list, a date, a message starting with '-'); whole numbers such as table numbers stay numbers.
        range.numberFormat = padded.map((r) => r.map((c) => (/^(0|-?[1-9]\d{0,14})$/.test(c) ? 'General' : '@')));
        range.values = padded;
        const header = headerRow ?? headerRowOf(rows, width);
        if (header >= 0 && header < rows.length) sheet.getRangeByIndexes(header, 0, 1, width).format.font.bold = true;
        range.format.autofitColumns();
      }
      sheet.activate();
      await context.sync();
      return finalName;
    });
  } catch (error) {
    throw toHostError(error);
  }
}
