/** The work of the preview's worker, as plain functions (the page runs them itself where no worker can start). */
import { checkRecognised, recogniseSheet } from '../../core/check/sheet';
import type { SheetResult } from '../../core/check/workbook';
import type { SheetSnapshot } from '../../core/snapshot';
import type { WorkbookSettings } from '../../core/settings';
import { ConfigError } from '../../core/rules';
import { WorkbookReadError } from '../../io';
import { paneOutcome } from '../../taskpane/checking';
import { readForPreview } from '../file/read';
import { savedFile } from '../file/save';
import type { CheckReply, Failure, Request, Results, Stage } from './protocol';
import { NO_SHEET } from './sheet-memo';

/**
 * The sheet last sent and its recognition (under the vocabulary it was recognised with), kept while the sheet is
 * unchanged: a check of the same sheet then runs only the rules (sheet-memo.ts says how the page knows).
 */
const held: {
  snapshot: SheetSnapshot | null;
  recognised: { vocabulary: string; id: number; sheet: SheetResult; sent: boolean } | null;
  ids: number;
} = { snapshot: null, recognised: null, ids: 0 };

function sheetToCheck(snapshot: SheetSnapshot | 'same'): SheetSnapshot {
  if (snapshot === 'same') {
    if (!held.snapshot) throw new Error(NO_SHEET);
    return held.snapshot;
  }
  if (snapshot !== held.snapshot) {
    held.snapshot = snapshot;
    held.recognised = null;
  }
  return snapshot;
}

function recognition(snapshot: SheetSnapshot, settings: WorkbookSettings): NonNullable<typeof held.recognised> {
  const vocabulary = JSON.stringify(settings.vocabulary ?? null);
  if (held.recognised?.vocabulary !== vocabulary) held.recognised = { vocabulary, id: ++held.ids, sheet: recogniseSheet(snapshot, settings), sent: false };
  return held.recognised;
}

function check(request: { snapshot: SheetSnapshot | 'same'; settings: WorkbookSettings }): CheckReply {
  const snapshot = sheetToCheck(request.snapshot);
  const recognised = recognition(snapshot, request.settings);
  const outcome = paneOutcome(checkRecognised(snapshot, recognised.sheet, request.settings));
  const tablesSent = recognised.sent;
  recognised.sent = true;
  if (tablesSent) outcome.sheet = { ...outcome.sheet, tables: [] };
  return { outcome, recognition: recognised.id, tablesSent };
}

/** Do `request`; `progress` hears the stages of long ones. Returns the result and what to transfer with it. */
export async function handle(request: Request, progress: (stage: Stage) => void): Promise<{ result: Results[Request['kind']]; transfer: Transferable[] }> {
  switch (request.kind) {
    case 'open':
      progress('unpacking');
      return { result: readForPreview(request.bytes, request.fileName), transfer: [] };
    case 'check':
      progress('checking');
      return { result: check(request), transfer: [] };
    case 'recognise': {
      const snapshot = sheetToCheck(request.snapshot);
      const recognised = recognition(snapshot, request.settings);
      // Once through the rules too, unseen: the engine's code is then compiled before the user's first 校验.
      checkRecognised(snapshot, recognised.sheet, request.settings);
      recognised.sent = true;
      return { result: { recognition: recognised.id, tables: recognised.sheet.tables }, transfer: [] };
    }
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
