/** The file-size limit, checked on the page before a byte is read (the rest of ptcheck's limits apply in the worker). */
import { readError, type WorkbookReadError } from '../../io/errors';
import { DEFAULT_LIMITS, mb } from '../../io/limits';

/** The largest file opened: ptcheck's `maxFileBytes`. */
export const MAX_FILE_BYTES = DEFAULT_LIMITS.maxFileBytes;

/** The refusal of a file over MAX_FILE_BYTES, as ptcheck words it. */
export function tooLargeFile(fileName: string, size: number): WorkbookReadError {
  return readError('too-large-file', { file: fileName, size: mb(size), max: mb(MAX_FILE_BYTES) });
}
