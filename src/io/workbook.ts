/** Spreadsheet file bytes → SheetSnapshots, for every host (CLI, browser preview). No Node APIs here. */
import * as XLSX from '@e965/xlsx';
import type { ParsingOptions, WorkBook } from '@e965/xlsx';
import type { SheetSnapshot } from '../core/snapshot';
import { rangeAddress } from '../core/address';
import { decodeText, looksBinary, type TextEncoding } from './decode';
import { parseDelimited } from './delimited';
import { describeThrown, readError, WorkbookReadError } from './errors';
import { SheetTooLarge, sheetSnapshot } from './sheet';
import { storedZip, unpackZip, ZipError } from './zip';

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
}

/** Limits for `readWorkbookBytes`. */
export interface ReadOptions {
  /** Largest used extent (rows × columns) accepted per sheet; default 5 000 000. */
  maxCells?: number;
}

/** Default `maxCells`. */
export const DEFAULT_MAX_CELLS = 5_000_000;
/** Largest total a zip may unpack to (SheetJS turns each part into a string, and V8 strings top out near 512 MB). */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

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

// A type alias (not an interface) so it can be passed straight in as message data.
type Context = {
  file: string;
  ext: string;
  maxCells: number;
};

/**
 * Read a spreadsheet file's bytes: .xlsx/.xlsm/.xls through SheetJS, .csv/.tsv/.txt through our own decoder and
 * parser. The extension picks the reader, the content is sniffed; throws only WorkbookReadError.
 */
export function readWorkbookBytes(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): WorkbookRead {
  const file = baseName(fileName);
  const ext = extensionOf(file);
  const ctx: Context = { file, ext: ext ? `.${ext}` : '(none)', maxCells: options.maxCells ?? DEFAULT_MAX_CELLS };
  try {
    if (!(EXTENSIONS as readonly string[]).includes(ext)) throw readError('unsupported-type', ctx);
    if (bytes.length === 0) throw readError('empty-file', ctx);
    return readByContent(bytes, ext as Extension, ctx);
  } catch (thrown) {
    if (thrown instanceof WorkbookReadError) throw thrown;
    if (thrown instanceof SheetTooLarge) throw tooLargeSheet(ctx, '', thrown);
    if (thrown instanceof RangeError && /invalid (string|array) length|allocation failed/i.test(thrown.message)) {
      throw readError('too-large-memory', ctx, thrown);
    }
    throw readError('corrupt', { ...ctx, detail: describeThrown(thrown) }, thrown);
  }
}

function readByContent(bytes: Uint8Array, ext: Extension, ctx: Context): WorkbookRead {
  const kind = sniff(bytes);
  // A real workbook container is read as one whatever its extension says (an .xlsx saved as .xls, say).
  if (kind === 'zip') return { format: ext === 'xlsm' ? 'xlsm' : 'xlsx', sheets: readZip(bytes, ctx) };
  if (kind === 'cfb') return { format: 'xls', sheets: readCfb(bytes, ctx) };
  switch (ext) {
    case 'xlsx':
    case 'xlsm':
      // Starts like a zip but too short to be one: a cut-off download.
      if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes.length < 30) {
        throw readError('corrupt', { ...ctx, detail: 'truncated zip header' });
      }
      throw readError('not-a-spreadsheet', ctx);
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

function readZip(bytes: Uint8Array, ctx: Context): SheetSnapshot[] {
  let packed: Uint8Array;
  try {
    const entries = unpackZip(bytes, MAX_UNPACKED_BYTES);
    if (!entries.some((e) => e.name === '[Content_Types].xml')) throw readError('not-a-spreadsheet', ctx);
    packed = storedZip(entries);
  } catch (thrown) {
    if (!(thrown instanceof ZipError)) throw thrown;
    if (thrown.kind === 'encrypted') throw readError('encrypted', ctx, thrown);
    if (thrown.kind === 'too-large') {
      throw readError('too-large-unzipped', { ...ctx, size: mb(thrown.unpackedSize), max: mb(MAX_UNPACKED_BYTES) }, thrown);
    }
    throw readError('corrupt', { ...ctx, detail: thrown.message }, thrown);
  }
  return sheetsOf(runSheetJS(() => XLSX.read(packed, SHEETJS_OPTIONS), ctx), ctx);
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
    throw readError('corrupt', { ...ctx, detail: describeThrown(thrown) }, thrown);
  }
  const find = (name: string): boolean => Boolean(CFB.find(container, name));
  // A password-protected .xlsx is a CFB holding EncryptionInfo + EncryptedPackage; SheetJS throws odd things
  // (sometimes a bare string) for it, so recognise it here.
  if (find('EncryptionInfo') || find('EncryptedPackage') || find('encryption')) throw readError('encrypted', ctx);
  // Word and PowerPoint 97 files are CFB too, but without a Workbook (BIFF8) or Book (BIFF5) stream.
  if (!find('Workbook') && !find('Book')) throw readError('not-a-spreadsheet', ctx);
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
  if (looksBinary(text)) throw readError('not-a-spreadsheet', ctx);
  if (text.trimStart().startsWith('<')) {
    // HTML / SpreadsheetML 2003: hand SheetJS the decoded text so GB18030 pages read right.
    let wb: WorkBook;
    try {
      wb = XLSX.read(text, { ...SHEETJS_OPTIONS, type: 'string' });
    } catch (thrown) {
      if (/could not find <table>/i.test(describeThrown(thrown))) throw readError('not-a-spreadsheet', ctx, thrown);
      throw readError('corrupt', { ...ctx, detail: describeThrown(thrown) }, thrown);
    }
    return { format: 'xls', encoding, sheets: sheetsOf(wb, ctx) };
  }
  return delimitedRead(text, encoding, '\t', ctx);
}

