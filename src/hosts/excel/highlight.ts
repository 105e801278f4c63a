/**
 * Highlights that give the user's own fills back exactly.
 *
 * Before colouring a cell its own fill is recorded (getCellProperties where ExcelApi 1.9 exists: colour, pattern,
 * pattern colour, tint; else the colour alone), in memory and in the workbook's settings, so a reloaded pane can
 * still restore it. Clearing writes each original back (setCellProperties / fill.color) and calls `fill.clear()`
 * only for cells that had no fill of their own. A cell whose colour is no longer our highlight (the user recoloured
 * it) is left as the user made it. Cells with a gradient fill, which could not be written back, are not coloured.
 *
 * Why not conditional formats (ExcelApi 1.6)? They would leave the fills untouched, but they show up in the user's
 * Manage Rules list, travel with copied cells, lose to the user's own rules (stop-if-true) and, before ExcelApi 1.14
 * gives formats an id, can only be found again by guessing at their formulas. Recorded fills cost one read sync.
 */
import { cellAddress, parseRangeAddress } from '../../core/address';
import type { Severity } from '../../core/model';
import type { HighlightCell } from '../host';
import type { ExcelRun } from './api';
import { cellsOf } from './cells';
import { classify, hostError, toHostError } from './errors';

/** Fill colours by severity: light red, light amber, light blue. */
export const HIGHLIGHT_COLOURS: Record<Severity, string> = { error: '#FDE7E9', warning: '#FFF4CE', info: '#EFF6FC' };

/** The workbook setting holding the record of highlighted cells. */
export const HIGHLIGHT_KEY = 'ptcheck.highlights';

/** Cells one highlight call may colour (a finding's range is expanded to its cells). */
const MAX_CELLS = 5_000;

/** A cell's own fill before it was highlighted. */
export interface OriginalFill {
  /** The fill colour; null when the cell had no fill of its own (restored with `fill.clear()`). */
  color: string | null;
  /** The whole fill as getCellProperties gave it (ExcelApi 1.9), written back with setCellProperties. */
  fill?: Excel.CellPropertiesFill;
}

/** The highlighted cells of one sheet: the colour we gave each cell and the fill it had before. */
export interface HighlightRecord {
  v: 1;
  sheet: string;
  sheetId: string;
  cells: Record<string, { mark: string; original: OriginalFill }>;
}

/** The record, in memory; `undefined` until read from the workbook's settings. */
export class HighlightStore {
  record: HighlightRecord | null | undefined = undefined;
}

/** Parse a stored record; anything malformed counts as no record. */
export function parseRecord(raw: unknown): HighlightRecord | null {
  try {
    const r = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Partial<HighlightRecord> | null;
    if (!r || r.v !== 1 || typeof r.sheet !== 'string' || typeof r.sheetId !== 'string' || !r.cells || typeof r.cells !== 'object') return null;
    const cells: HighlightRecord['cells'] = {};
    for (const [cell, entry] of Object.entries(r.cells)) {
      if (!entry || typeof entry.mark !== 'string' || !entry.original) continue;
      const color = entry.original.color;
      if (color !== null && typeof color !== 'string') continue;
      cells[cell] = { mark: entry.mark, original: { color, ...(entry.original.fill ? { fill: entry.original.fill } : {}) } };
    }
    return { v: 1, sheet: r.sheet, sheetId: r.sheetId, cells };
  } catch {
    return null;
  }
}

/** Reads a cell's current fill in the batch; the result is there after the sync. */
type FillRead = () => { fill: OriginalFill; gradient: boolean; colour: string };

function readFill(range: Excel.Range, cellProperties: boolean): FillRead {
  if (cellProperties) {
    const props = range.getCellProperties({
      format: { fill: { color: true, pattern: true, patternColor: true, patternTintAndShade: true, tintAndShade: true } },
    });
    return () => {
      const fill = props.value[0]?.[0]?.format?.fill ?? {};
      const none = fill.pattern === 'None' || !fill.color;
      return {
        fill: none ? { color: null } : { color: fill.color ?? null, fill },
        gradient: fill.pattern === 'LinearGradient' || fill.pattern === 'RectangularGradient',
        colour: (fill.color ?? '').toUpperCase(),
      };
    };
  }
  range.format.fill.load('color');
  return () => {
    const colour = (range.format.fill.color ?? '').toUpperCase();
    // Without 1.9 a cell without fill reads as white: white is restored as no fill (gridlines back), never as paint.
    return { fill: { color: colour === '#FFFFFF' || colour === '' ? null : range.format.fill.color }, gradient: false, colour };
  };
}

function restoreFill(range: Excel.Range, original: OriginalFill): void {
  if (original.color === null) range.format.fill.clear();
  else if (original.fill) range.setCellProperties([[{ format: { fill: original.fill } }]]);
  else range.format.fill.color = original.color;
}

/** The cells to colour, one entry per cell, the most severe finding winning. */
function wantedCells(cells: HighlightCell[]): Map<string, Severity> {
  const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
  const out = new Map<string, Severity>();
  for (const { cell, severity } of cells) {
    const rect = parseRangeAddress(cell);
    if (!rect) continue;
    for (const c of cellsOf(rect, MAX_CELLS)) {
      const key = cellAddress(c.row, c.col);
      const seen = out.get(key);
      if (!seen || rank[severity] > rank[seen]) out.set(key, severity);
      if (out.size >= MAX_CELLS) return out;
    }
  }
  return out;
}

