/**
 * Highlights that give the user's own fills back exactly.
 *
 * Before colouring a cell its own fill is read (getCellProperties per rectangle where ExcelApi 1.9 exists: colour,
 * pattern, pattern colour, tints; else the colour alone, cell by cell) and, when it has one, recorded, in memory and
 * in the workbook's settings, so a reloaded pane can still restore it. Clearing writes each recorded fill back
 * (setCellProperties / fill.color) and clears the cells that had none. A cell whose colour is no longer our
 * highlight (the user recoloured it) is left as the user made it.
 *
 * What cannot be given back exactly is not coloured at all: gradient fills, and (ExcelApi 1.9) fills with a tint or
 * shade of a theme colour — Excel reports the colour shown and the tint, and writing both back would tint twice.
 * A theme colour without tint comes back as the same RGB colour, no longer linked to the theme. Without ExcelApi 1.9
 * only the colour can be read: a patterned fill comes back solid, a white fill as no fill.
 *
 * Excel on the web refuses requests over 5 MB: fills are read per rectangle, cells are coloured by address lists,
 * the record holds only the fills cells had (a cell without one is the usual case), is written once, and a batch
 * whose estimated size grows past REQUEST_BUDGET is sent in several syncs (one undo step where Excel groups them).
 *
 * Why not conditional formats (ExcelApi 1.6)? They would leave the fills untouched, but they show up in the user's
 * Manage Rules list, travel with copied cells, lose to the user's own rules (stop-if-true) and, before ExcelApi 1.14
 * gives formats an id, can only be found again by guessing at their formulas. Recorded fills cost one read sync.
 */
import { cellAddress, parseCellAddress, rangeAddress } from '../../core/address';
import type { Severity } from '../../core/model';
import type { CellRange } from '../../core/snapshot';
import type { HighlightCell } from '../host';
import { HIGHLIGHT_COLOURS, highlightStep, wantedCells } from '../shared/highlight';
import type { ExcelRun } from './api';
import { addressLists } from '../shared/cells';
import { classify, hostError, toHostError } from './errors';


/** The workbook setting holding the record of highlighted cells. */
export const HIGHLIGHT_KEY = 'ptcheck.highlights';

/** Cells per rectangle whose fills are read at once. */
const READ_RECT_CELLS = 2_000;

/**
 * Estimated request bytes after which a batch is sent and the rest goes in the next sync: well under the 5 MB of
 * Excel on the web, as the estimate (an object path or an action per command, plus its arguments) is rough.
 */
export const REQUEST_BUDGET = 1_500_000;
const PATH_BYTES = 150;
const ACTION_BYTES = 100;
/** The same for what reads return: getCellProperties gives about 170 bytes a cell. */
const RESPONSE_BUDGET = 2_000_000;
const CELL_PROPERTIES_BYTES = 200;

/** A cell's own fill before it was highlighted (only cells that had one are recorded). */
export interface OriginalFill {
  color: string;
  /** The whole fill as getCellProperties gave it (ExcelApi 1.9), written back with setCellProperties. */
  fill?: Excel.CellPropertiesFill;
}

/** The highlighted cells of one sheet: the severity whose colour each got, and the fills cells had of their own. */
export interface HighlightRecord {
  v: 2;
  sheet: string;
  sheetId: string;
  marks: Record<string, Severity>;
  fills: Record<string, OriginalFill>;
}

