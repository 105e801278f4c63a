/** Spreadsheet file bytes → SheetSnapshots, for every host (CLI, browser preview). No Node APIs here. */
import * as XLSX from '@e965/xlsx';
import type { ParsingOptions, WorkBook, WorkSheet } from '@e965/xlsx';
import type { CellRange, SheetSnapshot } from '../core/snapshot';
import { rangeAddress } from '../core/address';
import { decodeText, looksBinary, type TextEncoding } from './decode';
import { DelimitedLimit, parseDelimited, pickDelimiter } from './delimited';
import { describeThrown, readError, WorkbookReadError } from './errors';
import { HtmlLimit, hasHtmlTable, readHtmlTables } from './html';
import { count, DEFAULT_LIMITS, mb, type ReadLimits, withDefaults } from './limits';
import { scanWorkbook, type WorkbookStructure } from './ooxml';
import { type SheetBudget, SheetLimit, SheetTooLarge, sheetSnapshot } from './sheet';
import { storedZip, unpackZip, ZipError, type ZipEntry } from './zip';

/** The file formats read. */
export type WorkbookFormat = 'xlsx' | 'xlsm' | 'xls' | 'csv' | 'tsv';

/** A file read into sheets. */
export interface WorkbookRead {
  /** What the content turned out to be (a `.xls` that is really tab-separated text reads as `tsv`). */
  format: WorkbookFormat;
  /** For text files: the encoding they were decoded from. */
  encoding?: TextEncoding;
  /** Every sheet in tab order, hidden ones included. */
  sheets: SheetSnapshot[];
  /**
   * The checker's settings the add-in stored in the workbook (.xlsx only), as found: rules switched off there
   * would silence findings for whoever opens the file next, so callers say so. Null when stored but unreadable.
   */
  addinSettings?: unknown;
}

/** Limits for `readWorkbookBytes` (docs/cli.md); each missing one is DEFAULT_LIMITS'. */
export type ReadOptions = Partial<ReadLimits>;

/** Default `maxCells` (used range per sheet). */
export const DEFAULT_MAX_CELLS = DEFAULT_LIMITS.maxCells;
/** Default total a zip may unpack to. */
export const MAX_UNPACKED_BYTES = DEFAULT_LIMITS.maxUnpackedBytes;

const EXTENSIONS = ['xlsx', 'xlsm', 'xls', 'csv', 'tsv', 'txt'] as const;
type Extension = (typeof EXTENSIONS)[number];

const SHEETJS_OPTIONS: ParsingOptions = {
  type: 'array',
  cellNF: true,
  cellText: true,
  cellDates: false, // dates stay Excel serial numbers, as the snapshot wants
  cellFormula: true,
  cellHTML: false,
  cellStyles: false,
  sheetStubs: false,
  bookVBA: false,
  dense: true,
};

type Context = {
  file: string;
  ext: string;
  limits: ReadLimits;
};

/**
 * Read a spreadsheet file's bytes: .xlsx/.xlsm/.xls through SheetJS, .csv/.tsv/.txt through our own decoder and
 * parser. The extension picks the reader, the content is sniffed; throws only WorkbookReadError.
 */
export function readWorkbookBytes(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): WorkbookRead {
  const file = baseName(fileName);
  const ext = extensionOf(file);
  const ctx: Context = { file, ext: ext ? `.${ext}` : '(none)', limits: withDefaults(options) };
  try {
    if (!(EXTENSIONS as readonly string[]).includes(ext)) throw readError('unsupported-type', msg(ctx));
    if (bytes.length === 0) throw readError('empty-file', msg(ctx));
    const read = readByContent(bytes, ext as Extension, ctx);
    // A workbook with no sheet at all is damaged, never "ready to send".
    if (read.sheets.length === 0) throw readError('no-sheets', msg(ctx));
    return read;
  } catch (thrown) {
    if (thrown instanceof WorkbookReadError) throw thrown;
    const limit = limitError(thrown, ctx, '');
    if (limit) throw limit;
    if (thrown instanceof RangeError && /invalid (string|array) length|allocation failed/i.test(thrown.message)) {
      throw readError('too-large-memory', msg(ctx), thrown);
    }
    throw readError('corrupt', { ...msg(ctx), detail: describeThrown(thrown) }, thrown);
  }
}

/** The file's name and extension as message data. */
function msg(ctx: Context): Record<string, string> {
  return { file: ctx.file, ext: ctx.ext };
}

