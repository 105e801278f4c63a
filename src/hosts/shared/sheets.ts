/** Adding a sheet, the same in every spreadsheet: a name that is free and valid, and the report's header row. */

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
