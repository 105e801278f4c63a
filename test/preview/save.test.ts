/**
 * 保存 in the preview, without a browser: each sample opened as the page opens it (the worker's reader), changed
 * the ways the pane changes it (修正, 全部修正, 插入 and 撤销插入, 导出报告, a blank table, typing), saved, and the
 * saved file read back by an independent reader (SheetJS) and checked again. The untouched parts of the package
 * must be byte for byte the original's; an .xls comes back as .xlsx, a .csv as .csv or .xlsx.
 * (test/e2e/save.test.ts does the same through the page in Chromium.)
 */
import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import * as XLSX from '@e965/xlsx';
import type { CellObject, WorkSheet } from '@e965/xlsx';
import { checkSheet, safeFixes, type CheckOutcome } from '../../src/core/outcome';
import { EMPTY_SETTINGS } from '../../src/core/settings';
import { cellAddress, parseCellAddress } from '../../src/core/address';
import { recognise } from '../../src/core/recognise';
import { defaultCatalogue, planBlankTable, planInsertion, tableTemplates, templatesFor } from '../../src/core/templates';
import { readForPreview } from '../../src/preview/file/read';
import { entryBytes, readPackage, type StoredEntry } from '../../src/preview/file/package';
import { savedFile, type SavedFile } from '../../src/preview/file/save';
import { savePlan } from '../../src/preview/save-plan';
import { PreviewHost } from '../../src/preview/preview-host';
import { PreviewWorkbook } from '../../src/preview/preview-workbook';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { xlsx } from '../hostile/corpus';

const SAMPLES = path.join(__dirname, '..', 'fixtures', 'samples');
const XLSX_SAMPLES = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).sort();

interface Opened {
  bytes: Uint8Array;
  wb: PreviewWorkbook;
  host: PreviewHost;
  format: ReturnType<typeof readForPreview>['format'];
}

function open(bytes: Uint8Array, name: string): Opened {
  const read = readForPreview(bytes, name);
  const wb = PreviewWorkbook.fromSnapshots(name, read.sheets, read.looks);
  // The sheet with the table, as a user would have it on screen.
  const index = read.sheets.findIndex((s) => recognise(s).tables.length > 0);
  if (index > 0) wb.activate(index);
  return { bytes, wb, host: new PreviewHost(wb), format: read.format };
}

const sample = (name: string): Opened => open(new Uint8Array(readFileSync(path.join(SAMPLES, name))), name);
const save = (o: Opened, target: 'xlsx' | 'csv' = 'xlsx'): Promise<SavedFile> => savedFile(savePlan(o.wb, o.bytes, o.format, target));
const check = async (o: Opened): Promise<CheckOutcome> => checkSheet((await o.host.readActiveSheet()).snapshot, EMPTY_SETTINGS);

/** Every cell SheetJS reads in a sheet: address → value and shown text. */
function sheetCells(ws: WorkSheet): Map<string, [unknown, string | undefined]> {
  const out = new Map<string, [unknown, string | undefined]>();
  for (const [key, cell] of Object.entries(ws)) {
    if (key.startsWith('!')) continue;
    const c = cell as CellObject;
    if (c.t === 'z' || c.v === undefined || c.v === '') continue;
    out.set(key, [c.v, c.w]);
  }
  return out;
}

/** The entries of two packages by name; `changed` lists the parts whose bytes differ. */
function compareParts(before: Uint8Array, after: Uint8Array): { changed: string[]; missing: string[]; added: string[] } {
  const a = readPackage(before);
  const b = new Map(readPackage(after).map((e): [string, StoredEntry] => [e.name, e]));
  const changed: string[] = [];
  const missing: string[] = [];
  for (const e of a) {
    const f = b.get(e.name);
    b.delete(e.name);
    if (!f) missing.push(e.name);
    // Byte for byte as stored: header, compressed data and all (an untouched part is copied, not recompressed).
    else if (Buffer.compare(Buffer.from(e.local), Buffer.from(f.local)) !== 0) changed.push(e.name);
  }
  return { changed, missing, added: [...b.keys()] };
}

