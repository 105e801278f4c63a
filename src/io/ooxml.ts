/**
 * The structure of an unpacked .xlsx, checked before SheetJS parses it. SheetJS quietly drops a sheet it cannot
 * parse (a missing part, garbage XML, a shared-text index past the end), which would turn a damaged file into
 * "没有找到绩效目标表"; here every sheet the workbook lists is found and scanned, so damage is reported as damage,
 * naming the part. The scan also counts the cells (the cell limit is checked before the expensive parse) and reads
 * the add-in's settings stored in the file. Sheet XML is scanned as bytes: it may be tens of megabytes.
 */
import { EXCEL_COLS, EXCEL_ROWS } from './limits';
import { latin1, type ZipEntry } from './zip';

/** One worksheet the workbook lists. */
export interface SheetPart {
  /** The name on its tab. */
  name: string;
  /** The zip part holding it (`xl/worksheets/sheet1.xml`); '' when the workbook's relationships do not say. */
  part: string;
}

/** A problem found in the structure, for the caller to turn into a message. */
export type StructureProblem =
  | { kind: 'no-workbook' }
  | { kind: 'no-sheets' }
  | { kind: 'part-missing'; sheet: string; part: string }
  | { kind: 'part-unreadable'; sheet: string; part: string }
  | { kind: 'bad-string'; sheet: string; part: string; cell: string; index: number; count: number }
  | { kind: 'beyond-grid'; sheet: string; part: string; cell: string };

/** What the scan found. */
export interface WorkbookStructure {
  /** The worksheets in tab order (chart and dialog sheets are left out). */
  sheets: SheetPart[];
  /** Cells holding a value, text or formula, over all worksheets. */
  filledCells: number;
  /** Per worksheet part: cells holding something (to tell a sheet SheetJS dropped from an empty one). */
  filledByPart: Map<string, number>;
  /** Merged areas (`<mergeCell>`), over all worksheets: the merge limit is checked before the parse too. */
  merges: number;
  /** The checker's settings stored in the workbook by the add-in (`ptcheck.settings`), parsed; absent when none. */
  addinSettings?: unknown;
}

/** The key under which the add-in stores its settings in the workbook (src/hosts/excel/settings.ts). */
export const ADDIN_SETTINGS_KEY = 'ptcheck.settings';

const RELS_WORKSHEET = /\/worksheet$/;
const RELS_OFFICE_DOCUMENT = /\/officeDocument$/;
const RELS_SHARED_STRINGS = /\/sharedStrings$/;

/** Scan the workbook in `entries`; the first problem found is returned instead of the structure. */
export function scanWorkbook(entries: readonly ZipEntry[]): WorkbookStructure | StructureProblem {
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) byName.set(normalise(e.name), e);
  const get = (name: string) => byName.get(normalise(name));

  const rootRels = relationships(get('_rels/.rels'), '');
  const officeDocument = rootRels.find((r) => RELS_OFFICE_DOCUMENT.test(r.type))?.target ?? 'xl/workbook.xml';
  // A binary workbook (.xlsb inside) is left to SheetJS; anything else without a workbook part is not a workbook.
  if (!/\.xml$/i.test(officeDocument)) return { sheets: [], filledCells: 0, filledByPart: new Map(), merges: 0 };
  const workbook = get(officeDocument);
  if (!workbook) return { kind: 'no-workbook' };

  const base = officeDocument.slice(0, officeDocument.lastIndexOf('/') + 1);
  const rels = relationships(get(`${base}_rels/${officeDocument.slice(base.length)}.rels`), base);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const listed = sheetElements(text(workbook.data));
  if (listed.length === 0) return { kind: 'no-sheets' };

  const sstRel = rels.find((r) => RELS_SHARED_STRINGS.test(r.type));
  const sst = get(sstRel?.target ?? `${base}sharedStrings.xml`);
  const sstCount = sst ? countStartTags(sst.data, 'si') : 0;

  const sheets: SheetPart[] = [];
  const filledByPart = new Map<string, number>();
  let filledCells = 0;
  let merges = 0;
  for (const s of listed) {
    const rel = relById.get(s.rid);
    if (!rel) return { kind: 'part-missing', sheet: s.name, part: s.rid || '?' };
    if (!RELS_WORKSHEET.test(rel.type)) continue;
    const entry = get(rel.target);
    if (!entry) return { kind: 'part-missing', sheet: s.name, part: rel.target };
    const scan = scanWorksheet(entry.data);
    if (!scan.sheetData) return { kind: 'part-unreadable', sheet: s.name, part: rel.target };
    if (scan.beyond) return { kind: 'beyond-grid', sheet: s.name, part: rel.target, cell: scan.beyond };
    if (scan.maxString >= sstCount) {
      return { kind: 'bad-string', sheet: s.name, part: rel.target, cell: scan.maxStringCell, index: scan.maxString + 1, count: sstCount };
    }
    sheets.push({ name: s.name, part: rel.target });
    filledByPart.set(rel.target, scan.filled);
    filledCells += scan.filled;
    merges += scan.merges;
  }
  const structure: WorkbookStructure = { sheets, filledCells, filledByPart, merges };
  const settings = addinSettings(entries);
  if (settings !== undefined) structure.addinSettings = settings;
  return structure;
}

