/**
 * The host contract: what the task pane relies on, run the same way against the Excel host (fake Excel), the WPS
 * host (fake WPS) and the preview host, on every sheet of every sample file (the first collection and the second).
 * Each host must read the sheet as the file reader does (cells, shown text, merged areas, hence the same findings),
 * take the user to a cell, write fixes compare-and-set, hear the user's edits and not its own writes, highlight and
 * give the user's fills back, insert template rows and take them out again, keep settings with the workbook, add
 * the report sheet and a blank table, and refuse to write on a protected sheet.
 */
import { cellAddress, parseCellAddress, rangeAddress } from '../../../src/core/address';
import type { CellEdit, EditPlan, Finding, Severity } from '../../../src/core/model';
import { recognise } from '../../../src/core/recognise';
import { cellText, checkSheet } from '../../../src/core/outcome';
import { EMPTY_SETTINGS, type WorkbookSettings } from '../../../src/core/settings';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { applyPlanToSnapshot, defaultCatalogue, indicatorTemplates, planBlankTable, planInsertion, rowsFor, tableTemplates } from '../../../src/core/templates';
import { HostError } from '../../../src/hosts/host';
import { sampleSheets, WORLDS, type HostName, type World } from './worlds';
import { hostErrorText } from '../../../src/hosts/messages';

const COLOURS: Record<Severity, string> = { error: '#FDE7E9', warning: '#FFF4CE', info: '#EFF6FC' };
const USER_FILL = '#FFFF00';
const catalogue = defaultCatalogue();

/** Every cell with content: address → the text it shows. */
function shownCells(snapshot: SheetSnapshot): Record<string, string> {
  const out: Record<string, string> = {};
  snapshot.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = snapshot.formulas?.[r]?.[c];
      if ((value === null || value === undefined || value === '') && !formula) return;
      const address = cellAddress(snapshot.origin.row + r, snapshot.origin.col + c);
      out[address] = cellText(snapshot, address);
    }),
  );
  return out;
}

const mergesOf = (snapshot: SheetSnapshot) => snapshot.merges.map(rangeAddress).sort();
const findingsOf = (findings: Finding[]) => findings.map((f) => `${f.rule} ${f.severity} ${f.cells.join(',')}`);

/** What each sample sheet gives the file reader, worked out once for all hosts. */
interface Case {
  label: string;
  sheets: SheetSnapshot[];
  index: number;
  snapshot: SheetSnapshot;
  findings: Finding[];
  /** One template insertion into the sheet's first table (null when the sheet has none to take). */
  plan: EditPlan | null;
}

const cases: Case[] = sampleSheets().map(({ label, sheets, index }) => {
  const snapshot = sheets[index];
  const findings = checkSheet(snapshot, EMPTY_SETTINGS).findings;
  const table = recognise(snapshot).tables.find((t) => t.indicators.length > 0);
  let plan: EditPlan | null = null;
  if (table) {
    for (const template of indicatorTemplates(catalogue)) {
      const candidate = planInsertion(snapshot, table, rowsFor(template, table.framework), { cell: table.indicators[table.indicators.length - 1].cell });
      if (candidate.writes.length > 0) {
        plan = candidate;
        break;
      }
    }
  }
  return { label, sheets, index, snapshot, findings, plan };
});

const inMerge = (c: Case, cell: string) => {
  const p = parseCellAddress(cell);
  return !p || c.snapshot.merges.some((m) => m.top <= p.row && m.bottom >= p.row && m.left <= p.col && m.right >= p.col);
};

/**
 * Cells to point at, select and colour: the findings' cells outside merged areas (where selecting and colouring mean
 * the same in every host), the most severe finding winning; on a sheet without findings, a few cells with text.
 */
function markedCells(c: Case): { cell: string; severity: Severity }[] {
  const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
  const out = new Map<string, Severity>();
  for (const f of c.findings) {
    for (const cell of f.cells) {
      if (inMerge(c, cell)) continue;
      const seen = out.get(cell);
      if (!seen || rank[f.severity] > rank[seen]) out.set(cell, f.severity);
    }
  }
  if (out.size === 0) for (const cell of Object.keys(shownCells(c.snapshot)).filter((x) => !inMerge(c, x)).slice(0, 3)) out.set(cell, 'warning');
  return [...out].map(([cell, severity]) => ({ cell, severity }));
}

