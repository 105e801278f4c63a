/** Read a spreadsheet file from disk into SheetSnapshots (Node only; the parsing itself is in src/io). */
import { readFile, stat } from 'fs/promises';
import { basename } from 'path';
import { describeThrown, readError, WorkbookReadError } from '../io/errors';
import { readWorkbookBytes, type ReadOptions, type WorkbookRead } from '../io/workbook';

/** Options for `readWorkbookFile`. */
export interface ReadFileOptions extends ReadOptions {
  /** Largest file read, in bytes; larger files are refused before reading. Default 200 MB. */
  maxBytes?: number;
}

/** Default `maxBytes`: 200 MB. */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

/** Read the file at `path` and turn it into sheets; throws only WorkbookReadError. */
export async function readWorkbookFile(path: string, options: ReadFileOptions = {}): Promise<WorkbookRead> {
  const file = basename(path);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw readError('unreadable-directory', { file: path });
    if (info.size > maxBytes) {
      throw readError('too-large-file', { file, size: (info.size / 1024 / 1024).toFixed(0), max: (maxBytes / 1024 / 1024).toFixed(0) });
    }
    bytes = await readFile(path);
  } catch (thrown) {
    throw fileError(thrown, path);
  }
  return readWorkbookBytes(bytes, file, options);
}

function fileError(thrown: unknown, path: string): WorkbookReadError {
  if (thrown instanceof WorkbookReadError) return thrown;
  const code = (thrown as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return readError('not-found', { file: path }, thrown);
  if (code === 'EISDIR') return readError('unreadable-directory', { file: path }, thrown);
  if (code === 'EACCES' || code === 'EPERM') return readError('unreadable-permission', { file: path }, thrown);
  return readError('unreadable', { file: path, detail: describeThrown(thrown) }, thrown);
}
