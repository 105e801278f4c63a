/**
 * 保存: the user's own file back with what they changed in the preview. An .xlsx/.xlsm is patched in its package —
 * only the parts that change are written anew (the changed sheets, and where needed the styles, the workbook's
 * sheet list, the parts that refer to moved rows); every other part is copied byte for byte, so formatting,
 * merges, column widths, pictures and other sheets stay exactly as they were. An .xls cannot be patched and is
 * written as a new .xlsx; a .csv/.tsv is written as text again (or as .xlsx). Runs in the preview's worker.
 */
import type { CellRange } from '../../core/snapshot';
import { cellAddress, rangeAddress } from '../../core/address';
import type { WorkbookFormat } from '../../io';
import { writeZip } from '../../io/zip';
import { newEntry, type PackageEntry } from './package';
import { normalise } from '../../io/ooxml';
import { Package, relativeTarget } from './parts';
import { formulaAfter, refAfter, rowAfter, type RowOp } from './rows';
import { SheetXml, type CellContent, type CellWriting } from './sheet-xml';
import { MINIMAL_STYLES, Styles } from './styles';
import { attr, element, escapeAttr, escapeText, ooxmlText, stringItemText, unescapeXml, withAttr } from './xml';

/** A cell to write, in the sheet's rows and columns as they are now (value null: cleared). */
export interface SavedCell extends CellContent {
  row: number;
  col: number;
}

/** What happened to a sheet's rows and merges, in order. */
export type SheetOp = RowOp | { kind: 'merge'; range: CellRange } | { kind: 'unmerge'; range: CellRange };

/** A sheet that is in the file: its changes. */
export interface FileSheet {
  kind: 'file';
  name: string;
  ops: SheetOp[];
  /** Every cell written since the file was opened (the same value again is left alone). */
  cells: SavedCell[];
}

/** A sheet written whole: added in the preview (校验报告, a blank table), or every sheet of a converted file. */
export interface WholeSheet {
  kind: 'whole';
  name: string;
  cells: SavedCell[];
  merges: CellRange[];
  /** Column widths in pixels, by column. */
  colWidths: (number | undefined)[];
  /** Cells shown bold / with thin borders (a blank table's), as [row, col]. */
  bold: [number, number][];
  borders: [number, number][];
}

export interface SavePlan {
  /** The name the file was opened under. */
  fileName: string;
  format: WorkbookFormat;
  /** What to write. */
  target: 'xlsx' | 'csv';
  /** The file as opened (needed to patch an .xlsx/.xlsm). */
  original: Uint8Array | null;
  sheets: (FileSheet | WholeSheet)[];
}

/** What a save tells the user besides "saved". */
export type SaveNote = 'converted' | 'csv-utf8' | 'csv-one-sheet';

