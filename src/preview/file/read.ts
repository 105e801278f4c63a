/**
 * A file the user opens in the preview → sheets, looks and what is needed to save it back: through the same
 * strict reader and limits as ptcheck (src/io), so a file ptcheck refuses is refused here with the same message.
 * Runs in the preview's worker (src/preview/worker), off the page's thread.
 */
import type { SheetSnapshot } from '../../core/snapshot';
import { readWorkbookBytes, type WorkbookFormat } from '../../io';
import type { TextEncoding } from '../../io/decode';
import type { SheetLooks } from '../preview-workbook';
import { Package } from './parts';
import { packageLooks } from './looks';
import { MAX_FILE_BYTES, tooLargeFile } from './limits';

/** A file as the preview opened it. */
export interface PreviewFile {
  fileName: string;
  format: WorkbookFormat;
  /** For text files: the encoding they were read in. */
  encoding?: TextEncoding;
  sheets: SheetSnapshot[];
  looks: Record<string, SheetLooks>;
}


/** Read `bytes` as file `fileName`; throws WorkbookReadError (the reader's own, in both languages). */
export function readForPreview(bytes: Uint8Array, fileName: string): PreviewFile {
  if (bytes.length > MAX_FILE_BYTES) throw tooLargeFile(fileName, bytes.length);
  const read = readWorkbookBytes(bytes, fileName);
  let looks: Record<string, SheetLooks> = {};
  if (read.format === 'xlsx' || read.format === 'xlsm') {
    try {
      looks = packageLooks(new Package(bytes));
    } catch {
      // the looks are a nicety: a package the reader took but this cannot follow is shown without them
    }
  }
  return { fileName, format: read.format, ...(read.encoding ? { encoding: read.encoding } : {}), sheets: read.sheets, looks };
}
