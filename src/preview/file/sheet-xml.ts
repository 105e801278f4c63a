/**
 * A worksheet part, patched in place: rows inserted and deleted the way Excel does it (cells, formulas, merges and
 * every reference in the part follow), merges added and removed, cells written. Rows nobody touched keep their
 * exact text, so a sheet whose changes cancel out (an insertion undone) comes out as it went in.
 */
import { cellAddress, columnIndex, columnLetters, parseRangeAddress, rangeAddress } from '../../core/address';
import type { CellRange } from '../../core/snapshot';
import { attr, element, escapeText, ooxmlText, stringItemText, unescapeXml, withAttr } from './xml';
import { formulaAfter, rangeRowsAfter, refAfter, rowAfter, sqrefAfter, type RowOp } from './rows';

/** A cell's content as the preview holds it, to be written (value null: the cell is cleared). */
export interface CellContent {
  value: string | number | boolean | null;
  /** The number format the typed text implies (`0%`, `#,##0`), if any. */
  format: string | null;
  /** The text the cell shows (what a .csv holds). */
  text?: string | null;
}

interface Row {
  /** 0-based row as the file had it (-1 for a new row). */
  was: number;
  row: number;
  /** The row's text as read; null once it has to be written anew. */
  raw: string | null;
  tag: string;
  cells: Cell[] | null;
}

interface Cell {
  col: number;
  /** Row the cell's `r` names; rewritten when the row moves. */
  raw: string;
}

/** What writing a cell needs from the workbook: shared texts and styles (styles.ts). */
export interface CellWriting {
  sharedText(index: number): string | null;
  /** A cell format like `style` but with number format `numFmtId` (a new one added when needed). */
  styleWithFormat(style: number, format: string): number;
  /** The number format code of cell format `style`. */
  formatOf(style: number): string;
}

const ROW = /<((?:[\w.-]+:)?)row(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/\1row>)/g;
const CELL = /<((?:[\w.-]+:)?)c(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/\1c>)/g;

export class SheetXml {
  private head: string;
  private tail: string;
  private readonly rows: Row[] = [];
  /** Element prefix the part uses (`x:` in some generators' files), for what is written new. */
  private readonly p: string;
  /** True once a formula changed or a formula cell was overwritten: the calculation chain no longer holds. */
  formulasChanged = false;

  constructor(
    private readonly original: string,
    private readonly sheetName: string,
  ) {
    const data = element(original, 'sheetData');
    if (!data) throw new Error('the worksheet has no sheetData');
    this.p = data.prefix;
    this.head = original.slice(0, data.start) + (data.inner === null ? data.tag.replace(/\s*\/>$/, '>') : data.tag);
    this.tail = `</${this.p}sheetData>` + original.slice(data.end);
    let last = -1;
    for (const m of (data.inner ?? '').matchAll(ROW)) {
      const tag = /^<[^>]*>/.exec(m[0])![0];
      const r = Number(attr(tag, 'r'));
      const row = Number.isInteger(r) && r > 0 ? r - 1 : last + 1;
      last = row;
      this.rows.push({ was: row, row, raw: m[0], tag, cells: null });
    }
  }

  /** The part's text now. */
  toString(): string {
    return this.head + this.rows.map((r) => this.rowText(r)).join('') + this.tail;
  }

  /** Apply a row insertion or deletion to everything in the part. */
  applyRowOp(op: RowOp): void {
    if (op.kind === 'insert') {
      const source = this.rows.find((r) => r.row === op.formatFrom);
      for (const r of this.rows) r.row = rowAfter(r.row, op)!;
      const at = this.rows.findIndex((r) => r.row >= op.before + op.count);
      const fresh = Array.from({ length: op.count }, (_, i) => this.newRow(op.before + i, source));
      this.rows.splice(at < 0 ? this.rows.length : at, 0, ...fresh);
    } else {
      const kept = this.rows.filter((r) => rowAfter(r.row, op) !== null);
      this.rows.length = 0;
      for (const r of kept) {
        r.row = rowAfter(r.row, op)!;
        this.rows.push(r);
      }
    }
    // Formulas anywhere in the sheet may point at the rows that moved.
    for (const r of this.rows) {
      if (r.raw !== null && !r.raw.includes('<f') && !r.raw.includes(':f')) continue;
      for (const c of this.cellsOf(r)) {
        const moved = shiftCellFormula(c.raw, (f) => formulaAfter(f, this.sheetName, op, true), op);
        if (moved !== c.raw) {
          c.raw = moved;
          r.raw = null;
          this.formulasChanged = true;
        }
      }
    }
    this.head = shiftRefsIn(this.head, op, this.sheetName);
    this.tail = shiftRefsIn(this.tail, op, this.sheetName);
  }