export interface SavedFile {
  bytes: Uint8Array;
  fileName: string;
  mime: string;
  notes: SaveNote[];
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** The saved file for `plan`. */
export async function savedFile(plan: SavePlan): Promise<SavedFile> {
  const stem = plan.fileName.replace(/\.[^./\\]*$/, '') || plan.fileName;
  if (plan.target === 'csv') {
    const delimiter = plan.format === 'tsv' ? '\t' : ',';
    const ext = plan.format === 'tsv' ? 'tsv' : 'csv';
    const notes: SaveNote[] = ['csv-utf8'];
    if (plan.sheets.length > 1) notes.push('csv-one-sheet');
    const first = plan.sheets[0];
    const text = first ? delimitedText(first.cells, delimiter) : '';
    return { bytes: new TextEncoder().encode(`\ufeff${text}`), fileName: `${stem}.${ext}`, mime: ext === 'csv' ? 'text/csv' : 'text/tab-separated-values', notes };
  }
  if (plan.original && (plan.format === 'xlsx' || plan.format === 'xlsm')) {
    return { bytes: await patchedPackage(plan.original, plan.sheets), fileName: plan.fileName, mime: XLSX_MIME, notes: [] };
  }
  return { bytes: await newWorkbook(plan.sheets), fileName: `${stem}.xlsx`, mime: XLSX_MIME, notes: ['converted'] };
}

/** The original package with the sheets' changes patched in and whole sheets added. */
async function patchedPackage(original: Uint8Array, sheets: (FileSheet | WholeSheet)[]): Promise<Uint8Array> {
  const pkg = new Package(original);
  const texts = new Map<string, string>();
  const removed = new Set<string>();
  const get = (path: string): string | null => texts.get(normalise(path)) ?? pkg.text(path);
  const set = (path: string, text: string): void => void texts.set(normalise(path), text);
  const stylesPath = pkg.workbookPart('/styles');
  const styles = stylesPath ? new Styles(pkg.text(stylesPath)) : null;
  const sstPath = pkg.workbookPart('/sharedStrings');
  let shared: string[] | null = null;
  const writing: CellWriting = {
    sharedText(index) {
      if (!shared) {
        const xml = sstPath ? pkg.text(sstPath) ?? '' : '';
        shared = [...xml.matchAll(/<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g)].map((m) => stringItemText(m[1] ?? ''));
      }
      return shared[index] ?? null;
    },
    styleWithFormat: (style, format) => (styles ? styles.styleWithFormat(style, format) : style),
    formatOf: (style) => (styles ? styles.formatOf(style) : 'General'),
  };

  let formulasChanged = false;
  for (const sheet of sheets) {
    if (sheet.kind !== 'file' || (sheet.ops.length === 0 && sheet.cells.length === 0)) continue;
    const path = pkg.sheetPath(sheet.name);
    if (!path) throw new Error(`sheet “${sheet.name}” is not in the file`);
    const xml = new SheetXml(get(path) ?? '', sheet.name);
    for (const op of sheet.ops) {
      if (op.kind === 'merge') xml.addMerge(op.range);
      else if (op.kind === 'unmerge') xml.removeMerge(op.range);
      else {
        xml.applyRowOp(op);
        formulasChanged = shiftElsewhere(pkg, path, sheet.name, op, get, set) || formulasChanged;
      }
    }
    for (const c of sheet.cells) xml.writeCell(c.row, c.col, c, writing);
    set(path, xml.toString());
    formulasChanged = formulasChanged || xml.formulasChanged;
  }

  // The calculation chain lists formula cells by address; Excel rebuilds it when it is missing, not when it is wrong.
  const calcChain = pkg.workbookPart('/calcChain');
  if (formulasChanged && calcChain) {
    removed.add(normalise(calcChain));
    const relsPath = relsPathOf(pkg.workbookPath);
    set(relsPath, (get(relsPath) ?? '').replace(/<(?:[\w.-]+:)?Relationship\b[^>]*\/calcChain"[^>]*\/>/g, ''));
    set('[Content_Types].xml', (get('[Content_Types].xml') ?? '').replace(/<(?:[\w.-]+:)?Override\b[^>]*PartName="\/?[^"]*calcChain[^"]*"[^>]*\/>/gi, ''));
  }

  const added: { path: string; text: string }[] = [];
  const whole = sheets.filter((s): s is WholeSheet => s.kind === 'whole');
  if (whole.length) {
    const relsPath = relsPathOf(pkg.workbookPath);
    let rels = get(relsPath) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"></Relationships>`;
    let workbook = get(pkg.workbookPath) ?? '';
    let types = get('[Content_Types].xml') ?? '';
    const folder = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf('/') + 1);
    const ids = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
    let sheetId = Math.max(0, ...[...workbook.matchAll(/\ssheetId="(\d+)"/g)].map((m) => Number(m[1])));
    let n = 1;
    for (const sheet of whole) {
      while (pkg.has(`${folder}worksheets/sheet${n}.xml`) || added.some((a) => normalise(a.path) === normalise(`${folder}worksheets/sheet${n}.xml`))) n++;
      const path = `${folder}worksheets/sheet${n}.xml`;
      let k = n;
      while (ids.has(`rId${k}`)) k++;
      const rid = `rId${k}`;
      ids.add(rid);
      sheetId++;
      added.push({ path, text: wholeSheetXml(sheet, (bold, border, format) => (styles ? lookStyle(styles, bold, border, format) : 0)) });
      rels = rels.replace(/<\/((?:[\w.-]+:)?)Relationships>/, `<$1Relationship Id="${rid}" Type="${REL}/worksheet" Target="${escapeAttr(relativeTarget(folder, path))}"/></$1Relationships>`);
      const sheetsEl = element(workbook, 'sheets');
      if (!sheetsEl) throw new Error('the workbook lists no sheets');
      const p = sheetsEl.prefix;
      const rPrefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(workbook)?.[1] ?? 'r';
      const needsNs = !new RegExp(`xmlns:${rPrefix}=`).test(workbook);
      const entry = `<${p}sheet name="${escapeAttr(sheet.name)}" sheetId="${sheetId}" ${rPrefix}:id="${rid}"${needsNs ? ` xmlns:${rPrefix}="${RNS}"` : ''}/>`;
      workbook = workbook.slice(0, sheetsEl.end - `</${p}sheets>`.length) + entry + workbook.slice(sheetsEl.end - `</${p}sheets>`.length);
      types = types.replace(/<\/((?:[\w.-]+:)?)Types>/, `<$1Override PartName="/${path}" ContentType="${WORKSHEET_TYPE}"/></$1Types>`);
    }
    set(relsPath, rels);
    set(pkg.workbookPath, workbook);
    set('[Content_Types].xml', types);
  }
  const stylesText = styles?.textIfChanged();
  if (stylesPath && stylesText) set(stylesPath, stylesText);

  const entries: PackageEntry[] = [];
  const encoder = new TextEncoder();
  for (const e of pkg.entries) {
    const key = normalise(e.name);
    if (removed.has(key)) continue;
    const text = texts.get(key);
    if (text === undefined || text === pkg.text(e.name)) {
      entries.push(e);
      continue;
    }
    entries.push(await newEntry(e.name, encoder.encode(text), e));
  }
  for (const a of added) entries.push(await newEntry(a.path, encoder.encode(a.text)));
  return writeZip(entries);
}

/**
 * Parts outside the sheet that point at its rows, after `op`: formulas on other sheets and in defined names and
 * charts that name the sheet, and the sheet's own pictures, comments and tables. True when a formula changed.
 */
function shiftElsewhere(pkg: Package, sheetPath: string, sheetName: string, op: RowOp, get: (p: string) => string | null, set: (p: string, t: string) => void): boolean {
  let formulas = false;
  const update = (path: string, change: (xml: string) => string): void => {
    const xml = get(path);
    if (xml === null) return;
    const next = change(xml);
    if (next !== xml) set(path, next);
  };
  const shiftFormulas = (xml: string, element: string): string =>
    xml.replace(new RegExp(`<((?:[\\w.-]+:)?)${element}(\\s[^>]*)?>([^<]*)</\\1${element}>`, 'g'), (whole, p: string, attrs: string | undefined, text: string) => {
      const moved = formulaAfter(unescapeXml(text), sheetName, op, false);
      if (moved === unescapeXml(text)) return whole;
      formulas = true;
      return `<${p}${element}${attrs ?? ''}>${escapeText(moved)}</${p}${element}>`;
    });
  for (const s of pkg.sheets) if (s.path && normalise(s.path) !== normalise(sheetPath)) update(s.path, (xml) => shiftFormulas(xml, 'f'));
  update(pkg.workbookPath, (xml) => shiftFormulas(xml, 'definedName'));
  for (const e of pkg.entries) if (/^xl\/charts\/chart\d*\.xml$/i.test(e.name)) update(e.name, (xml) => shiftFormulas(xml, 'f'));
  for (const rel of pkg.rels(sheetPath)) {
    if (rel.external) continue;
    if (/\/drawing$/.test(rel.type)) {
      // Pictures and charts anchored to cells: <xdr:from>/<xdr:to> … <xdr:row>n</xdr:row> (0-based).
      update(rel.target, (xml) =>
        xml.replace(/<((?:[\w.-]+:)?)(from|to)>([\s\S]*?)<\/\1\2>/g, (whole, p: string, name: string, inner: string) =>
          `<${p}${name}>${inner.replace(/(<(?:[\w.-]+:)?row>)(\d+)(<\/(?:[\w.-]+:)?row>)/, (_w, a: string, row: string, b: string) => `${a}${rowAfter(Number(row), op) ?? row}${b}`)}</${p}${name}>`),
      );
    } else if (/\/comments$/.test(rel.type)) {
      update(rel.target, (xml) => xml.replace(/<(?:[\w.-]+:)?comment\b[^>]*>/g, (tag) => withAttr(tag, 'ref', refAfter(attr(tag, 'ref') ?? '', op) ?? attr(tag, 'ref') ?? '')));
    } else if (/\/vmlDrawing$/.test(rel.type)) {
      update(rel.target, (xml) => xml.replace(/(<x:Row>)(\d+)(<\/x:Row>)/g, (_w, a: string, row: string, b: string) => `${a}${rowAfter(Number(row), op) ?? row}${b}`));
    } else if (/\/table$/.test(rel.type)) {
      update(rel.target, (xml) => xml.replace(/<(?:[\w.-]+:)?(?:table|autoFilter)\b[^>]*>/g, (tag) => {
        const ref = attr(tag, 'ref');
        return ref ? withAttr(tag, 'ref', refAfter(ref, op) ?? ref) : tag;
      }));
    }
  }
  return formulas;
}

function relsPathOf(path: string): string {
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  return `${folder}_rels/${path.slice(folder.length)}.rels`;
}

/** A worksheet part holding `sheet` whole; `styleOf` gives the cell format of a look (added to the styles as needed). */
function wholeSheetXml(sheet: WholeSheet, styleOf: (bold: boolean, border: boolean, format: string | null) => number): string {
  const key = (r: number, c: number) => r * 16384 + c;
  const bold = new Set(sheet.bold.map(([r, c]) => key(r, c)));
  const borders = new Set(sheet.borders.map(([r, c]) => key(r, c)));
  const cells = new Map<number, SavedCell>();
  for (const c of sheet.cells) if (c.value !== null) cells.set(key(c.row, c.col), c);
  for (const k of [...bold, ...borders]) if (!cells.has(k)) cells.set(k, { row: Math.floor(k / 16384), col: k % 16384, value: null, format: null });
  const byRow = new Map<number, SavedCell[]>();
  for (const c of cells.values()) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  const rows = [...byRow.keys()].sort((a, b) => a - b).map((r) => {
    const inRow = byRow.get(r)!.sort((a, b) => a.col - b.col);
    return `<row r="${r + 1}">${inRow.map((c) => cellText(c, styleOf(bold.has(key(c.row, c.col)), borders.has(key(c.row, c.col)), typeof c.value === 'number' ? c.format : null))).join('')}</row>`;
  });
  const cols = sheet.colWidths
    .map((px, c) => (px ? `<col min="${c + 1}" max="${c + 1}" width="${Math.max(1, Math.round(((px - 5) / 7) * 100) / 100)}" customWidth="1"/>` : ''))
    .join('');
  const merges = sheet.merges.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${rangeAddress(m)}"/>`).join('')}</mergeCells>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${RNS}">` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>${merges}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

/** The cell format of a written cell: bold, bordered, and its number format (`#,##0` keeps 14,624,640 looking so). */
function lookStyle(styles: Styles, bold: boolean, border: boolean, format: string | null): number {
  const base = styles.plainStyle(bold, border);
  return format && format !== 'General' ? styles.styleWithFormat(base, format) : base;
}

function cellText(c: SavedCell, style: number): string {
  const ref = cellAddress(c.row, c.col);
  const s = style ? ` s="${style}"` : '';
  const v = c.value;
  if (v === null) return `<c r="${ref}"${s}/>`;
  if (typeof v === 'number') return `<c r="${ref}"${s}><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  const space = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${ooxmlText(v)}</t></is></c>`;
}

/** A new workbook of whole sheets (an .xls or a text file saved as .xlsx). */
async function newWorkbook(sheets: (FileSheet | WholeSheet)[]): Promise<Uint8Array> {
  const styles = new Styles(MINIMAL_STYLES);
  const whole = sheets.filter((s): s is WholeSheet => s.kind === 'whole');
  const parts: { path: string; text: string }[] = whole.map((s, i) => ({ path: `xl/worksheets/sheet${i + 1}.xml`, text: wholeSheetXml(s, (b, x, f) => lookStyle(styles, b, x, f)) }));
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  parts.unshift(
    {
      path: '[Content_Types].xml',
      text:
        `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        whole.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${WORKSHEET_TYPE}"/>`).join('') +
        '</Types>',
    },
    { path: '_rels/.rels', text: `${decl}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      path: 'xl/workbook.xml',
      text: `${decl}<workbook xmlns="${NS}" xmlns:r="${RNS}"><sheets>${whole.map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    },
    {
      path: 'xl/_rels/workbook.xml.rels',
      text:
        `${decl}<Relationships xmlns="${PKG_REL}">` +
        whole.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${whole.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
  );
  parts.push({ path: 'xl/styles.xml', text: styles.textIfChanged() ?? MINIMAL_STYLES });
  const encoder = new TextEncoder();
  const entries: PackageEntry[] = [];
  for (const p of parts) entries.push(await newEntry(p.path, encoder.encode(p.text)));
  return writeZip(entries);
}

/** Cells as delimited text: every row down to the last one used, each cell as it shows, quoted when it must be. */
export function delimitedText(cells: SavedCell[], delimiter: ',' | '\t'): string {
  const rows: string[][] = [];
  for (const c of cells) {
    if (c.value === null) continue;
    (rows[c.row] ??= [])[c.col] = typeof c.value === 'string' ? c.value : typeof c.value === 'boolean' ? (c.value ? 'TRUE' : 'FALSE') : c.text ?? String(c.value);
  }
  const quote = (v: string) => (v.includes(delimiter) || /["\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines: string[] = [];
  for (let r = 0; r < rows.length; r++) lines.push(Array.from(rows[r] ?? [], (v) => quote(v ?? '')).join(delimiter));
  return lines.join('\r\n') + (lines.length ? '\r\n' : '');
}