/** The message of a limit a reader hit (`sheet`: the sheet it was reading), or null for anything else. */
function limitError(thrown: unknown, ctx: Context, sheet: string): WorkbookReadError | null {
  const { limits } = ctx;
  if (thrown instanceof SheetTooLarge) return tooLargeSheet(ctx, sheet, thrown.extent, thrown.cells);
  const kind = thrown instanceof SheetLimit || thrown instanceof HtmlLimit || thrown instanceof DelimitedLimit ? thrown.kind : null;
  const amount = kind ? (thrown as { amount: number }).amount : 0;
  switch (kind) {
    case 'cells':
      return readError('too-many-cells', { ...msg(ctx), cells: count(amount), max: count(limits.maxFilledCells) }, thrown);
    case 'merges':
      return readError('too-many-merges', { ...msg(ctx), merges: count(amount), max: count(limits.maxMerges) }, thrown);
    case 'merged-cells':
      return readError('too-many-merged-cells', { ...msg(ctx), sheet, cells: count(amount), max: count(limits.maxMergedCells) }, thrown);
    case 'too-wide':
      return readError('too-wide', { ...msg(ctx), row: count((thrown as { row: number }).row), cols: count(amount) }, thrown);
    case 'too-many-rows':
      return readError('too-many-rows', msg(ctx), thrown);
    case 'used-range': {
      const d = thrown as DelimitedLimit;
      return tooLargeSheet(ctx, sheet, { top: 0, left: 0, bottom: d.row - 1, right: d.width - 1 }, amount);
    }
    default:
      return null;
  }
}

function readByContent(bytes: Uint8Array, ext: Extension, ctx: Context): WorkbookRead {
  const kind = sniff(bytes);
  // A real workbook container is read as one whatever its extension says (an .xlsx saved as .xls, say).
  if (kind === 'zip') return { format: ext === 'xlsm' ? 'xlsm' : 'xlsx', ...readZip(bytes, ctx) };
  if (kind === 'cfb') return { format: 'xls', sheets: readCfb(bytes, ctx) };
  switch (ext) {
    case 'xlsx':
    case 'xlsm':
      // Starts like a zip but too short to be one: a cut-off download.
      if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes.length < 30) {
        throw readError('corrupt', { ...msg(ctx), detail: 'truncated zip header' });
      }
      throw readError('not-a-spreadsheet', msg(ctx));
    case 'xls':
      if (kind === 'biff') return { format: 'xls', sheets: sheetsOf(runSheetJS(() => XLSX.read(bytes, SHEETJS_OPTIONS), ctx), ctx) };
      return readLegacyText(bytes, ctx);
    default:
      return readDelimited(bytes, ext === 'csv' ? ',' : '\t', ctx);
  }
}

type Kind = 'zip' | 'cfb' | 'biff' | 'other';

function sniff(b: Uint8Array): Kind {
  if (b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6))) return 'zip';
  const cfbMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (cfbMagic.every((x, i) => b[i] === x)) return 'cfb';
  // A bare BIFF2–4 stream (pre-Excel 97, no container) begins with a BOF record: 09 00 / 09 02 / 09 04.
  if (b[0] === 0x09 && (b[1] === 0x00 || b[1] === 0x02 || b[1] === 0x04) && b[3] === 0x00) return 'biff';
  return 'other';
}

// Parts SheetJS never reads for the checker (pictures, embedded files, printer settings, macros): not unpacked,
// so a large picture costs nothing and does not count against the unpacked-size limits.
const UNREAD_PARTS = /^(?:xl\/(?:media|embeddings|printerSettings|activeX)\/|docProps\/thumbnail|xl\/vbaProject\.bin$)/i;

function readZip(bytes: Uint8Array, ctx: Context): { sheets: SheetSnapshot[]; addinSettings?: unknown } {
  const { limits } = ctx;
  let entries: ZipEntry[];
  try {
    entries = unpackZip(bytes, limits.maxUnpackedBytes, {
      maxPart: limits.maxPartBytes,
      maxRatio: limits.maxCompressionRatio,
      ratioFloor: limits.ratioFloorBytes,
      maxParts: limits.maxParts,
      skip: (name) => UNREAD_PARTS.test(name),
    });
  } catch (thrown) {
    if (!(thrown instanceof ZipError)) throw thrown;
    throw zipError(thrown, ctx);
  }
  if (!entries.some((e) => e.name === '[Content_Types].xml')) throw readError('not-a-spreadsheet', msg(ctx));
  const structure = scanWorkbook(entries);
  if ('kind' in structure) {
    if (structure.kind === 'no-workbook') throw readError('not-a-spreadsheet', msg(ctx));
    if (structure.kind === 'no-sheets') throw readError('no-sheets', msg(ctx));
    if (structure.kind === 'bad-string') throw readError('part-bad-string', { ...msg(ctx), ...structure, index: count(structure.index), count: count(structure.count) });
    throw readError(structure.kind === 'beyond-grid' ? 'part-beyond-grid' : structure.kind, { ...msg(ctx), ...structure });
  }
  // The expensive parse only for files within the cell and merge limits.
  if (structure.filledCells > limits.maxFilledCells) {
    throw readError('too-many-cells', { ...msg(ctx), cells: count(structure.filledCells), max: count(limits.maxFilledCells) });
  }
  if (structure.merges > limits.maxMerges) {
    throw readError('too-many-merges', { ...msg(ctx), merges: count(structure.merges), max: count(limits.maxMerges) });
  }
  let packed: Uint8Array;
  try {
    packed = storedZip(entries);
  } catch (thrown) {
    if (thrown instanceof ZipError) throw zipError(thrown, ctx);
    throw thrown;
  }
  const wb = runSheetJS(() => XLSX.read(packed, SHEETJS_OPTIONS), ctx);
  checkNothingDropped(wb, structure, ctx);
  const sheets = sheetsOf(wb, ctx);
  return structure.addinSettings === undefined ? { sheets } : { sheets, addinSettings: structure.addinSettings };
}