/** Zip names compare as SheetJS compares them: without a leading slash, backslashes as slashes, any case. */
export function normalise(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase();
}

function text(data: Uint8Array): string {
  return new TextDecoder('utf-8').decode(data);
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** The relationships of a `.rels` part, targets resolved against `base` (the folder of the part they belong to). */
function relationships(entry: ZipEntry | undefined, base: string): Relationship[] {
  if (!entry) return [];
  const out: Relationship[] = [];
  for (const tag of text(entry.data).match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const a = attributes(tag);
    if (a.TargetMode === 'External' || !a.Target) continue;
    out.push({ id: a.Id ?? '', type: a.Type ?? '', target: resolve(base, a.Target) });
  }
  return out;
}

/** `<sheet name=… r:id=…/>` elements of workbook.xml, in order. */
function sheetElements(xml: string): { name: string; rid: string }[] {
  const out: { name: string; rid: string }[] = [];
  for (const tag of xml.match(/<(?:\w+:)?sheet\s[^>]*>/g) ?? []) {
    const a = attributes(tag);
    const ridKey = Object.keys(a).find((k) => /^\w+:id$/.test(k));
    out.push({ name: a.name ?? '', rid: ridKey ? a[ridKey] : '' });
  }
  return out;
}

/** The attributes of one tag, values unescaped. */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? '');
  return out;
}

/** XML text or an attribute value with its entity and character references resolved. */
export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (whole, hex: string, dec: string, name: string) => {
    if (name) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name.toLowerCase()] ?? whole;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** `target` relative to the folder `base` (both zip paths), `..` resolved; an absolute target starts at the root. */
export function resolve(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;

/** True for bytes that may appear in an XML name (ASCII letters, digits, `_ - . :`, and anything non-ASCII). */
function isNameByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x2d || b === 0x2e || b === COLON || b >= 0x80;
}

/**
 * Walk the tags of XML bytes: `visit(local, start, end)` for each start tag, with its local name (prefix dropped)
 * and the byte range of the whole tag (`<` to `>`). Comments, CDATA, processing instructions and end tags are
 * skipped. Linear: every byte is looked at a bounded number of times.
 */
function eachStartTag(data: Uint8Array, visit: (local: string, start: number, end: number) => void): void {
  const n = data.length;
  let pos = 0;
  while (pos < n) {
    const lt = data.indexOf(LT, pos);
    if (lt < 0) return;
    const next = data[lt + 1];
    if (next === 0x21 /* ! */) {
      // <!-- … -->, <![CDATA[ … ]]>, or a <!DOCTYPE …> whose [internal subset] may hold '>' of its own.
      if (data[lt + 2] === 0x2d) pos = skipPast(data, lt + 2, [0x2d, 0x2d, GT]);
      else if (data[lt + 2] === 0x5b) pos = skipPast(data, lt + 2, [0x5d, 0x5d, GT]);
      else {
        const gt = data.indexOf(GT, lt);
        if (gt < 0) return;
        // Look for '[' only before the '>': each byte is looked at once however many such tags there are.
        const bracket = data.subarray(lt, gt).indexOf(0x5b);
        pos = bracket >= 0 ? skipPast(data, lt + bracket, [0x5d]) : gt + 1;
      }
      continue;
    }
    if (next === 0x3f /* ? */ || next === SLASH) {
      const gt = data.indexOf(GT, lt + 1);
      pos = gt < 0 ? n : gt + 1;
      continue;
    }
    let p = lt + 1;
    let localStart = p;
    while (p < n && isNameByte(data[p])) {
      if (data[p] === COLON) localStart = p + 1;
      p++;
    }
    const gt = data.indexOf(GT, p);
    if (gt < 0) return;
    if (p > localStart) visit(latin1(data, localStart, p), lt, gt);
    pos = gt + 1;
  }
}

