/** Read a spreadsheet file from disk into SheetSnapshots (Node only; the parsing itself is in src/io). */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'fs';
import { open } from 'fs/promises';
import { basename } from 'path';
import { describeThrown, readError, WorkbookReadError } from '../io/errors';
import { DEFAULT_LIMITS } from '../io/limits';
import { readWorkbookBytes, type ReadOptions, type WorkbookRead } from '../io/read-workbook';

/** Options for `readWorkbookFile`. */
export interface ReadFileOptions extends ReadOptions {
  /** Largest file read, in bytes; larger files are refused before reading. Default 200 MB (`maxFileBytes`). */
  maxBytes?: number;
}

/** Default `maxBytes`: 200 MB. */
export const DEFAULT_MAX_BYTES = DEFAULT_LIMITS.maxFileBytes;

/**
 * Read the file at `path` and turn it into sheets; throws only WorkbookReadError. Only regular files are read:
 * a FIFO or a device (`/dev/zero`) would never end. The file is opened without blocking (opening a FIFO waits
 * for a writer otherwise) and checked on the open handle, so it cannot be swapped between the check and the read.
 */
export async function readWorkbookFile(path: string, options: ReadFileOptions = {}): Promise<WorkbookRead> {
  const file = basename(path);
  const maxBytes = options.maxBytes ?? options.maxFileBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const info = await handle.stat();
      if (info.isDirectory()) throw readError('unreadable-directory', { file: path });
      if (!info.isFile()) throw readError('not-regular', { file: path });
      if (info.size > maxBytes) {
        throw readError('too-large-file', { file, size: (info.size / 1024 / 1024).toFixed(0), max: (maxBytes / 1024 / 1024).toFixed(0) });
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (thrown) {
    throw fileError(thrown, path);
  }
  return readWorkbookBytes(bytes, file, options);
}

/**
 * The same, synchronously: for ptcheck's worker threads, where blocking is what a dedicated thread is for and four
 * round trips through the file-system thread pool per file would leave the worker waiting.
 */
export function readWorkbookFileSync(path: string, options: ReadFileOptions = {}): WorkbookRead {
  const file = basename(path);
  const maxBytes = options.maxBytes ?? options.maxFileBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const info = fstatSync(fd);
      if (info.isDirectory()) throw readError('unreadable-directory', { file: path });
      if (!info.isFile()) throw readError('not-regular', { file: path });
      if (info.size > maxBytes) {
        throw readError('too-large-file', { file, size: (info.size / 1024 / 1024).toFixed(0), max: (maxBytes / 1024 / 1024).toFixed(0) });
      }
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
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
  if (code === 'ENXIO' || code === 'ENODEV') return readError('not-regular', { file: path }, thrown);
  return readError('unreadable', { file: path, detail: describeThrown(thrown) }, thrown);
}
