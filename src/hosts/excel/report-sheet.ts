/** The 校验报告 sheet: a new worksheet holding the report rows, header bold, columns fitted, activated. Two syncs. */
import type { ExcelRun } from './api';
import { toHostError } from './errors';

/** Excel's limit on sheet names, and the characters it refuses in them. */
const NAME_CHARS = 31;
const BAD_NAME_CHARS = /[:\\/?*[\]]/g;

/** `name`, or `name (2)`, `name (3)` … if taken (Excel compares sheet names without case). */
export function uniqueSheetName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = name.replace(BAD_NAME_CHARS, '_').replace(/^'+|'+$/g, '').trim() || 'Report';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = base.slice(0, NAME_CHARS - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** The row to bold: the first that fills the whole width (the column headers), if the rows have more than one column. */
export function headerRowOf(rows: string[][], width: number): number {
  if (width < 2) return 0;
  return rows.findIndex((row) => row.length === width && row.every((c) => c.trim() !== ''));
}

/** Add a sheet named like `name`, holding `rows`; returns its name. */
export async function addReportSheet(run: ExcelRun, name: string, rows: string[][], headerRow?: number): Promise<string> {
  try {
    return await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();

      const finalName = uniqueSheetName(name, sheets.items.map((s) => s.name));
      const sheet = sheets.add(finalName);
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
