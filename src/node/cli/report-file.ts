/**
 * `--report out.xlsx|out.html`: the reviewer's report file. Written under a temporary name and renamed at the end,
 * so a run that stops half way never leaves a half-written report behind.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type * as XLSX from '@e965/xlsx';
import type { Lang } from '../../core/i18n';
import type { RunSummary } from '../../core/report/json';
import { htmlEnd, htmlFile, htmlStart } from '../../core/report/html';
import { FINDING_COLUMNS, type ReportFile, reportString, SUMMARY_COLUMNS, totalsLine } from '../../core/report/rows';
import { terminalLine } from '../../core/report/terminal';

/** Most finding rows in the .xlsx (all of them stay in the JSON report). */
export const MAX_XLSX_ROWS = 100_000;

export interface ReportWriter {
  add(file: ReportFile): Promise<void>;
  /** Write the end and put the file in place. */
  finish(summary: RunSummary): Promise<void>;
  /** Drop the partial file. */
  abort(): Promise<void>;
}

/** The report kinds, by extension; null for any other. */
export function reportKind(file: string): 'xlsx' | 'html' | null {
  const ext = path.extname(file).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.html' || ext === '.htm' ? 'html' : null;
}

/** Open the report file `file` (an .xlsx or .html). */
export async function openReport(file: string, lang: Lang): Promise<ReportWriter> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  return reportKind(file) === 'html' ? htmlReport(file, temp, lang) : xlsxReport(file, temp, lang);
}

async function htmlReport(file: string, temp: string, lang: Lang): Promise<ReportWriter> {
  const out = createWriteStream(temp, { encoding: 'utf8' });
  await new Promise<void>((resolve, reject) => out.once('open', () => resolve()).once('error', reject));
  const summaries: (string | number)[][] = [];
  const write = (s: string) => writeTo(out, s);
  await write(htmlStart(lang));
  return {
    async add(f) {
      await write(htmlFile(f, summaries.length, lang));
      summaries.push(f.summary);
    },
    async finish(summary) {
      await write(htmlEnd(summaries, summary, lang, new Date().toLocaleString(lang)));
      await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
      await rename(temp, file);
    },
    async abort() {
      out.destroy();
      await rm(temp, { force: true });
    },
  };
}

function writeTo(out: WriteStream, s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(s, (e) => (e ? reject(e) : resolve()));
  });
}

async function xlsxReport(file: string, temp: string, lang: Lang): Promise<ReportWriter> {
  const summaries: (string | number)[][] = [];
  const findings: string[][] = [];
  let cut = 0;
  return {
    async add(f) {
      summaries.push(f.summary);
      for (const row of f.findings) {
        if (findings.length < MAX_XLSX_ROWS) findings.push(row);
        else cut++;
      }
    },
    async finish(summary) {
      // SheetJS is loaded here, not with the module: it is a fifth of a second of every ptcheck start otherwise.
      const XLSX = await import('@e965/xlsx');
      const head = (ids: readonly string[]) => ids.map((id) => reportString(id, lang));
      const summarySheet = textSheet(XLSX, [[reportString('title', lang)], [totalsLine(summary, lang)], [], head(SUMMARY_COLUMNS), ...summaries], 3);
      const findingRows: (string | number)[][] = [head(FINDING_COLUMNS), ...findings];
      if (cut) findingRows.push([reportString('rowsCut', lang, { n: cut, max: MAX_XLSX_ROWS })]);
      const findingSheet = textSheet(XLSX, findingRows, 0);
      summarySheet['!cols'] = [40, 30, 24, 18, 6, 6, 6, 6, 12, 50].map((wch) => ({ wch }));
      findingSheet['!cols'] = [40, 16, 10, 8, 10, 80, 26].map((wch) => ({ wch }));
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, summarySheet, reportString('summarySheet', lang));
      XLSX.utils.book_append_sheet(wb, findingSheet, reportString('findingsSheet', lang));
      XLSX.writeFile(wb, temp, { bookType: 'xlsx', compression: true });
      await rename(temp, file);
    },
    async abort() {
      await rm(temp, { force: true });
    },
  };
}

/**
 * A sheet of these rows with every text cell a plain string cell in the text format (`@`): a cell that starts with
 * `=`, `+`, `-` or `@` stays text and never becomes a formula, now or when someone edits it in Excel. Control
 * characters from the files are shown escaped, as in every other report. Row `headerRow` gets an autofilter.
 */
function textSheet(sheetjs: typeof XLSX, rows: (string | number)[][], headerRow: number): XLSX.WorkSheet {
  const dense: XLSX.CellObject[][] = rows.map((row) =>
    row.map((v): XLSX.CellObject => (typeof v === 'number' ? { t: 'n', v } : { t: 's', v: terminalLine(v), z: '@' })),
  );
  const ws = sheetjs.utils.aoa_to_sheet(dense, { dense: true } as XLSX.AOA2SheetOpts);
  const width = Math.max(1, ...rows.slice(0, 10).map((r) => r.length), rows[headerRow]?.length ?? 1);
  if (rows.length > headerRow + 1) ws['!autofilter'] = { ref: sheetjs.utils.encode_range({ s: { r: headerRow, c: 0 }, e: { r: rows.length - 1, c: width - 1 } }) };
  return ws;
}