/** Read the record from the settings if this session has not yet (one sync, once). */
async function ensureRecord(context: Excel.RequestContext, store: HighlightStore): Promise<HighlightRecord | null> {
  if (store.record !== undefined) return store.record;
  const item = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_KEY);
  item.load('value');
  await context.sync();
  store.record = item.isNullObject ? null : parseRecord(item.value);
  return store.record;
}

function saveRecord(context: Excel.RequestContext, record: HighlightRecord | null): void {
  // add() replaces; 'null' rather than delete(), which would fail the whole batch if the item were already gone
  context.workbook.settings.add(HIGHLIGHT_KEY, JSON.stringify(record && Object.keys(record.cells).length ? record : null));
}

function protection(sheet: Excel.Worksheet): () => boolean {
  sheet.protection.load('protected, options');
  return () => sheet.protection.protected === true && sheet.protection.options?.allowFormatCells !== true;
}

/** Colour `cells` of `sheet` by severity, restoring earlier highlights first. Two syncs (three on a session's first call). */
export async function highlight(run: ExcelRun, store: HighlightStore, cellProperties: boolean, sheet: string, cells: HighlightCell[]): Promise<void> {
  const wanted = wantedCells(cells);
  if (wanted.size === 0) return clearHighlights(run, store, cellProperties);
  try {
    const known = await run((context) => ensureRecord(context, store));
    if (known && known.sheet !== sheet) await clearHighlights(run, store, cellProperties);
    const paintSheet = () => run(async (context): Promise<'done' | 'other-sheet'> => {
      const old = store.record ?? null;
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.load('id, name');
      const refused = protection(worksheet);
      const reads = new Map<string, FillRead>();
      for (const cell of new Set([...wanted.keys(), ...Object.keys(old?.cells ?? {})])) {
        reads.set(cell, readFill(worksheet.getRange(cell), cellProperties));
      }
      await context.sync();
      if (refused()) throw hostError('protected');

      // A record of another sheet that had this name (renamed since): restore that one first, then start again.
      if (old && old.sheetId !== worksheet.id) return 'other-sheet';
      const oldCells = old?.cells ?? {};
      const next: HighlightRecord = { v: 1, sheet: worksheet.name, sheetId: worksheet.id, cells: {} };
      const restore: [string, OriginalFill][] = [];
      for (const [cell, entry] of Object.entries(oldCells)) {
        const still = reads.get(cell)!().colour === entry.mark.toUpperCase();
        if (wanted.has(cell) && still) next.cells[cell] = { ...entry }; // still ours: keep the true original
        else if (!wanted.has(cell) && still) restore.push([cell, entry.original]);
      }
      const paint: [string, string][] = [];
      for (const [cell, severity] of wanted) {
        const mark = HIGHLIGHT_COLOURS[severity];
        if (!next.cells[cell]) {
          const now = reads.get(cell)!();
          if (now.gradient) continue; // could not be written back exactly: leave it alone
          next.cells[cell] = { mark, original: now.fill };
        }
        next.cells[cell].mark = mark;
        paint.push([cell, mark]);
      }

      // Record first: should the batch stop half-way, every coloured cell is already on record.
      saveRecord(context, { ...next, cells: { ...Object.fromEntries(restore.map(([c, o]) => [c, { mark: oldCells[c].mark, original: o }])), ...next.cells } });
      for (const [cell, original] of restore) restoreFill(worksheet.getRange(cell), original);
      for (const [cell, mark] of paint) worksheet.getRange(cell).format.fill.color = mark;
      if (restore.length) saveRecord(context, next);
      await context.sync();
      store.record = next;
      return 'done';
    });
    if ((await paintSheet()) === 'other-sheet') {
      await clearHighlights(run, store, cellProperties);
      await paintSheet();
    }
  } catch (error) {
    throw toHostError(error, { sheet, apiSet: cellProperties ? '1.9' : undefined });
  }
}

/** Give every highlighted cell its own fill back. Two syncs (three on a session's first call). */
export async function clearHighlights(run: ExcelRun, store: HighlightStore, cellProperties: boolean): Promise<void> {
  try {
    await run(async (context) => {
      const record = await ensureRecord(context, store);
      if (!record) return;
      const worksheet = context.workbook.worksheets.getItem(record.sheetId);
      const refused = protection(worksheet);
      const reads = Object.keys(record.cells).map((cell) => [cell, readFill(worksheet.getRange(cell), cellProperties)] as const);
      try {
        await context.sync();
      } catch (error) {
        if (classify(error) !== 'no-sheet') throw error;
        saveRecord(context, null); // the sheet is gone, and its highlights with it
        await context.sync();
        store.record = null;
        return;
      }
      if (refused()) throw hostError('protected');
      for (const [cell, read] of reads) {
        const entry = record.cells[cell];
        if (read().colour === entry.mark.toUpperCase()) restoreFill(worksheet.getRange(cell), entry.original);
      }
      saveRecord(context, null); // last: should the batch stop half-way, the record still knows the rest
      await context.sync();
      store.record = null;
    });
  } catch (error) {
    throw toHostError(error);
  }
}