  /**
   * Merge `range` (its cells but the top-left are not cleared: the preview writes what it means to). A merge that
   * replaces one just unmerged from the same cell (a merge extended over new rows) takes its place in the list, so
   * undoing the rows gives the list back as it was.
   */
  addMerge(range: CellRange): void {
    const refs = this.mergeRefs();
    const ref = rangeAddress(range);
    const last = this.lastUnmerged;
    if (last && last.topLeft === cellAddress(range.top, range.left) && last.index <= refs.length) refs.splice(last.index, 0, ref);
    else refs.push(ref);
    this.lastUnmerged = null;
    this.setMerges(refs);
  }

  /** Unmerge `range` (exactly this merged area; nothing when there is none). */
  removeMerge(range: CellRange): void {
    const want = rangeAddress(range);
    const refs = this.mergeRefs();
    const index = refs.findIndex((r) => normalRange(r) === want);
    if (index < 0) return;
    refs.splice(index, 1);
    this.lastUnmerged = { topLeft: cellAddress(range.top, range.left), index };
    this.setMerges(refs);
  }

  /** The merge removed last and where it was in the list (see addMerge). */
  private lastUnmerged: { topLeft: string; index: number } | null = null;

  /** Write `content` into the cell at 0-based (row, col); nothing when it already holds exactly that. */
  writeCell(row: number, col: number, content: CellContent, writing: CellWriting): void {
    let i = this.rows.findIndex((r) => r.row >= row);
    if (i < 0 || this.rows[i].row !== row) {
      if (content.value === null) return; // clearing a cell that is not there
      const fresh: Row = { was: -1, row, raw: null, tag: `<${this.p}row r="${row + 1}">`, cells: [] };
      if (i < 0) i = this.rows.push(fresh) - 1;
      else this.rows.splice(i, 0, fresh);
    }
    const r = this.rows[i];
    const cells = this.cellsOf(r);
    let j = cells.findIndex((c) => c.col >= col);
    const existing = j >= 0 && cells[j].col === col ? cells[j] : null;
    if (existing && sameContent(existing.raw, content, writing)) return;
    const tag = existing ? /^<[^>]*>/.exec(existing.raw)![0] : null;
    if (existing && /<(?:[\w.-]+:)?f[\s>/]/.test(existing.raw)) this.formulasChanged = true;
    let style = tag ? Number(attr(tag, 's') ?? 0) : rowStyle(r.tag);
    if (content.format && typeof content.value === 'number' && !sameFormat(writing.formatOf(style), content.format)) {
      style = writing.styleWithFormat(style, content.format);
    }
    const text = cellXml(this.p, cellAddress(row, col), style, content);
    r.raw = null;
    if (text === null) {
      if (existing) cells.splice(j, 1);
      return;
    }
    if (existing) existing.raw = text;
    else {
      if (j < 0) j = cells.length;
      cells.splice(j, 0, { col, raw: text });
    }
  }

  private mergeRefs(): string[] {
    const m = element(this.tail, 'mergeCells');
    if (!m?.inner) return [];
    return [...m.inner.matchAll(/<(?:[\w.-]+:)?mergeCell\b[^>]*>/g)].map((x) => attr(x[0], 'ref') ?? '').filter(Boolean);
  }

  private setMerges(refs: string[]): void {
    const p = this.p;
    const block = refs.length ? `<${p}mergeCells count="${refs.length}">${refs.map((r) => `<${p}mergeCell ref="${r}"/>`).join('')}</${p}mergeCells>` : '';
    const m = element(this.tail, 'mergeCells');
    if (m) {
      this.tail = this.tail.slice(0, m.start) + block + this.tail.slice(m.end);
      return;
    }
    // Schema order: mergeCells comes after sheetData … customSheetViews, before phoneticPr and what follows.
    const after = /<(?:[\w.-]+:)?(?:phoneticPr|conditionalFormatting|dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)(?=[\s/>])|<\/(?:[\w.-]+:)?worksheet>/.exec(this.tail);
    const at = after ? after.index : this.tail.length;
    this.tail = this.tail.slice(0, at) + block + this.tail.slice(at);
  }