/** Edits to write: the findings' fixes, or (where no finding has one) text cells given a new value. */
function editsFor(c: Case): CellEdit[] {
  const fixes = c.findings.flatMap((f) => f.fix ?? []).filter((e, i, all) => all.findIndex((x) => x.cell === e.cell) === i);
  if (fixes.length >= 2) return fixes;
  const shown = shownCells(c.snapshot);
  const texts = Object.keys(shown).filter((x) => !inMerge(c, x) && !fixes.some((f) => f.cell === x) && /^[\u4e00-\u9fff]/.test(shown[x]));
  return [...fixes, ...texts.slice(0, 3 - fixes.length).map((cell) => ({ sheet: c.snapshot.name, cell, expected: shown[cell], value: `${shown[cell]}（已核）` }))];
}

test('the samples include both collections, with tables, fixes and insertions to try', () => {
  expect(cases.filter((c) => c.label.startsWith('second/')).length).toBeGreaterThanOrEqual(34);
  expect(cases.filter((c) => !c.label.startsWith('second/')).length).toBeGreaterThanOrEqual(17);
  expect(cases.filter((c) => c.plan).length).toBeGreaterThanOrEqual(45);
  expect(cases.filter((c) => c.findings.some((f) => f.fix?.length)).length).toBeGreaterThanOrEqual(10);
  expect(cases.filter((c) => markedCells(c).length > 0 && editsFor(c).length >= 2).length).toBeGreaterThanOrEqual(50);
});

