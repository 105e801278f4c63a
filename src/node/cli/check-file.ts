/**
 * One file through the checker, as a worker runs it: read (within the limits), recognise, find, then render the
 * file's part of each report the run writes, so the main thread only writes strings in order.
 */
import { performance } from 'node:perf_hooks';
import type { Lang } from '../../core/i18n';
import { checkSheets, recogniseSheets } from '../../core/check/workbook';
import { type FileReport, type FileSettingsNote, fileCounts, fileJson, sortFindings, verdictOf, type Verdict } from '../../core/report/json';
import { checkFileText, inspectFileText } from '../../core/report/text';
import { terminalJson } from '../../core/report/terminal';
import { sanitizeSettings, silencedRules } from '../../core/settings';
import type { CheckConfig } from '../../core/rules';
import { type VocabularyData, vocabularyWith } from '../../core/vocabulary';
import { WorkbookReadError } from '../../io/errors';
import type { ReadLimits } from '../../io/limits';
import { type ReportFile, reportFile } from '../../core/report/rows';

/** Most findings listed per file (the findings-per-file limit); the counts always include them all. */
export const MAX_FINDINGS = 10_000;

/** What the run wants from each file. */
export interface CheckOptions {
  command: 'inspect' | 'check';
  lang: Lang;
  config: CheckConfig;
  /** A department's vocabulary (`--vocabulary`), validated; plain data so it can travel to the workers. */
  vocabulary?: VocabularyData;
  /** The JSON entry (`json`), the text part (`text`), or both. */
  json: boolean;
  text: boolean;
  /** Keep per-file timings in the JSON and the outcome. */
  timings: boolean;
  /** Collect the rows of the --report file. */
  reportRows: boolean;
  limits?: Partial<ReadLimits>;
  maxFindings?: number;
}

/** A file's results, ready to write. */
export interface FileOutcome {
  file: string;
  verdict: Verdict;
  tables: number;
  counts: { errors: number; warnings: number; infos: number };
  json?: string;
  text?: string;
  timings?: FileReport['timings'];
  report?: ReportFile;
}

/** Read, recognise and check one file; a file that cannot be read becomes an outcome with its error. */
export async function checkFile(file: string, options: CheckOptions): Promise<FileOutcome> {
  return outcomeOf(await fileReport(file, options), options);
}

/** The FileReport of one file (errors included, findings cut to the per-file limit). */
export async function fileReport(file: string, options: Pick<CheckOptions, 'lang' | 'config' | 'vocabulary' | 'limits' | 'maxFindings'>): Promise<FileReport> {
  const { lang } = options;
  // The reader (and SheetJS under it) is loaded by the first file, in the worker that reads it: ptcheck's own
  // thread, which only reports, starts without it.
  const { readWorkbookFileSync } = await import('../read-file');
  const t0 = performance.now();
  let read;
  try {
    read = readWorkbookFileSync(file, options.limits ?? {});
  } catch (e) {
    return failedReport(file, e, lang);
  }
  const t1 = performance.now();
  const sheets = recogniseSheets(read.sheets, vocabularyWith(options.vocabulary));
  const t2 = performance.now();
  checkSheets(sheets, options.config);
  const t3 = performance.now();
  const ms = (x: number) => Math.round(x * 100) / 100;
  const report: FileReport = { file, timings: { read: ms(t1 - t0), recognize: ms(t2 - t1), validate: ms(t3 - t2) }, sheets };
  if (read.addinSettings !== undefined) report.fileSettings = settingsNote(read.addinSettings);
  cutFindings(report, options.maxFindings ?? MAX_FINDINGS);
  return report;
}

/** The report of a file that could not be read. */
export function failedReport(file: string, e: unknown, lang: Lang): FileReport {
  if (e instanceof WorkbookReadError) {
    return { file, error: e.messages[lang], errorCode: e.code, ...(e.limit ? { limit: e.limit } : {}), sheets: [] };
  }
  const detail = e instanceof Error ? e.message : String(e);
  return { file, error: `${lang === 'zh-CN' ? '读取失败' : 'read failed'}: ${detail}`, errorCode: 'unreadable', sheets: [] };
}

/** Render a FileReport into what the run writes. */
export function outcomeOf(report: FileReport, options: CheckOptions): FileOutcome {
  const { lang } = options;
  const outcome: FileOutcome = {
    file: report.file,
    verdict: verdictOf(report),
    tables: report.sheets.reduce((n, s) => n + s.tables.length, 0),
    counts: fileCounts(report),
  };
  if (report.timings) outcome.timings = report.timings;
  if (!options.timings) delete report.timings;
  if (options.json) outcome.json = terminalJson(JSON.stringify(fileJson(report, lang), null, 2));
  if (options.text) outcome.text = options.command === 'inspect' ? inspectFileText(report, lang) : checkFileText(report, lang);
  if (options.reportRows) outcome.report = reportFile(report, lang);
  return outcome;
}

/** What the add-in's settings found in the file would silence. ptcheck never applies them. */
function settingsNote(raw: unknown): FileSettingsNote {
  if (raw === null || typeof raw !== 'object') return { rulesOff: [], rulesLowered: [], ignored: 0, unreadable: true, applied: false };
  const settings = sanitizeSettings(raw);
  const { off, lowered } = silencedRules(settings.rules);
  return { rulesOff: off, rulesLowered: lowered, ignored: settings.ignored.length, applied: false };
}

/**
 * Keep at most `max` findings, the first in sheet order and reading order, recording the real counts: a file with
 * 700,000 findings is reported, not printed whole.
 */
function cutFindings(report: FileReport, max: number): void {
  const total = report.sheets.reduce((n, s) => n + s.findings.length, 0);
  if (total <= max) return;
  report.counts = fileCounts(report);
  let left = max;
  for (const s of report.sheets) {
    if (s.findings.length <= left) {
      left -= s.findings.length;
      continue;
    }
    s.findings = sortFindings(s.findings).slice(0, left);
    left = 0;
  }
  report.omitted = total - max;
}