  private cellsOf(r: Row): Cell[] {
    if (r.cells) return r.cells;
    const cells: Cell[] = [];
    let last = -1;
    const inner = r.raw && !r.raw.endsWith('/>') ? r.raw.slice(r.tag.length, r.raw.lastIndexOf('<')) : '';
    for (const m of inner.matchAll(CELL)) {
      const ref = attr(/^<[^>]*>/.exec(m[0])![0], 'r');
      const col = ref ? columnIndex(/^[A-Za-z]+/.exec(ref)?.[0] ?? 'A') : last + 1;
      last = col;
      cells.push({ col, raw: m[0] });
    }
    r.cells = cells;
    return cells;
  }

  private rowText(r: Row): string {
    if (r.raw !== null && r.row === r.was) return r.raw;
    const tag = withAttr(r.tag, 'r', String(r.row + 1));
    const cells = this.cellsOf(r);
    const p = /^<([\w.-]+:)?row/.exec(r.tag)?.[1] ?? '';
    if (cells.length === 0) return tag.endsWith('/>') ? tag : `${tag}</${p}row>`;
    const open = tag.endsWith('/>') ? `${tag.slice(0, -2).replace(/\s+$/, '')}>` : tag;
    return open + cells.map((c) => withCellRow(c, r.row)).join('') + `</${p}row>`;
  }

  /** A new row made like `source` (its height and formats, Excel's "format same as above"), empty. */
  private newRow(row: number, source: Row | undefined): Row {
    let tag = `<${this.p}row r="${row + 1}">`;
    const cells: Cell[] = [];
    if (source) {
      tag = withAttr(withAttr(source.tag.replace(/\s*\/>$/, '>'), 'r', String(row + 1)), 'spans', null);
      for (const name of ['hidden', 'collapsed', 'outlineLevel']) tag = withAttr(tag, name, null);
      for (const c of this.cellsOf(source)) {
        const s = attr(/^<[^>]*>/.exec(c.raw)![0], 's');
        if (s !== null && s !== '0') cells.push({ col: c.col, raw: `<${this.p}c r="${cellAddress(row, c.col)}" s="${s}"/>` });
      }
    }
    return { was: -1, row, raw: null, tag, cells };
  }
}

/** The cell's text with its `r` naming row `row`. */
function withCellRow(c: Cell, row: number): string {
  const tag = /^<[^>]*>/.exec(c.raw)![0];
  return withAttr(tag, 'r', cellAddress(row, c.col)) + c.raw.slice(tag.length);
}

/** The style a new cell of a row takes: the row's own format when it has one. */
function rowStyle(rowTag: string): number {
  const customFormat = attr(rowTag, 'customFormat');
  return customFormat === '1' || customFormat === 'true' ? Number(attr(rowTag, 's') ?? 0) : 0;
}

/** A cell's formula (and a shared formula's range) rewritten by `shift`. */
function shiftCellFormula(raw: string, shift: (formula: string) => string, op: RowOp): string {
  return raw.replace(/<((?:[\w.-]+:)?)f(\s[^>]*)?(\/>|>([\s\S]*?)<\/\1f>)/, (whole, p: string, attrs: string | undefined, _end: string, text: string | undefined) => {
    let tag = `<${p}f${attrs ?? ''}>`;
    const ref = attr(tag, 'ref');
    if (ref) tag = withAttr(tag, 'ref', refAfter(ref, op) ?? ref);
    if (text === undefined) return whole === `<${p}f${attrs ?? ''}/>` && tag === `<${p}f${attrs ?? ''}>` ? whole : `${tag.slice(0, -1)}/>`;
    const moved = shift(unescapeXml(text));
    return moved === unescapeXml(text) && tag === `<${p}f${attrs ?? ''}>` ? whole : `${tag}${escapeText(moved)}</${p}f>`;
  });
}

/**
 * References outside the cells (used range, selection, merges, conditional formats, validations, links, filters,
 * page breaks) after `op`. A merge, link or format left with nothing is dropped.
 */