/** The record, in memory; `undefined` until read from the workbook's settings. */
export class HighlightStore {
  record: HighlightRecord | null | undefined = undefined;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Parse a stored record (this version's, or the first one's); anything malformed counts as no record. */
export function parseRecord(raw: unknown): HighlightRecord | null {
  try {
    const r = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown> | null;
    if (!r || typeof r.sheet !== 'string' || typeof r.sheetId !== 'string') return null;
    const marks: HighlightRecord['marks'] = {};
    const fills: HighlightRecord['fills'] = {};
    const fill = (o: unknown): OriginalFill | null => {
      const f = o as Partial<OriginalFill> | null;
      if (!f || typeof f.color !== 'string') return null;
      return { color: f.color, ...(f.fill && typeof f.fill === 'object' ? { fill: f.fill } : {}) };
    };
    if (r.v === 2 && r.marks && typeof r.marks === 'object') {
      for (const [cell, severity] of Object.entries(r.marks as Record<string, unknown>)) {
        if (SEVERITIES.includes(severity as Severity) && parseCellAddress(cell)) marks[cell] = severity as Severity;
      }
      for (const [cell, o] of Object.entries((r.fills ?? {}) as Record<string, unknown>)) {
        const f = fill(o);
        if (f && marks[cell]) fills[cell] = f;
      }
    } else if (r.v === 1 && r.cells && typeof r.cells === 'object') {
      // { cells: { B3: { mark: '#FDE7E9', original: { color: null | '#…', fill? } } } }
      for (const [cell, entry] of Object.entries(r.cells as Record<string, { mark?: unknown; original?: unknown }>)) {
        const severity = SEVERITIES.find((s) => HIGHLIGHT_COLOURS[s] === String(entry?.mark ?? '').toUpperCase());
        if (!severity || !parseCellAddress(cell)) continue;
        marks[cell] = severity;
        const f = fill(entry.original);
        if (f) fills[cell] = f;
      }
    } else return null;
    return { v: 2, sheet: r.sheet, sheetId: r.sheetId, marks, fills };
  } catch {
    return null;
  }
}


/**
 * Rectangles covering `cells` to read their fills at once: bands of consecutive rows, each as wide as its cells
 * reach, of at most READ_RECT_CELLS cells (a lone cell far away gets a rectangle of its own).
 */
export function readRectangles(cells: Iterable<string>): CellRange[] {
  const points = [...cells].map((c) => parseCellAddress(c)!).sort((a, b) => a.row - b.row || a.col - b.col);
  const out: CellRange[] = [];
  let current: CellRange | null = null;
  for (const p of points) {
    if (current) {
      const grown: CellRange = { top: current.top, bottom: p.row, left: Math.min(current.left, p.col), right: Math.max(current.right, p.col) };
      const area = (grown.bottom - grown.top + 1) * (grown.right - grown.left + 1);
      if (p.row <= current.bottom + 1 && area <= READ_RECT_CELLS) {
        current = grown;
        continue;
      }
      out.push(current);
    }
    current = { top: p.row, bottom: p.row, left: p.col, right: p.col };
  }
  if (current) out.push(current);
  return out;
}

/** What a cell's fill is now, after the read sync. */
interface FillNow {
  /** The fill to record, null when the cell has none of its own. */
  own: OriginalFill | null;
  /** The colour shown, upper case ('' when none). */
  colour: string;
  /** The fill cannot be written back exactly (gradient, tint or shade): the cell is not coloured. */
  unrestorable: boolean;
}

/** Counts the estimated bytes of a batch and sends it (a sync) when they pass the budget. */
class Batch {
  private bytes = 0;
  private response = 0;
  constructor(private readonly context: Excel.RequestContext) {}

