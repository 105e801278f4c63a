/**
 * What the preview's page and its worker say to each other. The worker reads files (the strict reader, ptcheck's
 * limits), checks sheets and writes saved files, so no file, however hostile, and no check, however long, holds up
 * the page: the page only draws and can always cancel.
 */
import type { Lang } from '../../core/i18n';
import type { TargetTable } from '../../core/model';
import type { SheetSnapshot } from '../../core/snapshot';
import type { WorkbookSettings } from '../../core/settings';
import type { PaneOutcome } from '../../taskpane/checking';
import type { PreviewFile } from '../file/read';
import type { SavePlan, SavedFile } from '../file/save';

export type Request =
  | { kind: 'open'; bytes: Uint8Array; fileName: string }
  /** Check a sheet; 'same': the sheet this worker was last sent, unchanged since (sheet-memo.ts). */
  | { kind: 'check'; snapshot: SheetSnapshot | 'same'; settings: WorkbookSettings }
  /** Recognise a sheet just opened, ahead of its first check (which then only runs the rules), and warm the engine. */
  | { kind: 'recognise'; snapshot: SheetSnapshot; settings: WorkbookSettings }
  | { kind: 'save'; plan: SavePlan };

/** What each request resolves to. */
export interface Results {
  open: PreviewFile;
  check: CheckReply;
  recognise: Recognition;
  save: SavedFile;
}

/** A check's outcome, and which recognition of the sheet it was made from. */
export interface CheckReply {
  /** With `sheet.tables` left empty when `tablesSent`. */
  outcome: PaneOutcome;
  /** Numbers the worker's recognitions: the same number, the same tables. */
  recognition: number;
  /** The page has this recognition's tables already (from an earlier reply): they are not sent again. */
  tablesSent: boolean;
}

/** The tables recognised in a sheet, numbered as in CheckReply. */
export interface Recognition {
  recognition: number;
  tables: TargetTable[];
}

/** Where a long request is, for the page to say. */
export type Stage = 'unpacking' | 'checking' | 'writing';

/** A failure the user can be told about: the reader's message, or an unexpected one. */
export type Failure =
  | { kind: 'read'; messages: Record<Lang, string>; code: string; limit?: string }
  /** The workbook's stored rule settings, refused (core/rules ConfigError). */
  | { kind: 'config'; problems: Record<Lang, string>[] }
  | { kind: 'unexpected'; message: string };

/** A piece of a large array of the message `id` that follows it (parts.ts), either way. */
export interface Piece {
  id: number;
  kind: 'piece';
  array: number;
  items: unknown[];
}

export type ToWorker = ({ id: number } & Request) | Piece;

export type FromWorker =
  | Piece
  | { id: number; kind: 'progress'; stage: Stage }
  | { id: number; kind: 'done'; result: Results[Request['kind']] }
  | { id: number; kind: 'failed'; failure: Failure };