function skipPast(data: Uint8Array, from: number, end: number[]): number {
  let at = from;
  for (;;) {
    const i = data.indexOf(end[0], at);
    if (i < 0) return data.length;
    if (end.every((b, k) => data[i + k] === b)) return i + end.length;
    at = i + 1;
  }
}

function countStartTags(data: Uint8Array, local: string): number {
  let count = 0;
  eachStartTag(data, (name) => {
    if (name === local) count++;
  });
  return count;
}

/** The value of attribute `name` (no prefix) within the tag at data[start..end], as Latin-1; null when absent. */
function attribute(data: Uint8Array, start: number, end: number, name: string): string | null {
  // Attributes follow the tag name: find ` name=` then the quoted value.
  let p = start + 1;
  while (p < end && isNameByte(data[p])) p++;
  while (p < end) {
    while (p < end && !isNameByte(data[p])) p++;
    const nameStart = p;
    while (p < end && isNameByte(data[p])) p++;
    const attr = latin1(data, nameStart, p);
    while (p < end && data[p] !== 0x22 && data[p] !== 0x27 && data[p] !== GT) p++;
    if (p >= end || data[p] === GT) return null;
    const quote = data[p];
    const close = data.indexOf(quote, p + 1);
    if (close < 0 || close > end) return null;
    if (attr === name) return latin1(data, p + 1, close);
    p = close + 1;
  }
  return null;
}

interface WorksheetScan {
  sheetData: boolean;
  filled: number;
  merges: number;
  /** The highest shared-text index a cell uses (-1 when none), and that cell. */
  maxString: number;
  maxStringCell: string;
  /** The first cell or row reference beyond XFD1048576, if any. */
  beyond: string | null;
}

/** One pass over a worksheet's XML: is there a sheetData, how many cells hold something and merged areas, what they refer to. */
function scanWorksheet(data: Uint8Array): WorksheetScan {
  const out: WorksheetScan = { sheetData: false, filled: 0, merges: 0, maxString: -1, maxStringCell: '', beyond: null };
  let cell: { ref: string; shared: boolean; counted: boolean } | null = null;
  eachStartTag(data, (local, start, end) => {
    switch (local) {
      case 'sheetData':
        out.sheetData = true;
        return;
      case 'mergeCell':
        out.merges++;
        return;
      case 'row': {
        const r = attribute(data, start, end, 'r');
        if (r !== null && Number(r) > EXCEL_ROWS && !out.beyond) out.beyond = `A${r}`;
        return;
      }
      case 'c': {
        const ref = attribute(data, start, end, 'r') ?? '';
        if (ref && !out.beyond && !insideGrid(ref)) out.beyond = ref;
        // A self-closing <c …/> holds nothing.
        cell = data[end - 1] === SLASH ? null : { ref, shared: attribute(data, start, end, 't') === 's', counted: false };
        return;
      }
      case 'v':
      case 'is':
      case 'f':
        if (!cell || cell.counted) return;
        cell.counted = true;
        out.filled++;
        if (local === 'v' && cell.shared && data[end - 1] !== SLASH) {
          const index = Number(latin1(data, end + 1, Math.min(data.indexOf(LT, end), end + 16)).trim());
          if (Number.isInteger(index) && index > out.maxString) {
            out.maxString = index;
            out.maxStringCell = cell.ref;
          }
        }
        return;
    }
  });
  return out;
}

/** True when an A1 reference lies within A1:XFD1048576. */
function insideGrid(ref: string): boolean {
  const m = /^\$?([A-Za-z]{1,4})\$?(\d{1,8})$/.exec(ref);
  if (!m) return true; // not a plain reference: SheetJS decides
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]);
  return col <= EXCEL_COLS && row >= 1 && row <= EXCEL_ROWS;
}

/**
 * The add-in's settings stored in the workbook: Office keeps `workbook.settings` in a web-extension part,
 * `<we:property name="ptcheck.settings" value="…JSON…"/>`, the value a JSON text (our settings are themselves stored
 * as a JSON string, so it may be JSON twice).
 */
function addinSettings(entries: readonly ZipEntry[]): unknown {
  for (const e of entries) {
    if (!/^xl\/webextensions\/webextension\d*\.xml$/i.test(normalise(e.name))) continue;
    for (const tag of text(e.data).match(/<(?:\w+:)?property\b[^>]*>/g) ?? []) {
      const a = attributes(tag);
      if (a.name !== ADDIN_SETTINGS_KEY || a.value === undefined) continue;
      try {
        let value: unknown = JSON.parse(a.value);
        if (typeof value === 'string') value = JSON.parse(value);
        return value;
      } catch {
        return null; // stored but unreadable: reported as settings that could not be read
      }
    }
  }
  return undefined;
}