  /** A command of `paths` object paths and `actions` actions, `args` bytes of arguments, `response` bytes back. */
  async add(paths: number, actions: number, args = 0, response = 0): Promise<void> {
    this.bytes += paths * PATH_BYTES + actions * ACTION_BYTES + args;
    this.response += response;
    if (this.bytes > REQUEST_BUDGET || this.response > RESPONSE_BUDGET) {
      await this.context.sync();
      this.bytes = 0;
      this.response = 0;
    }
  }
}

/** Queue the reads of `cells`' fills; the result is there after the sync (Office errors as thrown). */
async function readFills(context: Excel.RequestContext, worksheet: Excel.Worksheet, cells: Iterable<string>, cellProperties: boolean): Promise<() => Map<string, FillNow>> {
  const batch = new Batch(context);
  if (cellProperties) {
    const reads: { rect: CellRange; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
    for (const rect of readRectangles(cells)) {
      const props = worksheet.getRange(rangeAddress(rect)).getCellProperties({
        format: { fill: { color: true, pattern: true, patternColor: true, patternTintAndShade: true, tintAndShade: true } },
      });
      reads.push({ rect, props });
      await batch.add(1, 1, 120, (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) * CELL_PROPERTIES_BYTES);
    }
    return () => {
      const out = new Map<string, FillNow>();
      for (const { rect, props } of reads) {
        props.value.forEach((row, r) =>
          row.forEach((p, c) => {
            const fill = p.format?.fill ?? {};
            const none = fill.pattern === 'None' || !fill.color;
            const unrestorable =
              !none &&
              (fill.pattern === 'LinearGradient' || fill.pattern === 'RectangularGradient' || !!fill.tintAndShade || !!fill.patternTintAndShade);
            const own: Excel.CellPropertiesFill = { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor };
            out.set(cellAddress(rect.top + r, rect.left + c), { own: none ? null : { color: fill.color!, fill: own }, colour: (fill.color ?? '').toUpperCase(), unrestorable });
          }),
        );
      }
      return out;
    };
  }
  const reads: [string, Excel.RangeFill][] = [];
  for (const cell of cells) {
    const fill = worksheet.getRange(cell).format.fill;
    fill.load('color');
    reads.push([cell, fill]);
    await batch.add(3, 1, 20, 40);
  }
  return () => {
    const out = new Map<string, FillNow>();
    for (const [cell, fill] of reads) {
      const colour = (fill.color ?? '').toUpperCase();
      // Without 1.9 a cell without fill reads as white: white is restored as no fill (gridlines back), never as paint.
      out.set(cell, { own: colour === '#FFFFFF' || colour === '' ? null : { color: fill.color }, colour, unrestorable: false });
    }
    return out;
  };
}

/** Give `cells` their own fills back (queued, in syncs of the budget's size). */
async function restoreFills(batch: Batch, worksheet: Excel.Worksheet, cells: string[], fills: Record<string, OriginalFill>, cellProperties: boolean): Promise<void> {
  const bare = cells.filter((c) => !fills[c]);
  if (cellProperties) {
    for (const list of addressLists(bare)) {
      worksheet.getRanges(list.join(',')).format.fill.clear();
      await batch.add(3, 1, 250);
    }
  } else {
    for (const cell of bare) {
      worksheet.getRange(cell).format.fill.clear();
      await batch.add(3, 1, 20);
    }
  }
  for (const cell of cells.filter((c) => fills[c])) {
    const original = fills[cell];
    if (original.fill && cellProperties) worksheet.getRange(cell).setCellProperties([[{ format: { fill: original.fill } }]]);
    else worksheet.getRange(cell).format.fill.color = original.color;
    await batch.add(3, 1, 120);
  }
}

/** Colour `cells` by severity (address lists where ExcelApi 1.9 has getRanges). */
async function paintFills(batch: Batch, worksheet: Excel.Worksheet, paint: Map<string, Severity>, multiRange: boolean): Promise<void> {
  for (const severity of SEVERITIES) {
    const cells = [...paint].filter(([, s]) => s === severity).map(([c]) => c);
    if (multiRange) {
      for (const list of addressLists(cells)) {
        worksheet.getRanges(list.join(',')).format.fill.color = HIGHLIGHT_COLOURS[severity];
        await batch.add(3, 1, 260);
      }
    } else {
      for (const cell of cells) {
        worksheet.getRange(cell).format.fill.color = HIGHLIGHT_COLOURS[severity];
        await batch.add(3, 1, 30);
      }
    }
  }
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
  context.workbook.settings.add(HIGHLIGHT_KEY, JSON.stringify(record && Object.keys(record.marks).length ? record : null));
}

function protection(sheet: Excel.Worksheet): () => boolean {
  sheet.protection.load('protected, options');
  return () => sheet.protection.protected === true && sheet.protection.options?.allowFormatCells !== true;
}

export interface HighlightOptions {
  /** getCellProperties / setCellProperties and getRanges (ExcelApi 1.9). */
  cellProperties: boolean;
  /** Excel.run's mergeUndoGroup (ExcelApi 1.20): a highlight sent in several syncs is one undo step. */
  undoGroups: boolean;
}

/** Colour `cells` of `sheet` by severity, restoring earlier highlights first. Two syncs (three on a session's first call). */
export async function highlight(run: ExcelRun, store: HighlightStore, options: HighlightOptions, sheet: string, cells: HighlightCell[]): Promise<void> {
  const wanted = wantedCells(cells);
  if (wanted.size === 0) return clearHighlights(run, store, options);
  const { cellProperties } = options;
  try {
    const known = await run((context) => ensureRecord(context, store));
    if (known && known.sheet !== sheet) await clearHighlights(run, store, options);
    const paintSheet = () =>
      run(async (context): Promise<'done' | 'other-sheet'> => {
        const old = store.record ?? null;
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.load('id, name');
        const refused = protection(worksheet);
        const fillsNow = await readFills(context, worksheet, new Set([...wanted.keys(), ...Object.keys(old?.marks ?? {})]), cellProperties);
        await context.sync();
        if (refused()) throw hostError('protected');

        // A record of another sheet that had this name (renamed since): restore that one first, then start again.
        if (old && old.sheetId !== worksheet.id) return 'other-sheet';
        const now = fillsNow();
        const ours = Object.keys(old?.marks ?? {}).filter((cell) => now.get(cell)?.colour === HIGHLIGHT_COLOURS[old!.marks[cell]]); // else recoloured by the user since: theirs now
        const step = highlightStep(old, ours, wanted, (cell) => now.get(cell), (cell, severity) => now.get(cell)?.colour === HIGHLIGHT_COLOURS[severity]);
        const { restore, paint } = step;
        const next: HighlightRecord = { v: 2, sheet: worksheet.name, sheetId: worksheet.id, ...step.next };

        // The record first, once, covering the cells being restored too: should a later sync of this batch fail,
        // every cell still coloured is on record (a restored one no longer shows our colour and is skipped later).
        const all: HighlightRecord = { ...next, ...step.covering };
        saveRecord(context, all);
        const batch = new Batch(context);
        await batch.add(1, 1, JSON.stringify(all).length);
        await restoreFills(batch, worksheet, restore, old?.fills ?? {}, cellProperties);
        await paintFills(batch, worksheet, paint, cellProperties);
        await context.sync();
        store.record = next;
        return 'done';
      }, options.undoGroups ? { mergeUndoGroup: true } : {});
    if ((await paintSheet()) === 'other-sheet') {
      await clearHighlights(run, store, options);
      await paintSheet();
    }
  } catch (error) {
    throw toHostError(error, { sheet, apiSet: cellProperties ? '1.9' : undefined });
  }
}

/** Give every highlighted cell its own fill back. Two syncs (three on a session's first call). */
export async function clearHighlights(run: ExcelRun, store: HighlightStore, options: HighlightOptions): Promise<void> {
  try {
    await run(async (context) => {
      const record = await ensureRecord(context, store);
      if (!record) return;
      const worksheet = context.workbook.worksheets.getItem(record.sheetId);
      const refused = protection(worksheet);
      let fillsNow: () => Map<string, FillNow>;
      try {
        fillsNow = await readFills(context, worksheet, Object.keys(record.marks), options.cellProperties);
        await context.sync();
      } catch (error) {
        if (classify(error) !== 'no-sheet') throw error;
        saveRecord(context, null); // the sheet is gone, and its highlights with it
        await context.sync();
        store.record = null;
        return;
      }
      if (refused()) throw hostError('protected');
      const now = fillsNow();
      const ours = Object.keys(record.marks).filter((cell) => now.get(cell)?.colour === HIGHLIGHT_COLOURS[record.marks[cell]]);
      const batch = new Batch(context);
      await restoreFills(batch, worksheet, ours, record.fills, options.cellProperties);
      saveRecord(context, null); // last: should the batch stop half-way, the record still knows the rest
      await context.sync();
      store.record = null;
    }, options.undoGroups ? { mergeUndoGroup: true } : {});
  } catch (error) {
    throw toHostError(error);
  }
}

export { HIGHLIGHT_COLOURS };
