/**
 * HTML tables → SheetSnapshots, for the old web-system exports saved as ".xls" that are really HTML pages. One pass
 * over the text, spans placed with one "busy until row" entry per column, so the work grows with the cells and
 * the cells the spans cover (bounded by the limits), never with cells × spans as SheetJS's own HTML reader does.
 */
import type { CellObject, Range, WorkSheet } from '@e965/xlsx';
import { EXCEL_COLS, EXCEL_ROWS, type ReadLimits } from './limits';

/** Why the HTML could not be read within the limits; the caller turns it into a message. */
export class HtmlLimit extends Error {
  constructor(
    readonly kind: 'cells' | 'merges' | 'merged-cells' | 'too-wide' | 'too-many-rows',
    readonly amount: number,
    readonly row = 0,
  ) {
    super(`HTML table over the ${kind} limit (${amount})`);
  }
}

/** True when the text holds an HTML table. */
export function hasHtmlTable(text: string): boolean {
  return /<table[\s>]/i.test(text);
}

// HTML's own caps on spans (a larger value is read as these).
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

type Limits = Pick<ReadLimits, 'maxFilledCells' | 'maxMerges' | 'maxMergedCells'>;

/** A table read, in SheetJS's dense worksheet shape so it goes through the same snapshot code as a workbook. */
export interface HtmlSheet {
  name: string;
  ws: WorkSheet;
}

/** Every top-level `<table>` of `html` as a sheet named Sheet1, Sheet2… (as SheetJS names them). */
export function readHtmlTables(html: string, limits: Limits): HtmlSheet[] {
  const text = html.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const sheets: HtmlSheet[] = [];
  const budget = { cells: 0, merges: 0 };
  // Attributes may not hold < or >: every match attempt then stops at the next < or >, which keeps this linear.
  const tag = /<(\/?)([a-zA-Z][\w:-]*)([^<>]*)>/g;
  let table: TableBuilder | null = null;
  let depth = 0;
  let last = 0;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    if (table) table.text(text.slice(last, m.index));
    last = tag.lastIndex;
    if (name === 'table') {
      if (!closing) {
        if (depth++ === 0) table = new TableBuilder(limits, budget);
        else table?.text(' ');
      } else if (depth > 0 && --depth === 0 && table) {
        sheets.push(table.finish(`Sheet${sheets.length + 1}`));
        table = null;
      }
      continue;
    }
    if (!table) continue;
    if (depth > 1) {
      // A table inside a cell: its text joins the cell's.
      table.text(name === 'br' ? BR : ' ');
      continue;
    }
    if (name === 'tr') {
      if (!closing) table.row();
    } else if (name === 'td' || name === 'th') {
      if (closing) table.endCell();
      else table.cell(spanOf(m[3], 'colspan', MAX_COLSPAN), spanOf(m[3], 'rowspan', MAX_ROWSPAN));
    } else if (name === 'br') {
      table.text(BR);
    }
  }
  if (table) {
    table.text(text.slice(last));
    sheets.push(table.finish(`Sheet${sheets.length + 1}`));
  }
  return sheets;
}

function spanOf(attrs: string, name: string, max: number): number {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?\\s*(\\d+)`, 'i').exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return n >= 1 ? Math.min(n, max) : 1;
}

class TableBuilder {
  private readonly rows: CellObject[][] = [];
  private readonly merges: Range[] = [];
  /** busyUntil[c]: the last row column c is covered by a row span from above (-1 when free). */
  private readonly busyUntil: number[] = [];
  private r = -1;
  private c = 0;
  private open: { col: number; parts: string[] } | null = null;
  private mergedCells = 0;

  constructor(
    private readonly limits: Limits,
    private readonly budget: { cells: number; merges: number },
  ) {}

  row(): void {
    this.endCell();
    this.r++;
    this.c = 0;
    if (this.r >= EXCEL_ROWS) throw new HtmlLimit('too-many-rows', this.r + 1);
  }

  cell(colspan: number, rowspan: number): void {
    this.endCell();
    if (this.r < 0) this.row();
    while ((this.busyUntil[this.c] ?? -1) >= this.r) this.c++;
    const col = this.c;
    const right = col + colspan - 1;
    if (right >= EXCEL_COLS) throw new HtmlLimit('too-wide', right + 1, this.r + 1);
    if (colspan > 1 || rowspan > 1) {
      if (++this.budget.merges > this.limits.maxMerges) throw new HtmlLimit('merges', this.budget.merges);
      this.mergedCells += colspan * rowspan;
      if (this.mergedCells > this.limits.maxMergedCells) throw new HtmlLimit('merged-cells', this.mergedCells);
      const bottom = Math.min(this.r + rowspan - 1, EXCEL_ROWS - 1);
      this.merges.push({ s: { r: this.r, c: col }, e: { r: bottom, c: right } });
      if (rowspan > 1) for (let k = col; k <= right; k++) this.busyUntil[k] = bottom;
    }
    this.c = right + 1;
    this.open = { col, parts: [] };
  }

  text(s: string): void {
    if (this.open && s) this.open.parts.push(s);
  }

  endCell(): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    const shown = cellText(open.parts.join(''));
    if (!shown) return;
    if (++this.budget.cells > this.limits.maxFilledCells) throw new HtmlLimit('cells', this.budget.cells);
    const value = cellValue(shown);
    (this.rows[this.r] ??= [])[open.col] = typeof value === 'number' ? { t: 'n', v: value, w: shown } : { t: 's', v: shown, w: shown };
  }

  finish(name: string): HtmlSheet {
    this.endCell();
    return { name, ws: { '!data': this.rows, '!merges': this.merges } as WorkSheet };
  }
}

// A <br> while a cell's text is gathered (a NUL never survives to here: binary files are refused before).
const BR = '\u0000';

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", middot: '·' };

/** A cell's text as a browser shows it: tags dropped, runs of white space one space, `<br>` a line break. */
function cellText(raw: string): string {
  const flat = raw
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (whole, hex: string, dec: string, name: string) => {
      if (name) return ENTITIES[name.toLowerCase()] ?? whole;
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  // White space around a <br> is layout.
  return flat
    .split(BR)
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

/** Numbers as numbers (`1,234.5`, `95%` → 0.95), as SheetJS reads them from HTML; everything else stays text. */
function cellValue(text: string): number | string {
  const m = /^([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(%?)$/.exec(text);
  if (!m) return text;
  const n = Number(m[1].replace(/,/g, ''));
  if (!Number.isFinite(n)) return text;
  return m[2] ? n / 100 : n;
}
