/**
 * Highlights in WPS that give the user's own fills back exactly. Before a cell is coloured its fill (pattern,
 * colour, pattern colour) is read and, when it has one, recorded, in memory and in the workbook's store sheet, so a
 * reloaded pane can still restore it. Clearing writes each recorded fill back and removes the fill of cells that had
 * none. A cell whose colour is no longer our highlight (the user recoloured it) is left as the user made it.
 * Gradient fills cannot be written back through the object model: such cells are not coloured.
 *
 * Calls are saved where most cells are alike: cells are addressed in comma lists (`B3,D7,…`, up to ~240 characters,
 * as VBA's Range takes them), one ColorIndex read tells that none of a list has a fill, one Color read that every
 * cell of a list still shows our colour; only cells that differ are asked one by one.
 */
import { parseCellAddress } from '../../core/address';
import type { Severity } from '../../core/model';
import { HostError, type HighlightCell } from '../host';
import { HIGHLIGHT_COLOURS, highlightStep, wantedCells } from '../shared/highlight';
import { addressLists } from '../shared/cells';
import { bgrToHex, hexToBgr, XL, type WpsApplication, type WpsWorksheet } from './api';
import { toHostError, wpsError } from './errors';
import { sheetNamed } from './sheets';
import { readStored, writeStored } from './store';

export const HIGHLIGHT_KEY = 'highlights';

/** A cell's own fill before it was highlighted. */
export interface OriginalFill {
  color: string;
  pattern: number;
  patternColor?: string;
}

export interface HighlightRecord {
  v: 1;
  sheet: string;
  marks: Record<string, Severity>;
  fills: Record<string, OriginalFill>;
}

/**
 * The record, in memory; `undefined` until read from the store. WPS's task pane stays open when the user turns to
 * another workbook: the record in memory is that of the workbook it was read from (`book`), and each workbook's own
 * is read from its store when it is the active one.
 */
