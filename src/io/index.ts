/** File readers: spreadsheet bytes → SheetSnapshots. Host-neutral (no Node APIs), so the browser can use them too. */
export { decodeText, type DecodedText, type TextEncoding } from './decode';
export { parseDelimited } from './delimited';
export { WorkbookReadError, type WorkbookReadErrorCode } from './errors';
export {
  readWorkbookBytes,
  DEFAULT_MAX_CELLS,
  MAX_UNPACKED_BYTES,
  type ReadOptions,
  type WorkbookFormat,
  type WorkbookRead,
} from './read-workbook';