/** The snapshot of a saved file's sheet, as the reader reads it. */
function readBack(saved: Uint8Array, name: string, sheet: string): SheetSnapshot {
  return readForPreview(saved, name).sheets.find((s) => s.name === sheet)!;
}

/** Cell values and shown text of a snapshot by address. */
function snapshotCells(s: SheetSnapshot): Record<string, string> {
  const out: Record<string, string> = {};
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      out[cellAddress(s.origin.row + r, s.origin.col + c)] = String(s.texts?.[r]?.[c] ?? v);
    }),
  );
  return out;
}

const byRange = (a: { top: number; left: number }, b: { top: number; left: number }) => a.top - b.top || a.left - b.left;

describe.each(XLSX_SAMPLES)('保存 %s', (name) => {
  test('修正: only the changed cells differ; every other part byte for byte; SheetJS reads it; the fixed findings are gone', async () => {
    const o = sample(name);
    const sheetName = o.wb.activeSheet.name;
    const before = await check(o);
    let edits = safeFixes(before.findings);
    if (edits.length === 0) {
      // Nothing to autofix in this one: the user types a target instead.
      const target = before.sheet.tables[0].indicators[0];
      edits = [{ sheet: sheetName, cell: target.cell, expected: o.wb.activeSheet.text(parseCellAddress(target.cell)!.row, parseCellAddress(target.cell)!.col), value: '≥95%' }];
    }
    const result = await o.host.applyEdits(edits);
    expect(result.stale).toEqual([]);
    expect(o.wb.unsaved).toBe(true);
    const saved = await save(o);
    expect(saved.fileName).toBe(name);
    expect(saved.notes).toEqual([]);

    // The package: only the edited sheet's part is new (and styles only where a typed number needs a format).
    const parts = compareParts(o.bytes, saved.bytes);
    const sheetPart = readPackage(o.bytes).find((e) => /worksheets\/sheet\d+\.xml$/.test(e.name) && entryText(e).includes(edits[0].expected.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').slice(0, 3)));
    expect(parts.missing).toEqual([]);
    expect(parts.added).toEqual([]);
    expect(parts.changed.length).toBe(1);
    expect(parts.changed[0]).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    if (sheetPart) expect(parts.changed).toEqual([sheetPart.name]);

    // An independent reader: every cell as before, but the edited ones; merges and column widths as before.
    const x0 = XLSX.read(o.bytes, { type: 'array', cellStyles: true });
    const x1 = XLSX.read(saved.bytes, { type: 'array', cellStyles: true });
    expect(x1.SheetNames).toEqual(x0.SheetNames);
    for (const s of x0.SheetNames) {
      const c0 = sheetCells(x0.Sheets[s]);
      const c1 = sheetCells(x1.Sheets[s]);
      for (const e of s === sheetName ? edits : []) {
        expect([e.cell, c1.get(e.cell)?.[0]]).toEqual([e.cell, e.value]);
        c0.delete(e.cell);
        c1.delete(e.cell);
      }
      expect(c1).toEqual(c0);
      expect(x1.Sheets[s]['!merges'] ?? []).toEqual(x0.Sheets[s]['!merges'] ?? []);
      expect(x1.Sheets[s]['!cols'] ?? []).toEqual(x0.Sheets[s]['!cols'] ?? []);
    }

    // Checked again: what was fixed is gone, nothing new appeared.
    const after = checkSheet(readBack(saved.bytes, name, sheetName), EMPTY_SETTINGS);
    const key = (f: { rule: string; cells: string[] }) => `${f.rule}@${f.cells[0]}`;
    const fixed = new Set(before.findings.filter((f) => f.fix?.some((e) => edits.some((x) => x.cell === e.cell))).map(key));
    for (const f of after.findings) expect(fixed.has(key(f)) ? key(f) : '').toBe('');
    if (safeFixes(before.findings).length) expect(after.findings.length).toBe(before.findings.length - fixed.size);
  });

  test('插入 then 保存: the file reads back as the preview shows it; 撤销插入 then 保存: the file is the original', async () => {
    const o = sample(name);
    const sheetName = o.wb.activeSheet.name;
    const snapshot = (await o.host.readActiveSheet()).snapshot;
    const table = recognise(snapshot).tables.find((t) => t.indicators.length > 0 && t.framework !== 'unknown');
    if (!table) return; // no framework, no templates to insert
    const offered = templatesFor(defaultCatalogue(), table.framework).find((x) => x.template.kind === 'category')!;
    const last = table.indicators[table.indicators.length - 1];
    const plan = planInsertion(snapshot, table, offered.rows, { cell: last.cell });
    expect(plan.writes.length).toBeGreaterThan(0);
    const record = await o.host.applyPlan(plan);

    const saved = await save(o);
    const shown = (await o.host.readActiveSheet()).snapshot;
    const back = readBack(saved.bytes, name, sheetName);
    expect(snapshotCells(back)).toEqual(snapshotCells(shown));
    expect([...back.merges].sort(byRange)).toEqual([...shown.merges].sort(byRange));
    // Every other sheet untouched; SheetJS reads the saved file too.
    const x1 = XLSX.read(saved.bytes, { type: 'array' });
    expect(x1.SheetNames).toContain(sheetName);
    expect(checkSheet(back, EMPTY_SETTINGS).findings.filter((f) => f.rule === 'target-missing').length).toBe(
      checkSheet(shown, EMPTY_SETTINGS).findings.filter((f) => f.rule === 'target-missing').length,
    );

    expect(await o.host.undoInsertion(record)).toEqual({ undone: true, edited: [] });
    const again = await save(o);
    expect(compareParts(o.bytes, again.bytes)).toEqual({ changed: [], missing: [], added: [] });
  });
});

function entryText(e: StoredEntry): string {
  return Buffer.from(entryBytes(e)).toString('utf8');
}

describe('保存 with sheets added in the preview', () => {
  test('导出报告 and a blank table: two new sheets in the package; the original sheets and parts untouched', async () => {
    const o = sample('seed-shanghai-2020.xlsx');
    const outcome = await check(o);
    await o.host.addReportSheet('校验报告', [['绩效目标表校验报告'], ['工作表：Sheet1'], [], ['表', '单元格', '级别'], ['1', 'D27', outcome.findings[0].severity]]);
    const blank = planBlankTable(tableTemplates(defaultCatalogue())[0], '绩效目标表');
    await o.host.addBlankTable(blank, '绩效目标表');
    const saved = await save(o);
    const parts = compareParts(o.bytes, saved.bytes);
    expect(parts.missing).toEqual([]);
    expect(parts.added.sort()).toEqual(['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']);
    // The sheet list, its relationships and content types say so; the styles gain bold and bordered formats.
    expect(parts.changed.sort()).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml']);
    const x = XLSX.read(saved.bytes, { type: 'array', cellStyles: true });
    expect(x.SheetNames).toEqual(['Sheet1', '校验报告', '绩效目标表']);
    expect(x.Sheets['校验报告'].A1.v).toBe('绩效目标表校验报告');
    expect(x.Sheets['校验报告'].B5.v).toBe('D27');
    // The blank table reads back as a table, with its merges and widths.
    const back = readBack(saved.bytes, 'x.xlsx', '绩效目标表');
    expect(recognise(back).tables).toHaveLength(1);
    expect(back.merges.length).toBe(blank.merges.length);
    expect((x.Sheets['绩效目标表']['!cols'] ?? []).filter(Boolean).length).toBe(blank.columnWidths.length);
    expect(x.Sheets['Sheet1'].A1.v).toBe('财政项目支出绩效目标表');
  });

  test('nothing changed: 保存 gives the file back byte for byte', async () => {
    const o = sample('real-shanghai-putuo-2026-1.xlsx');
    expect(o.wb.unsaved).toBe(false);
    const saved = await save(o);
    expect(Buffer.compare(Buffer.from(saved.bytes), Buffer.from(o.bytes))).toBe(0);
  });
});

describe('保存 of files that cannot be patched', () => {
  test('an .xls is saved as a new .xlsx holding what the preview shows, with a note', async () => {
    const o = sample('seed-shanghai-2020.xls');
    await o.host.applyEdits([{ sheet: 'Sheet1', cell: 'D27', expected: '>=200人', value: '≥200人' }]);
    const saved = await save(o);
    expect(saved.fileName).toBe('seed-shanghai-2020.xlsx');
    expect(saved.notes).toEqual(['converted']);
    const shown = (await o.host.readActiveSheet()).snapshot;
    const back = readBack(saved.bytes, 'seed-shanghai-2020.xlsx', 'Sheet1');
    expect(snapshotCells(back)).toEqual(snapshotCells(shown));
    expect([...back.merges].sort(byRange)).toEqual([...shown.merges].sort(byRange));
    expect(XLSX.read(saved.bytes, { type: 'array' }).Sheets.Sheet1.D27.v).toBe('≥200人');
  });

  test('a .csv is saved as a .csv (UTF-8 with a BOM) or as an .xlsx; the text reads back as the preview shows it', async () => {
    const tsv = readFileSync(path.join(SAMPLES, 'seed-shanghai-2020.tsv'), 'utf8');
    const csv = tsv
      .split('\n')
      .map((line) => line.split('\t').map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(','))
      .join('\n');
    const o = open(new Uint8Array(Buffer.from(csv, 'utf8')), '目标表.csv');
    await o.host.applyEdits([{ sheet: '目标表', cell: 'D27', expected: '>=200人', value: '≥200人' }]);
    await o.host.addReportSheet('校验报告', [['报告']]);
    const shown = (await o.host.readActiveSheet()).snapshot;

    const asCsv = await save(o, 'csv');
    expect(asCsv.fileName).toBe('目标表.csv');
    expect(asCsv.notes).toEqual(['csv-utf8', 'csv-one-sheet']);
    expect([...asCsv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(snapshotCells(readForPreview(asCsv.bytes, '目标表.csv').sheets[0])).toEqual(snapshotCells(shown));

    const asXlsx = await save(o, 'xlsx');
    expect(asXlsx.fileName).toBe('目标表.xlsx');
    expect(XLSX.read(asXlsx.bytes, { type: 'array' }).SheetNames).toEqual(['目标表', '校验报告']);
    expect(snapshotCells(readBack(asXlsx.bytes, '目标表.xlsx', '目标表'))).toEqual(snapshotCells(shown));
  });
});

describe('保存 after rows were inserted: what points at the rows follows them, as in Excel', () => {
  const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const sheet1 =
    `<worksheet xmlns="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:C6"/>` +
    '<sheetViews><sheetView workbookViewId="0"><selection activeCell="C6" sqref="C6"/></sheetView></sheetViews><sheetData>' +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c><c r="B1" t="inlineStr"><is><t>金额</t></is></c></row>' +
    '<row r="2" ht="20" customHeight="1"><c r="A2" s="0" t="inlineStr"><is><t>甲</t></is></c><c r="B2"><v>10</v></c></row>' +
    '<row r="3"><c r="A3" t="inlineStr"><is><t>乙</t></is></c><c r="B3"><v>20</v></c></row>' +
    '<row r="4"><c r="A4" t="inlineStr"><is><t>丙</t></is></c><c r="B4"><v>30</v></c></row>' +
    '<row r="6"><c r="A6" t="inlineStr"><is><t>合计</t></is></c><c r="B6"><f>SUM(B2:B4)</f><v>60</v></c><c r="C6"><f>B6/$B$6</f><v>1</v></c></row>' +
    '</sheetData><mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>' +
    '<conditionalFormatting sqref="B2:B4"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>$B$6/2</formula></cfRule></conditionalFormatting>' +
    '<dataValidations count="1"><dataValidation type="list" sqref="A4"><formula1>$A$2:$A$4</formula1></dataValidation></dataValidations>' +
    '<hyperlinks><hyperlink ref="A6" location="Sheet2!A1"/></hyperlinks></worksheet>';
  const sheet2 = `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1"><f>Sheet1!B6+'Sheet1'!B2</f><v>70</v></c><c r="B1"><f>B6</f><v>0</v></c></row></sheetData></worksheet>`;

  test('formulas on the sheet and on others, merges, conditional formats, validations, links, the selection, defined names', async () => {
    const workbook = Buffer.from(
      xlsx(
        [
          ['Sheet1', sheet1],
          ['Sheet2', sheet2],
        ],
        [],
        { sheetsXml: '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/><sheet name="Sheet2" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Sheet1!$A$1:$C$6</definedName></definedNames>' },
      ),
    );
    const o = open(new Uint8Array(workbook), 'rows.xlsx');
    const sheet = o.wb.activeSheet;
    sheet.insertRows(3, 2, 1); // two rows before row 4 (丙), formatted like row 2 (20 points high)
    o.wb.writeByHost(sheet, [{ row: 3, col: 0, text: '丁' }]);
    const saved = await save(o);
    const pkg = new Map(readPackage(saved.bytes).map((e): [string, string] => [e.name, Buffer.from(entryBytes(e)).toString('utf8')]));
    const s1 = pkg.get('xl/worksheets/sheet1.xml')!;
    expect(s1).toContain('<f>SUM(B2:B6)</f>'); // the range grows over the new rows
    expect(s1).toContain('<c r="C8"><f>B8/$B$8</f>');
    expect(s1).toContain('<mergeCell ref="A2:A3"/>'); // above the new rows: as it was
    expect(s1).toContain('<conditionalFormatting sqref="B2:B6">');
    expect(s1).toContain('<formula>$B$8/2</formula>');
    expect(s1).toContain('<dataValidation type="list" sqref="A6"><formula1>$A$2:$A$6</formula1>');
    expect(s1).toContain('<hyperlink ref="A8" location="Sheet2!A1"/>');
    expect(s1).toContain('<selection activeCell="C8" sqref="C8"/>');
    expect(s1).toContain('<dimension ref="A1:C8"/>');
    expect(s1).toContain('<row r="4" ht="20" customHeight="1"><c r="A4" t="inlineStr"><is><t>丁</t></is></c></row>');
    const s2 = pkg.get('xl/worksheets/sheet2.xml')!;
    expect(s2).toContain("<f>Sheet1!B8+'Sheet1'!B2</f>");
    expect(s2).toContain('<f>B6</f>'); // its own B6, not Sheet1's
    expect(pkg.get('xl/workbook.xml')).toContain('Sheet1!$A$1:$C$8');
    // SheetJS agrees.
    const x = XLSX.read(saved.bytes, { type: 'array', cellFormula: true });
    expect(x.Sheets.Sheet1.B8.f).toBe('SUM(B2:B6)');
    expect(x.Sheets.Sheet1.A4.v).toBe('丁');
    expect(x.Sheets.Sheet1.A6.v).toBe('丙');
  });

  test('rows inserted and deleted again: the sheet part comes back byte for byte', async () => {
    const o = sample('seed-shanghai-2020.xlsx');
    o.wb.activeSheet.insertRows(27, 3, 26);
    o.wb.activeSheet.deleteRows(27, 3);
    const saved = await save(o);
    expect(compareParts(o.bytes, saved.bytes)).toEqual({ changed: [], missing: [], added: [] });
  });

  test('a number typed as 95% or 1,234 keeps its look: a cell format with that number format is added', async () => {
    const o = sample('seed-shanghai-2020.xlsx');
    const sheet = o.wb.activeSheet;
    o.wb.editByUser(40, 1, '95%');
    o.wb.editByUser(40, 2, '1,234');
    o.wb.editByUser(40, 3, '12');
    expect(sheet.text(40, 1)).toBe('95%');
    const saved = await save(o);
    const x = XLSX.read(saved.bytes, { type: 'array' });
    expect([x.Sheets.Sheet1.B41.v, x.Sheets.Sheet1.B41.w]).toEqual([0.95, '95%']);
    expect([x.Sheets.Sheet1.C41.v, x.Sheets.Sheet1.C41.w]).toEqual([1234, '1,234']);
    expect([x.Sheets.Sheet1.D41.v, x.Sheets.Sheet1.D41.w]).toEqual([12, '12']);
    expect(compareParts(o.bytes, saved.bytes).changed.sort()).toEqual(['xl/styles.xml', 'xl/worksheets/sheet1.xml']);
  });
});
