/** The work of the preview's worker, as plain functions (the page runs them itself where no worker can start). */
import { checkSheet } from '../../core/check/sheet';
import { ConfigError } from '../../core/rules';
import { WorkbookReadError } from '../../io';
import { paneOutcome } from '../../taskpane/checking';
import { readForPreview } from '../file/read';
import { savedFile } from '../file/save';
import type { Failure, Request, Results, Stage } from './protocol';

/** Do `request`; `progress` hears the stages of long ones. Returns the result and what to transfer with it. */
export async function handle(request: Request, progress: (stage: Stage) => void): Promise<{ result: Results[Request['kind']]; transfer: Transferable[] }> {
  switch (request.kind) {
    case 'open':
      progress('unpacking');
      return { result: readForPreview(request.bytes, request.fileName), transfer: [] };
    case 'check':
      progress('checking');
      return { result: paneOutcome(checkSheet(request.snapshot, request.settings)), transfer: [] };
    case 'save': {
      progress('writing');
      const saved = await savedFile(request.plan);
      return { result: saved, transfer: [saved.bytes.buffer] };
    }
    default:
      throw new Error(`unknown request ${(request as { kind: string }).kind}`);
  }
}

/** Anything thrown, as something the page can say. */
export function failureOf(thrown: unknown): Failure {
  if (thrown instanceof ConfigError) return { kind: 'config', problems: thrown.problems };
  if (thrown instanceof WorkbookReadError) return { kind: 'read', messages: thrown.messages, code: thrown.code, ...(thrown.limit ? { limit: thrown.limit } : {}) };
  const { messages, code } = (thrown ?? {}) as { messages?: Failure & object; code?: string };
  if (messages && typeof code === 'string' && 'zh-CN' in messages) return { kind: 'read', messages: messages as unknown as Record<'zh-CN' | 'en-US', string>, code };
  return { kind: 'unexpected', message: thrown instanceof Error ? thrown.message : String(thrown) };
}
