/**
 * WPS's failures → HostError with WPS as the app, so src/hosts/messages.ts says them in WPS's own words (its tabs and
 * commands).
 */
import { HostError, type HostErrorCode, type HostErrorData } from '../host';

/** A HostError of WPS's. */
export function wpsError(code: HostErrorCode, data: Omit<HostErrorData, 'app'> = {}, cause?: unknown): HostError {
  return new HostError(code, { ...data, app: 'wps' }, cause === undefined ? undefined : { cause });
}

/** Anything thrown by WPS → a HostError (a HostError passes through unchanged). */
export function toHostError(error: unknown, context: Pick<HostErrorData, 'sheet' | 'partial'> = {}): HostError {
  if (error instanceof HostError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  // WPS words a refusal on a protected sheet in the UI language.
  if (/受保护|保护的工作表|protected/i.test(detail)) return wpsError('protected', context, error);
  return wpsError('failed', { ...context, detail }, error);
}
