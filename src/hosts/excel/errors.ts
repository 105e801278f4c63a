/**
 * Office errors → HostError: a code for what happened, whether anything may have changed (a failure in the middle of
 * a write) and Excel's own words; src/hosts/messages.ts says it to the user.
 */
import { HostError, type HostErrorCode, type HostErrorData } from '../host';

/** What the failed operation was doing, for the message. */
export interface ErrorContext {
  /** The ExcelApi version the operation needs, named when the API turns out to be missing. */
  apiSet?: string;
  /** The sheet the operation addressed by name, named when it is not found. */
  sheet?: string;
  /** True when the failure may have come after some writes reached the workbook (a failed write batch). */
  partial?: boolean;
}

/** The error code and text of anything thrown (OfficeExtension.Error carries `code`; others may not). */
export function errorParts(error: unknown): { code: string; text: string } {
  const e = error as { code?: unknown; message?: unknown } | null | undefined;
  const code = e && typeof e.code === 'string' ? e.code : '';
  const text = e && typeof e.message === 'string' ? e.message : String(error);
  return { code, text };
}

/** True for errors that say a read was too large for one request (chunking helps). */
export function isSizeError(error: unknown): boolean {
  const { code, text } = errorParts(error);
  return (
    ['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'RangeExceedsLimit', 'OperationCellsExceedLimit'].includes(code) ||
    /payload size|size limit|exceeds? (the )?limit/i.test(text)
  );
}

/** The HostError code an Office error maps to. */
export function classify(error: unknown): HostErrorCode {
  return error instanceof HostError ? error.code : classifyOffice(error);
}

function classifyOffice(error: unknown): HostErrorCode {
  const { code, text } = errorParts(error);
  if (code === 'InvalidOperationInCellEditMode' || /cell[- ]?edit mode|单元格编辑/i.test(text)) return 'editing';
  if (/protect|受保护/i.test(text)) return 'protected';
  if (code === 'ApiNotFound' || code === 'NotImplemented' || (error instanceof TypeError && /is not a function/.test(text))) return 'unsupported';
  if (code === 'ItemNotFound' || code === 'UnsupportedSheet') return 'no-sheet';
  return 'failed';
}

/** Map anything thrown by an Excel.run to a HostError (a HostError passes through unchanged). */
export function toHostError(error: unknown, context: ErrorContext = {}): HostError {
  if (error instanceof HostError) return error;
  const { code, text } = errorParts(error);
  const detail = code && !text.includes(code) ? `${text} (${code})` : text;
  const kind = classifyOffice(error);
  // AccessDenied without a word of protection: read-only, Protected View, workbook protection, permissions.
  if (kind === 'failed' && code === 'AccessDenied') return hostError('denied', { ...context, detail }, error);
  // A sheet addressed by name that is not found has gone (renamed or deleted) since it was read.
  if (kind === 'no-sheet' && context.sheet) return hostError('sheet-gone', { ...context, detail }, error);
  return hostError(kind, { ...context, detail }, error);
}

/** A HostError of Excel's (`detail`: Excel's own words, for 'failed'). */
export function hostError(code: HostErrorCode, data: Omit<HostErrorData, 'app'> = {}, cause?: unknown): HostError {
  return new HostError(code, { ...data, app: 'excel' }, cause === undefined ? undefined : { cause });
}

/** The sheet holds more cells than the checker reads. */
export function tooLarge(count: number, limit: number, address: string): HostError {
  return hostError('too-large', { count, limit, address });
}
