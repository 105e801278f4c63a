/**
 * What the preview's page and its worker say to each other. The worker reads files (the strict reader, ptcheck's
 * limits), checks sheets and writes saved files, so no file, however hostile, and no check, however long, holds up
 * the page: the page only draws and can always cancel.
 */
import type { Lang } from '../../core/i18n';
import type { SheetSnapshot } from '../../core/snapshot';
import type { WorkbookSettings } from '../../core/settings';
import type { PaneOutcome } from '../../taskpane/checking';
import type { PreviewFile } from '../file/read';
import type { SavePlan, SavedFile } from '../file/save';

export type Request =
  | { kind: 'open'; bytes: Uint8Array; fileName: string }
  | { kind: 'check'; snapshot: SheetSnapshot; settings: WorkbookSettings }
  | { kind: 'save'; plan: SavePlan };

/** What each request resolves to. */
export interface Results {
  open: PreviewFile;
  check: PaneOutcome;
  save: SavedFile;
}

/** Where a long request is, for the page to say. */
export type Stage = 'unpacking' | 'checking' | 'writing';

/** A failure the user can be told about: the reader's message, or an unexpected one. */
export type Failure =
  | { kind: 'read'; messages: Record<Lang, string>; code: string; limit?: string }
  /** The workbook's stored rule settings, refused (core/rules ConfigError). */
  | { kind: 'config'; problems: Record<Lang, string>[] }
  | { kind: 'unexpected'; message: string };

export type ToWorker = { id: number } & Request;

export type FromWorker =
  | { id: number; kind: 'progress'; stage: Stage }
  | { id: number; kind: 'done'; result: Results[Request['kind']] }
  | { id: number; kind: 'failed'; failure: Failure };
