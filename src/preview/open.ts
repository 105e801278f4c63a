/**
 * Opening a file in the preview: bytes → an editable workbook and its host, or a message saying why not.
 * The page loads this module on demand, so SheetJS travels in its own chunk and the page and pane paint first.
 */
import { readWorkbookBytes, WorkbookReadError } from '../io';
import { describeThrown } from '../io/errors';
import type { Lang } from '../core/i18n';
import { readSheetLooks } from './looks';
import { PreviewWorkbook } from './workbook';
import { PreviewHost, type SettingsStore } from './preview-host';
import { p } from './messages';

/** An open workbook and the host the pane talks to. */
export interface OpenWorkbook {
  workbook: PreviewWorkbook;
  host: PreviewHost;
}

/** Read `bytes` as the file `fileName`; throws WorkbookReadError (or anything else SheetJS may throw). */
export function openWorkbook(bytes: Uint8Array, fileName: string, store: SettingsStore | null): OpenWorkbook {
  const read = readWorkbookBytes(bytes, fileName);
  const workbook = PreviewWorkbook.fromSnapshots(fileName, read.sheets, readSheetLooks(bytes, read.format));
  return { workbook, host: new PreviewHost(workbook, store) };
}

/** The user-facing text of a failed open: the reader's own message where it has one. */
export function openFailure(thrown: unknown, lang: Lang): string {
  if (thrown instanceof WorkbookReadError) return thrown.messages[lang];
  return p('readFailed', lang, { detail: describeThrown(thrown) });
}