describe.each(['excel', 'wps', 'preview'] as HostName[])('the %s host', (hostName) => {
  const world = (c: Case): World => WORLDS[hostName](c.sheets, c.index);

  describe.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    test('reads the cells, shown text and merged areas the file reader gives, so the findings are the same', async () => {
      const w = world(c);
      const snapshot = (await w.host.readActiveSheet()).snapshot;
      expect(snapshot.name).toBe(c.snapshot.name);
      expect(shownCells(snapshot)).toEqual(shownCells(c.snapshot));
      expect(mergesOf(snapshot)).toEqual(mergesOf(c.snapshot));
      expect(findingsOf(checkSheet(snapshot, EMPTY_SETTINGS).findings)).toEqual(findingsOf(c.findings));
    });

    const marked = markedCells(c);
    const edits = editsFor(c);
    if (marked.length === 0 || edits.length < 2) return; // an empty sheet: reading it is all there is

    test('takes the user to a cell and says it is selected', async () => {
      const w = world(c);
      const cell = marked[0].cell;
      const other = c.sheets.length > 1 ? c.sheets[(c.index + 1) % c.sheets.length].name : null;
      if (other) await w.host.selectCell(other, 'A1'); // the user went to another sheet
      await w.host.selectCell(c.snapshot.name, cell);
      expect(w.selection()).toEqual({ sheet: c.snapshot.name, address: cell });
      expect(await w.host.getSelection()).toEqual({ sheet: c.snapshot.name, address: cell });
    });

    test('writes compare-and-set, refuses a stale edit, hears the user and not its own writes', async () => {
      const w = world(c);
      await w.host.readActiveSheet();
      const heard: number[] = [];
      const unsubscribe = await w.host.onSheetChanged(() => heard.push(1));
      const [first, ...rest] = edits;
      const stale = { ...first, expected: '用户改过的内容' };
      const result = await w.host.applyEdits([...rest, stale]);
      expect(result.applied).toEqual(rest);
      expect(result.stale).toEqual([{ edit: stale, actual: first.expected }]);
      for (const e of rest) expect([e.cell, w.text(e.sheet, e.cell)]).toEqual([e.cell, e.value]);
      expect(w.text(first.sheet, first.cell)).toBe(first.expected); // never overwritten
      const reread = shownCells((await w.host.readActiveSheet()).snapshot);
      for (const e of rest) expect(reread[e.cell]).toBe(e.value);
      await w.settle();
      expect(heard).toEqual([]);

      await w.userEdits(first.sheet, first.cell, first.value); // the user changes it by hand
      await w.settle();
      expect(heard).toEqual([1]);
      await unsubscribe();
      await w.userEdits(first.sheet, first.cell, '再改一次');
      await w.settle();
      expect(heard).toEqual([1]);
    });

    test('highlights the cells and gives the user’s own fill back', async () => {
      const w = world(c);
      const painted = marked[0].cell;
      w.paint(c.snapshot.name, painted, USER_FILL);
      await w.host.highlight(c.snapshot.name, marked);
      for (const { cell: x, severity } of marked) expect([x, w.fill(c.snapshot.name, x)]).toEqual([x, COLOURS[severity]]);

      // Hosts that keep the record in the workbook restore after a reload of the pane too.
      await (w.persistsHighlights ? w.reload() : w.host).clearHighlights();
      expect(w.fill(c.snapshot.name, painted)).toBe(USER_FILL);
      for (const { cell: x } of marked.slice(1)) expect([x, w.fill(c.snapshot.name, x)]).toEqual([x, undefined]);
    });

    if (!c.plan) return;
    test('inserts template rows as the reference application does, and takes them out again', async () => {
      const w = world(c);
      const plan = c.plan!;
      const record = await w.host.applyPlan(plan);
      const expected = applyPlanToSnapshot(c.snapshot, plan);
      const after = (await w.host.readActiveSheet()).snapshot;
      expect(shownCells(after)).toEqual(shownCells(expected));
      expect(w.merges(c.snapshot.name)).toEqual(mergesOf(expected));
      const first = record.rows[0];
      if (first) expect(w.selection().sheet).toBe(c.snapshot.name);

      expect(await w.host.undoInsertion(record)).toEqual({ undone: true, edited: [] });
      expect(shownCells((await w.host.readActiveSheet()).snapshot)).toEqual(shownCells(c.snapshot));
      expect(w.merges(c.snapshot.name)).toEqual(mergesOf(c.snapshot));
    });
  });

  describe('on the seed table', () => {
    const seed = cases.find((c) => c.label === 'seed-shanghai-2020.xlsx:Sheet1')!;

    test('keeps settings with the workbook: a reloaded pane reads them back', async () => {
      const w = world(seed);
      const settings: WorkbookSettings = {
        rules: { 'target-vague': 'off' },
        ignored: [{ rule: 'target-style', sheet: seed.snapshot.name, cell: 'D27', value: '>=95%' }],
      };
      expect(await w.host.loadSettings()).toEqual(EMPTY_SETTINGS);
      await w.host.saveSettings(settings);
      expect(await w.reload().loadSettings()).toEqual(settings);
      expect(w.sheetNames()).toEqual([seed.snapshot.name]); // nothing the user sees was added
    });

    test('adds the report sheet under a free name and shows it', async () => {
      const w = world(seed);
      const rows = [['绩效目标表校验报告'], [], ['表', '单元格', '级别', '问题'], ['1', 'D27', '提示', '-写法不规范'], ['', 'B5, C7', '错误', '=100%']];
      expect(await w.host.addReportSheet('校验报告', rows)).toBe('校验报告');
      expect(await w.host.addReportSheet('校验报告', rows)).toBe('校验报告 (2)');
      expect(w.sheetNames()).toEqual([seed.snapshot.name, '校验报告', '校验报告 (2)']);
      expect(['A1', 'C3', 'D4', 'B5', 'D5', 'A4'].map((x) => w.text('校验报告', x))).toEqual(['绩效目标表校验报告', '级别', '-写法不规范', 'B5, C7', '=100%', '1']);
    });

    test('writes a blank table on a new sheet that reads back as a table', async () => {
      const w = world(seed);
      const plan = planBlankTable(tableTemplates(catalogue)[0], '绩效目标表', { year: 2026 });
      const name = await w.host.addBlankTable(plan, '绩效目标表');
      expect(w.selection()).toEqual({ sheet: name, address: 'A1' });
      for (const write of plan.writes) expect([write.cell, w.text(name, write.cell)]).toEqual([write.cell, write.value]);
      expect(w.merges(name)).toEqual([...plan.merges].sort());
      const read = (await w.host.readActiveSheet()).snapshot;
      expect(recognise(read).tables[0].indicators.length).toBeGreaterThan(0);
    });

    test('a sheet that is gone: a HostError that says so, nothing else', async () => {
      const w = world(seed);
      const error = (await w.host.selectCell('旧表', 'A1').catch((e: unknown) => e)) as HostError;
      expect(error).toBeInstanceOf(HostError);
      expect(error.code).toBe('sheet-gone');
      expect(hostErrorText(error, 'zh-CN')).toContain('旧表');
    });

    if (hostName !== 'preview') {
      test('a protected sheet: fixes and insertions refused with HostError protected, nothing written', async () => {
        const w = world(seed);
        const fix = seed.findings.flatMap((f) => f.fix ?? [])[0];
        const before = w.text(fix.sheet, fix.cell);
        w.protect!(seed.snapshot.name);
        const error = (await w.host.applyEdits([fix]).catch((e: unknown) => e)) as HostError;
        expect(error).toBeInstanceOf(HostError);
        expect(error.code).toBe('protected');
        expect(hostErrorText(error, 'zh-CN')).toContain('没有做任何修改');
        expect(w.text(fix.sheet, fix.cell)).toBe(before);
        const refused = (await w.host.applyPlan(seed.plan!).catch((e: unknown) => e)) as HostError;
        expect(refused.code).toBe('protected');
        expect(shownCells((await w.host.readActiveSheet()).snapshot)).toEqual(shownCells(seed.snapshot));
      });
    }
  });
});