export class HighlightStore {
  record: HighlightRecord | null | undefined = undefined;
  book: string | null = null;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A stored record; anything malformed counts as none. */
export function parseRecord(text: string | null): HighlightRecord | null {
  try {
    const r = JSON.parse(text ?? 'null') as Partial<HighlightRecord> | null;
    if (!r || r.v !== 1 || typeof r.sheet !== 'string' || !r.marks || typeof r.marks !== 'object') return null;
    const marks: HighlightRecord['marks'] = {};
    const fills: HighlightRecord['fills'] = {};
    for (const [cell, s] of Object.entries(r.marks)) if (SEVERITIES.includes(s as Severity) && parseCellAddress(cell)) marks[cell] = s as Severity;
    for (const [cell, f] of Object.entries(r.fills ?? {})) {
      if (marks[cell] && f && typeof f.color === 'string' && typeof f.pattern === 'number') fills[cell] = { color: f.color, pattern: f.pattern, ...(typeof f.patternColor === 'string' ? { patternColor: f.patternColor } : {}) };
    }
    return { v: 1, sheet: r.sheet, marks, fills };
  } catch {
    return null;
  }
}

function ensureRecord(app: WpsApplication, store: HighlightStore): HighlightRecord | null {
  const book = app.ActiveWorkbook?.Name ?? null;
  if (book !== store.book) {
    store.book = book;
    store.record = undefined;
  }
  if (store.record === undefined) store.record = parseRecord(readStored(app, HIGHLIGHT_KEY));
  return store.record;
}

/** Keep the record in the workbook; where its structure is protected (no store sheet can be added), in memory only. */
function saveRecord(app: WpsApplication, record: HighlightRecord | null): void {
  try {
    writeStored(app, HIGHLIGHT_KEY, record && Object.keys(record.marks).length ? JSON.stringify(record) : null);
  } catch (error) {
    if (!(error instanceof HostError && error.code === 'structure-protected')) throw error;
  }
}


/** A cell's fill now: its own (null: none), and whether it could be written back. */
interface FillNow {
  own: OriginalFill | null;
  colour: string;
  gradient: boolean;
}

/** The fills of `cells`: one ColorIndex call per address list when none has a fill, else cell by cell. */
function readFills(sheet: WpsWorksheet, cells: string[]): Map<string, FillNow> {
  const out = new Map<string, FillNow>();
  for (const list of addressLists(cells)) {
    if (sheet.Range(list.join(',')).Interior.ColorIndex === XL.none) {
      for (const cell of list) out.set(cell, { own: null, colour: '', gradient: false });
      continue;
    }
    for (const cell of list) {
      const interior = sheet.Range(cell).Interior;
      const pattern = Number(interior.Pattern);
      if (pattern === XL.none) {
        out.set(cell, { own: null, colour: '', gradient: false });
        continue;
      }
      const colour = bgrToHex(Number(interior.Color));
      const gradient = pattern === XL.gradientLinear || pattern === XL.gradientRectangular;
      const own: OriginalFill = { color: colour, pattern };
      if (pattern !== XL.solid && !gradient) own.patternColor = bgrToHex(Number(interior.PatternColor));
      out.set(cell, { own, colour, gradient });
    }
  }
  return out;
}

/** The marked cells still showing our colour: one Color call per list of a severity when all do, else cell by cell. */
function stillOurs(sheet: WpsWorksheet, marks: Record<string, Severity>): Set<string> {
  const ours = new Set<string>();
  for (const severity of SEVERITIES) {
    const colour = hexToBgr(HIGHLIGHT_COLOURS[severity]);
    const cells = Object.keys(marks).filter((c) => marks[c] === severity);
    for (const list of addressLists(cells)) {
      if (sheet.Range(list.join(',')).Interior.Color === colour) {
        list.forEach((c) => ours.add(c));
        continue;
      }
      for (const cell of list) {
        const interior = sheet.Range(cell).Interior;
        if (interior.Pattern !== XL.none && interior.Color === colour) ours.add(cell);
      }
    }
  }
  return ours;
}

/** Give `cells` their own fills back: none (in lists), or the recorded fill (cell by cell). */
function restoreFills(sheet: WpsWorksheet, cells: string[], fills: Record<string, OriginalFill>): void {
  for (const list of addressLists(cells.filter((c) => !fills[c]))) sheet.Range(list.join(',')).Interior.ColorIndex = XL.none;
  for (const cell of cells.filter((c) => fills[c])) {
    const f = fills[cell];
    const interior = sheet.Range(cell).Interior;
    interior.Pattern = f.pattern;
    interior.Color = hexToBgr(f.color);
    if (f.patternColor) interior.PatternColor = hexToBgr(f.patternColor);
  }
}

function refuseProtected(sheet: WpsWorksheet, name: string): void {
  if (sheet.ProtectContents === true && sheet.Protection.AllowFormattingCells !== true) throw wpsError('protected', { sheet: name });
}

/** Colour `cells` of `sheetName` by severity, restoring earlier highlights first. */
export function highlight(app: WpsApplication, store: HighlightStore, sheetName: string, cells: HighlightCell[]): void {
  const wanted = wantedCells(cells);
  if (wanted.size === 0) return clearHighlights(app, store);
  try {
    const known = ensureRecord(app, store);
    if (known && known.sheet !== sheetName) clearHighlights(app, store);
    const old = store.record ?? null;
    const sheet = sheetNamed(app, sheetName);
    refuseProtected(sheet, sheetName);

    const ours = old ? stillOurs(sheet, old.marks) : new Set<string>();
    const now = readFills(sheet, [...wanted.keys()].filter((c) => !ours.has(c)));
    const step = highlightStep(
      old,
      ours,
      wanted,
      (cell) => {
        const fill = now.get(cell);
        return fill && { own: fill.own, unrestorable: fill.gradient };
      },
      (cell, severity) => ours.has(cell) && old!.marks[cell] === severity, // a fresh cell is painted whatever it shows
    );
    const { restore, paint } = step;
    const next: HighlightRecord = { v: 1, sheet: sheetName, ...step.next };

    // The record first, covering the cells being restored too: should WPS stop half-way, every cell still
    // coloured is on record (a restored one no longer shows our colour and is skipped later).
    const all: HighlightRecord = { ...next, ...step.covering };
    saveRecord(app, all);
    store.record = all;
    restoreFills(sheet, restore, old?.fills ?? {});
    for (const severity of SEVERITIES) {
      const list = [...paint].filter(([, s]) => s === severity).map(([c]) => c);
      for (const part of addressLists(list)) sheet.Range(part.join(',')).Interior.Color = hexToBgr(HIGHLIGHT_COLOURS[severity]);
    }
    store.record = next;
  } catch (error) {
    throw toHostError(error, { sheet: sheetName });
  }
}

/** Give every highlighted cell its own fill back. */
export function clearHighlights(app: WpsApplication, store: HighlightStore): void {
  try {
    const record = ensureRecord(app, store);
    if (!record) return;
    let sheet: WpsWorksheet;
    try {
      sheet = sheetNamed(app, record.sheet);
    } catch {
      saveRecord(app, null); // the sheet is gone, and its highlights with it
      store.record = null;
      return;
    }
    refuseProtected(sheet, record.sheet);
    const ours = stillOurs(sheet, record.marks);
    restoreFills(sheet, [...ours], record.fills);
    saveRecord(app, null); // last: should WPS stop half-way, the record still knows the rest
    store.record = null;
  } catch (error) {
    throw toHostError(error);
  }
}

export { HIGHLIGHT_COLOURS };