function zipError(e: ZipError, ctx: Context): WorkbookReadError {
  const { limits } = ctx;
  switch (e.kind) {
    case 'encrypted':
      return readError('encrypted', msg(ctx), e);
    case 'too-large':
      return readError('too-large-unzipped', { ...msg(ctx), size: mb(e.unpackedSize), max: mb(limits.maxUnpackedBytes) }, e);
    case 'part-too-large':
      return readError('too-large-part', { ...msg(ctx), part: e.part, size: mb(e.unpackedSize), max: mb(limits.maxPartBytes) }, e);
    case 'too-many-parts':
      return readError('too-many-parts', { ...msg(ctx), parts: count(e.unpackedSize), max: count(limits.maxParts) }, e);
    case 'ratio':
      return readError('too-large-ratio', { ...msg(ctx), part: e.part, ratio: count(Math.round(e.ratio)), size: mb(e.unpackedSize), max: count(limits.maxCompressionRatio) }, e);
    default:
      return readError('corrupt', { ...msg(ctx), detail: e.message }, e);
  }
}

/**
 * SheetJS leaves out a sheet it fails to parse, or gives it no cells, without a word: a listed sheet missing from
 * its result, or empty where the scan counted cells, is damage in that sheet's part.
 */
function checkNothingDropped(wb: WorkBook, structure: WorkbookStructure, ctx: Context): void {
  for (const s of structure.sheets) {
    const ws = wb.Sheets[s.name];
    const expected = structure.filledByPart.get(s.part) ?? 0;
    if (!ws || (expected > 0 && !hasAnyCell(ws))) throw readError('part-unreadable', { ...msg(ctx), sheet: s.name, part: s.part });
  }
}

function hasAnyCell(ws: WorkSheet): boolean {
  const data = (ws as { '!data'?: unknown[][] })['!data'];
  if (data) return data.some((row) => row && row.some((c) => c !== undefined));
  return Object.keys(ws).some((k) => !k.startsWith('!'));
}

interface CfbContainer {
  FullPaths: string[];
}

// SheetJS's CFB module is typed `any`; these are the calls used.
const CFB = XLSX.CFB as {
  read(data: Uint8Array, options: { type: 'array' }): CfbContainer;
  find(container: CfbContainer, path: string): unknown;
  utils: { cfb_del(container: CfbContainer, path: string): boolean };
};
// Exported at run time but not in the typings: parse an already-opened CFB container.
const parseXlsCfb = (XLSX as unknown as { parse_xlscfb?: (c: CfbContainer, o: ParsingOptions) => WorkBook }).parse_xlscfb;

function readCfb(bytes: Uint8Array, ctx: Context): SheetSnapshot[] {
  let container: CfbContainer;
  try {
    container = CFB.read(bytes, { type: 'array' });
  } catch (thrown) {
    throw readError('corrupt', { ...msg(ctx), detail: describeThrown(thrown) }, thrown);
  }
  const find = (name: string): boolean => Boolean(CFB.find(container, name));
  // A password-protected .xlsx is a CFB holding EncryptionInfo + EncryptedPackage; SheetJS throws odd things
  // (sometimes a bare string) for it, so recognise it here.
  if (find('EncryptionInfo') || find('EncryptedPackage') || find('encryption')) throw readError('encrypted', msg(ctx));
  // Word and PowerPoint 97 files are CFB too, but without a Workbook (BIFF8) or Book (BIFF5) stream.
  if (!find('Workbook') && !find('Book')) throw readError('not-a-spreadsheet', msg(ctx));
  // An empty workbook stream has no sheets to read; SheetJS would return an empty workbook as if all were well.
  const stream = find('Workbook') ? 'Workbook' : 'Book';
  const content = (CFB.find(container, stream) as { content?: ArrayLike<number> } | null)?.content;
  if (!content || content.length < 8) throw readError('stream-empty', { ...msg(ctx), stream });
  if (!parseXlsCfb) return sheetsOf(runSheetJS(() => XLSX.read(bytes, SHEETJS_OPTIONS), ctx), ctx);
  // The document property streams are not needed, and a damaged one sends SheetJS's property parser into
  // an allocation loop that ends in an out-of-memory crash: drop them before parsing.
  CFB.utils.cfb_del(container, '\u0005SummaryInformation');
  CFB.utils.cfb_del(container, '\u0005DocumentSummaryInformation');
  return sheetsOf(runSheetJS(() => parseXlsCfb(container, { ...SHEETJS_OPTIONS }), ctx), ctx);
}