function shiftRefsIn(xml: string, op: RowOp, sheet: string): string {
  let out = xml.replace(/<((?:[\w.-]+:)?)(mergeCell|hyperlink|brk)\b[^>]*?\/>/g, (tag, _p: string, name: string) => {
    if (name === 'brk') {
      const id = Number(attr(tag, 'id'));
      if (!Number.isInteger(id)) return tag;
      const after = rowAfter(id, op);
      return after === null ? '' : withAttr(tag, 'id', String(after));
    }
    const ref = attr(tag, 'ref');
    if (!ref) return tag;
    const moved = refAfter(ref, op);
    if (moved === null) return '';
    // A merge shrunk to one cell is no merge (as Excel drops it).
    if (name === 'mergeCell' && !/:/.test(moved.replace(/^([A-Z]+\d+):\1$/, '$1'))) return '';
    return moved === ref ? tag : withAttr(tag, 'ref', moved);
  });
  out = out.replace(/<(?:[\w.-]+:)?(?:dimension|selection|pane|autoFilter|conditionalFormatting|dataValidation|ignoredError|protectedRange)\b[^>]*>/g, (tag) => {
    let t = tag;
    for (const name of ['ref', 'sqref', 'activeCell', 'topLeftCell']) {
      const v = attr(t, name);
      if (v === null) continue;
      const moved = name === 'sqref' ? sqrefAfter(v, op) : refAfter(v, op);
      if (moved !== null && moved !== v) t = withAttr(t, name, moved);
    }
    return t;
  });
  // Formulas of conditional formats and validations.
  out = out.replace(/<((?:[\w.-]+:)?)(formula[12]?)>([\s\S]*?)<\/\1\2>/g, (whole, p: string, name: string, text: string) => {
    const moved = formulaAfter(unescapeXml(text), sheet, op, true);
    return moved === unescapeXml(text) ? whole : `<${p}${name}>${escapeText(moved)}</${p}${name}>`;
  });
  // A merged-cells count follows its list.
  return out.replace(/(<(?:[\w.-]+:)?mergeCells\b[^>]*>)([\s\S]*?)(<\/(?:[\w.-]+:)?mergeCells>)/, (_w, open: string, inner: string, close: string) => {
    const n = (inner.match(/<(?:[\w.-]+:)?mergeCell\b/g) ?? []).length;
    return n === 0 ? '' : `${withAttr(open, 'count', String(n))}${inner}${close}`;
  });
}

function normalRange(ref: string): string {
  const r = parseRangeAddress(ref.replace(/\$/g, ''));
  return r ? rangeAddress(r) : ref;
}

/** True when the cell already holds exactly `content` (a value, no formula). */
function sameContent(raw: string, content: CellContent, writing: CellWriting): boolean {
  if (/<(?:[\w.-]+:)?f[\s>/]/.test(raw)) return false;
  const tag = /^<[^>]*>/.exec(raw)![0];
  const t = attr(tag, 't') ?? 'n';
  const v = /<(?:[\w.-]+:)?v>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(raw)?.[1];
  const is = /<(?:[\w.-]+:)?is>([\s\S]*?)<\/(?:[\w.-]+:)?is>/.exec(raw)?.[1];
  if (content.value === null) return v === undefined && is === undefined;
  if (typeof content.value === 'number') return t === 'n' && v !== undefined && Number(unescapeXml(v)) === content.value;
  if (typeof content.value === 'boolean') return t === 'b' && v !== undefined && (unescapeXml(v).trim() === '1') === content.value;
  if (t === 's' && v !== undefined) return writing.sharedText(Number(v)) === content.value;
  if (t === 'inlineStr' && is !== undefined) return stringItemText(is) === content.value;
  if (t === 'str' && v !== undefined) return unescapeXml(v) === content.value;
  return false;
}

function sameFormat(have: string, want: string): boolean {
  const plain = (f: string) => f.replace(/\\|"|_.|\*./g, '').toLowerCase();
  return plain(have) === plain(want);
}

/** The XML of a cell holding `content` with format `style`; null for a cleared cell with no format to keep. */
function cellXml(p: string, ref: string, style: number, content: CellContent): string | null {
  const s = style ? ` s="${style}"` : '';
  const v = content.value;
  if (v === null) return style ? `<${p}c r="${ref}"${s}/>` : null;
  if (typeof v === 'number') return `<${p}c r="${ref}"${s}><${p}v>${String(v)}</${p}v></${p}c>`;
  if (typeof v === 'boolean') return `<${p}c r="${ref}"${s} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
  const space = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : '';
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t${space}>${ooxmlText(v)}</${p}t></${p}is></${p}c>`;
}

/** Rows of a range after `op`, for parts outside the sheet (tables, comments). */
export { rangeRowsAfter, columnLetters };