function readDelimited(bytes: Uint8Array, preferred: ',' | '\t', ctx: Context): WorkbookRead {
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text)) throw readError('not-a-spreadsheet', ctx);
  return delimitedRead(text, encoding, preferred, ctx);
}

function delimitedRead(text: string, encoding: TextEncoding, preferred: ',' | '\t', ctx: Context): WorkbookRead {
  const delimiter = pickDelimiter(text, preferred);
  const sheet = parseDelimited(text, delimiter, stem(ctx.file));
  let width = 0;
  for (const row of sheet.values) if (row.length > width) width = row.length;
  const cells = width * sheet.values.length;
  if (cells > ctx.maxCells) {
    const extent = { top: 0, left: 0, bottom: sheet.values.length - 1, right: width - 1 };
    throw tooLargeSheet(ctx, sheet.name, new SheetTooLarge(extent, cells));
  }
  return { format: delimiter === ',' ? 'csv' : 'tsv', encoding, sheets: [sheet] };
}

/**
 * The extension's delimiter, unless the first lines never contain it and do contain the other one
 * (a tab-separated export saved as .csv, or the reverse).
 */
function pickDelimiter(text: string, preferred: ',' | '\t'): ',' | '\t' {
  const other = preferred === ',' ? '\t' : ',';
  const head = text.slice(0, 65536).split(/\r\n|\r|\n/, 20);
  if (head.some((line) => line.includes(preferred))) return preferred;
  return head.some((line) => line.includes(other)) ? other : preferred;
}

function runSheetJS(parse: () => WorkBook, ctx: Context): WorkBook {
  try {
    return quietly(parse);
  } catch (thrown) {
    const detail = describeThrown(thrown);
    if (/password|encrypt/i.test(detail)) throw readError('encrypted', ctx, thrown);
    if (/could not find workbook|unsupported zip file|cannot find workbook stream/i.test(detail)) {
      throw readError('not-a-spreadsheet', ctx, thrown);
    }
    throw readError('corrupt', { ...ctx, detail }, thrown);
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
  return wb.SheetNames.map((name) => {
    try {
      return sheetSnapshot(name, wb.Sheets[name], ctx.maxCells);
    } catch (thrown) {
      if (thrown instanceof SheetTooLarge) throw tooLargeSheet(ctx, name, thrown);
      throw thrown;
    }
  });
}

function tooLargeSheet(ctx: Context, sheet: string, e: SheetTooLarge): WorkbookReadError {
  return readError('too-large-sheet', {
    ...ctx,
    sheet,
    range: rangeAddress(e.extent),
    cells: e.cells.toLocaleString('en-US'),
    max: ctx.maxCells.toLocaleString('en-US'),
  });
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
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