// Old "xls" exports from web systems are often HTML tables or tab-separated text under an .xls name.
function readLegacyText(bytes: Uint8Array, ctx: Context): WorkbookRead {
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text)) throw readError('not-a-spreadsheet', msg(ctx));
  if (text.trimStart().startsWith('<')) {
    // HTML tables are read here (linear in cells and spans); SpreadsheetML 2003 and the rest go to SheetJS, given
    // the decoded text so GB18030 pages read right.
    if (hasHtmlTable(text)) {
      const budget: SheetBudget = { filledCells: 0, merges: 0 };
      const sheets = readHtmlTables(text, ctx.limits).map((t) => snapshotOf(t.name, t.ws, ctx, budget));
      return { format: 'xls', encoding, sheets };
    }
    let wb: WorkBook;
    try {
      wb = quietly(() => XLSX.read(text, { ...SHEETJS_OPTIONS, type: 'string' }));
    } catch (thrown) {
      if (/could not find <table>/i.test(describeThrown(thrown))) throw readError('not-a-spreadsheet', msg(ctx), thrown);
      throw readError('corrupt', { ...msg(ctx), detail: describeThrown(thrown) }, thrown);
    }
    return { format: 'xls', encoding, sheets: sheetsOf(wb, ctx) };
  }
  return delimitedRead(text, encoding, '\t', ctx);
}

function readDelimited(bytes: Uint8Array, preferred: ',' | '\t', ctx: Context): WorkbookRead {
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text)) throw readError('not-a-spreadsheet', msg(ctx));
  return delimitedRead(text, encoding, preferred, ctx);
}

function delimitedRead(text: string, encoding: TextEncoding, preferred: ',' | '\t', ctx: Context): WorkbookRead {
  const delimiter = pickDelimiter(text, preferred);
  const name = stem(ctx.file);
  let sheet: SheetSnapshot;
  try {
    sheet = parseDelimited(text, delimiter, name, ctx.limits);
  } catch (thrown) {
    throw limitError(thrown, ctx, name) ?? thrown;
  }
  return { format: delimiter === ',' ? 'csv' : 'tsv', encoding, sheets: [sheet] };
}

function runSheetJS(parse: () => WorkBook, ctx: Context): WorkBook {
  try {
    return quietly(parse);
  } catch (thrown) {
    const detail = describeThrown(thrown);
    if (/password|encrypt/i.test(detail)) throw readError('encrypted', msg(ctx), thrown);
    if (/could not find workbook|unsupported zip file|cannot find workbook stream/i.test(detail)) {
      throw readError('not-a-spreadsheet', msg(ctx), thrown);
    }
    throw readError('corrupt', { ...msg(ctx), detail }, thrown);
  }
}

// SheetJS logs to console.error on damaged .xls records ("Missing Info for XLS Record 0x…"); the caller gets a
// WorkbookReadError or a result instead, so keep that noise out of the CLI's output. Parsing is synchronous, so
// nothing else can log in between.
function quietly<T>(fn: () => T): T {
  const { error, warn } = console;
  console.error = console.warn = () => undefined;
  try {
    return fn();
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

function sheetsOf(wb: WorkBook, ctx: Context): SheetSnapshot[] {
  const budget: SheetBudget = { filledCells: 0, merges: 0 };
  return wb.SheetNames.map((name) => snapshotOf(name, wb.Sheets[name], ctx, budget));
}

function snapshotOf(name: string, ws: WorkSheet | undefined, ctx: Context, budget: SheetBudget): SheetSnapshot {
  try {
    return sheetSnapshot(name, ws, ctx.limits, budget);
  } catch (thrown) {
    throw limitError(thrown, ctx, name) ?? thrown;
  }
}

function tooLargeSheet(ctx: Context, sheet: string, extent: CellRange, cells: number): WorkbookReadError {
  return readError('too-large-sheet', {
    ...msg(ctx),
    sheet,
    range: rangeAddress(extent),
    cells: count(cells),
    max: count(ctx.limits.maxCells),
  });
}

/** The last path segment, for either slash. */
function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function extensionOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(dot + 1).toLowerCase() : '';
}

function stem(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}
