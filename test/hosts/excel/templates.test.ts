/**
 * Indicator templates in Excel: an insertion plan applied all or nothing in at most two syncs (rows in, formats
 * copied, merges, writes, selection), refused when a target is no longer empty, undone while the new rows are
 * untouched; a blank table on a new sheet; the selection.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { readWorkbookBytes } from '../../../src/io';
import { ExcelHost } from '../../../src/hosts/excel';
import { HostError } from '../../../src/hosts/host';
import { charsToPoints } from '../../../src/hosts/excel/templates';
import { recognise } from '../../../src/core/recognise';
import { cellAddress, parseCellAddress, parseRangeAddress } from '../../../src/core/address';
import { cellText } from '../../../src/core/outcome';
import type { EditPlan } from '../../../src/core/model';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { applyPlanToSnapshot, defaultCatalogue, indicatorTemplates, planBlankTable, planInsertion, rowsFor, tableTemplates, templatesFor } from '../../../src/core/templates';
import { FakeExcel, FakeSheet, sheetFromSnapshot, userEdits } from './fake-excel';
import { samplePlans } from '../../core/templates/helpers';
import { hostErrorText } from '../../../src/hosts/messages';

const SEED = path.join(__dirname, '..', '..', 'fixtures', 'samples', 'seed-shanghai-2020.xlsx');
const catalogue = defaultCatalogue();

function seedSnapshot(): SheetSnapshot {
  return readWorkbookBytes(new Uint8Array(readFileSync(SEED)), 'seed.xlsx').sheets[0];
}

/** The seed in a fake Excel, and a plan adding two catalogue rows to the first 二级 that has rows to add. */
function setup(api = '1.14') {
  const snapshot = seedSnapshot();
  const sheet = sheetFromSnapshot(snapshot);
  const excel = new FakeExcel([sheet], { api });
  const host = new ExcelHost({ run: excel.run, supports: excel.supports });
  const table = recognise(snapshot).tables[0];
  const fresh = (i: { level1: string; level2: string }) =>
    templatesFor(catalogue, table.framework, { level1: i.level1, level2: i.level2 })
      .flatMap((t) => t.rows)
      .filter((r) => !table.indicators.some((x) => x.level3 === r.level3))
      .slice(0, 2);
  const ind = table.indicators.find((i) => i.level3 && fresh(i).length > 0)!;
  const rows = fresh(ind);
  const plan = planInsertion(snapshot, table, rows, { cell: ind.cell });
  return { snapshot, sheet, excel, host, table, ind, rows, plan };
}

/** Every non-empty cell of a snapshot: address → shown text. */
function textsOf(snapshot: SheetSnapshot): Record<string, string> {
  const out: Record<string, string> = {};
  snapshot.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      const address = cellAddress(snapshot.origin.row + r, snapshot.origin.col + c);
      out[address] = cellText(snapshot, address);
    }),
  );
  return out;
}

const mergesOf = (list: string[]) => list.map((m) => parseRangeAddress(m)!);
const sorted = (merges: { top: number; left: number }[]) => [...merges].sort((a, b) => a.top - b.top || a.left - b.left);

describe.each(['1.14', '1.9'])('applyPlan with ExcelApi %s', (api) => {
  test('inserts the rows, copies their formats, merges and writes in 2 syncs (a third selects them), as the reference application does', async () => {
    const { snapshot, excel, host, ind, rows, plan } = setup(api);
    expect(plan.rowInsertions.length).toBeGreaterThan(0);
    const ins = plan.rowInsertions[0];
    const sheet = excel.sheet(snapshot.name);
    sheet.cell(cellAddress(ins.formatFromRow, 3)).fill = '#ABCDEF';

    const record = await host.applyPlan(plan);
    expect(excel.syncs).toBe(3); // read, write; then the rows are selected
    const total = plan.rowInsertions.reduce((n, i) => n + i.count, 0);
    expect(record).toEqual({ sheet: snapshot.name, rows: [{ first: ins.beforeRow, count: total }], writes: plan.writes });

    const log = excel.log.join('\n');
    expect(log).toContain(`insert ${ins.beforeRow + 1}:${ins.beforeRow + ins.count}`);
    // The format row is the one above: Excel's insert formats the new rows like it, no copy needed.
    expect(ins.formatFromRow).toBe(ins.beforeRow - 1);
    expect(log).not.toContain('copyFormats');
    for (let r = 0; r < ins.count; r++) expect(sheet.cell(cellAddress(ins.beforeRow + r, 3)).fill).toBe('#ABCDEF');
    // events off during the whole second batch, back on at its end; then the third selects the new rows
    const writeSync = excel.log.indexOf('sync', 1);
    expect(excel.log[writeSync + 1]).toBe('enableEvents=false');
    const back = excel.log.indexOf('enableEvents=true');
    expect(excel.log.slice(back + 1)).toEqual(['sync', `activate ${snapshot.name}`, `select ${sheet.address({ top: ins.beforeRow, left: 0, bottom: ins.beforeRow + total - 1, right: 16_383 })}`]);
    expect(excel.writes.every((w) => !w.eventsEnabled)).toBe(true);
    expect(excel.selection).toBe(`A${ins.beforeRow + 1}:XFD${ins.beforeRow + total}`);

    const expected = applyPlanToSnapshot(snapshot, plan);
    const after = (await host.readActiveSheet()).snapshot;
    expect(textsOf(after)).toEqual(textsOf(expected));
    expect(sorted(mergesOf(sheet.merges))).toEqual(sorted(expected.merges));
    const found = recognise(after).tables[0];
    for (const r of rows) expect(found.indicators.find((i) => i.level3 === r.level3)?.level2).toBe(ind.level2);
  });
});

describe('applyPlan', () => {
  test('new rows whose format row is not the one above get its formats copied (ExcelApi 1.9), still 2 syncs and one to select', async () => {
    const { snapshot, excel, host, plan } = setup();
    const ins = plan.rowInsertions[0];
    const moved: EditPlan = { ...plan, rowInsertions: [{ ...ins, formatFromRow: ins.beforeRow }, ...plan.rowInsertions.slice(1)] };
    const sheet = excel.sheet(snapshot.name);
    sheet.cell(cellAddress(ins.beforeRow, 3)).fill = '#ABCDEF';
    await host.applyPlan(moved);
    expect(excel.syncs).toBe(3);
    expect(excel.log).toContain(`copyFormats ${ins.beforeRow + ins.count + 1} → ${ins.beforeRow + 1}:${ins.beforeRow + ins.count}`);
    for (let r = 0; r <= ins.count; r++) expect(sheet.cell(cellAddress(ins.beforeRow + r, 3)).fill).toBe('#ABCDEF');
  });

  test('on ExcelApi 1.8 the targets are read cell by cell and the formats left as inserted; still 2 syncs and one to select', async () => {
    const { excel, host, plan } = setup('1.8');
    await host.applyPlan(plan);
    expect(excel.syncs).toBe(3);
    expect(excel.log.join('\n')).not.toContain('copyFormats');
    expect(excel.log).toContain('enableEvents=false');
  });

  test('text starting with = is written with an apostrophe, so it stays text', async () => {
    const { excel, host, plan } = setup();
    const p = parseCellAddress(plan.writes[0].cell)!;
    const changed: EditPlan = { ...plan, writes: [{ ...plan.writes[0], value: '=**%' }, ...plan.writes.slice(1)] };
    await host.applyPlan(changed);
    expect(excel.writes[0].value).toBe("'=**%");
    expect(excel.sheet(plan.sheet).cell(cellAddress(p.row, p.col)).value).toBe('=**%');
  });

  test('a target that is no longer empty aborts it with nothing changed (one sync)', async () => {
    const { snapshot, excel, host, plan } = setup();
    const before = JSON.stringify([...excel.sheet(snapshot.name).cells]);
    const mergesBefore = [...excel.sheet(snapshot.name).merges];
    // A1 holds the title: a plan writing there (above every insertion) is stale.
    const stale: EditPlan = { ...plan, writes: [...plan.writes, { sheet: plan.sheet, cell: 'A1', expected: '', value: 'x' }] };
    const error = await host.applyPlan(stale).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('stale-cells');
    expect(hostErrorText(error as HostError, 'zh-CN')).toContain('A1');
    expect(hostErrorText((error as HostError), 'zh-CN')).toContain('没有做任何修改');
    expect(hostErrorText((error as HostError), 'en-US')).toContain('Nothing was changed');
    expect(excel.syncs).toBe(1);
    expect(excel.writes).toEqual([]);
    expect(excel.log).toEqual(['sync']);
    expect(JSON.stringify([...excel.sheet(snapshot.name).cells])).toBe(before);
    expect(excel.sheet(snapshot.name).merges).toEqual(mergesBefore);
  });

  test('a protected sheet is refused before anything changes', async () => {
    const { snapshot, excel, host, plan } = setup();
    excel.sheet(snapshot.name).protected = true;
    const error = await host.applyPlan(plan).catch((e: unknown) => e);
    expect((error as HostError).code).toBe('protected');
    expect(excel.writes).toEqual([]);
  });
});

describe('undoInsertion', () => {
  test('removes the rows while they are untouched: the sheet reads as before (2 syncs)', async () => {
    const { snapshot, excel, host, plan } = setup();
    const record = await host.applyPlan(plan);
    excel.syncs = 0;
    const result = await host.undoInsertion(record);
    expect(result).toEqual({ undone: true, edited: [] });
    expect(excel.syncs).toBe(2);
    expect(excel.log.join('\n')).toContain(`delete ${record.rows[0].first + 1}:${record.rows[0].first + record.rows[0].count}`);
    const after = (await host.readActiveSheet()).snapshot;
    expect(textsOf(after)).toEqual(textsOf(snapshot));
    expect(sorted(mergesOf(excel.sheet(snapshot.name).merges))).toEqual(sorted(snapshot.merges));
  });

  test('refuses, listing the edited cell, once the user typed in a new row; nothing changes (1 sync)', async () => {
    const { snapshot, excel, host, plan } = setup();
    const record = await host.applyPlan(plan);
    const row = record.rows[0].first;
    const written = new Set(record.writes.map((w) => w.cell));
    const sheet = excel.sheet(snapshot.name);
    const mergedAt = (r: number, c: number) => sheet.merges.some((m) => {
      const [a, b = a] = m.split(':').map((x) => parseCellAddress(x)!);
      return r >= a.row && r <= b.row && c >= a.col && c <= b.col;
    });
    let col = 0;
    while (written.has(cellAddress(row, col)) || mergedAt(row, col)) col++;
    await userEdits(excel, sheet, cellAddress(row, col), '用户输入');
    excel.syncs = 0;
    const log = excel.log.length;
    const result = await host.undoInsertion(record);
    expect(result).toEqual({ undone: false, edited: [cellAddress(row, col)] });
    expect(excel.syncs).toBe(1);
    expect(excel.log.slice(log)).toEqual(['sync']);
  });
});

describe('addBlankTable', () => {
  test('adds a sheet with the cells, merges, widths and looks, activated, in 2 syncs', async () => {
    const { excel, host, snapshot } = setup();
    const plan = planBlankTable(tableTemplates(catalogue)[0], '绩效目标表', { year: 2026 });
    const name = await host.addBlankTable(plan, snapshot.name);
    expect(name).toBe(`${snapshot.name} (2)`);
    expect(excel.syncs).toBe(2);
    const sheet = excel.sheet(name);
    expect(excel.active).toBe(sheet);
    for (const w of plan.writes) expect(sheet.cell(w.cell).value).toBe(w.value);
    expect(sheet.merges).toEqual(plan.merges);
    for (const { column, width } of plan.columnWidths) expect(sheet.columnWidths.get(column)).toBe(charsToPoints(width));
    expect(sheet.borders.length).toBe(plan.borders.length * 6);
    for (const r of plan.bold) expect(sheet.cell(r.split(':')[0]).bold).toBe(true);
    // what was written reads back as a table the checker recognises
    const read = (await host.readActiveSheet()).snapshot;
    expect(recognise(read).tables[0].indicators.length).toBeGreaterThan(0);
  });
});

describe('getSelection', () => {
  test('the selected range and its sheet, in one sync', async () => {
    const { excel, host, snapshot } = setup();
    excel.selection = 'C20:D22';
    expect(await host.getSelection()).toEqual({ sheet: snapshot.name, address: 'C20:D22' });
    expect(excel.syncs).toBe(1);
  });
});

describe('every catalogue template into the seed', () => {
  const snapshot = seedSnapshot();
  const table = recognise(snapshot).tables[0];
  const cases = indicatorTemplates(catalogue)
    .map((t): [string, EditPlan] => [t.id, planInsertion(snapshot, table, rowsFor(t, table.framework), { cell: table.indicators[0].cell })])
    .filter(([, plan]) => plan.writes.length > 0);

  test('the catalogue gives plans with every kind of merge edit', () => {
    const kinds = new Set(cases.flatMap(([, plan]) => plan.merges.map((m) => m.kind)));
    expect(kinds.size).toBeGreaterThanOrEqual(2);
  });

  test.each(cases)('%s: applied as the reference application does, in 2 syncs and one to select; undone exactly in 2', async (_id, plan) => {
    const excel = new FakeExcel([sheetFromSnapshot(snapshot)]);
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const record = await host.applyPlan(plan);
    expect(excel.syncs).toBe(3); // read, write; then the rows are selected
    const expected = applyPlanToSnapshot(snapshot, plan);
    const sheet = excel.sheet(snapshot.name);
    expect(textsOf((await host.readActiveSheet()).snapshot)).toEqual(textsOf(expected));
    expect(sorted(mergesOf(sheet.merges))).toEqual(sorted(expected.merges));

    excel.syncs = 0;
    expect(await host.undoInsertion(record)).toEqual({ undone: true, edited: [] });
    expect(excel.syncs).toBe(2);
    expect(textsOf((await host.readActiveSheet()).snapshot)).toEqual(textsOf(snapshot));
    expect(sorted(mergesOf(sheet.merges))).toEqual(sorted(snapshot.merges));
  });
});

/**
 * Per sample table, one plan of each shape (the kinds of merge edit it makes, the row runs it inserts): the product
 * of every sample and every template runs once, in core (test/core/templates/insert-samples.test.ts).
 */
function oneOfEachShape(plans: [string, SheetSnapshot, EditPlan][]): [string, SheetSnapshot, EditPlan][] {
  const seen = new Map<SheetSnapshot, Set<string>>();
  return plans.filter(([, snapshot, plan]) => {
    const shape = `${[...new Set(plan.merges.map((m) => m.kind))].sort().join()}|${plan.rowInsertions.length}`;
    const shapes = seen.get(snapshot) ?? new Set<string>();
    seen.set(snapshot, shapes);
    if (shapes.has(shape)) return false;
    shapes.add(shape);
    return true;
  });
}

describe('every sample: catalogue templates at the last indicator of each table, one of each shape', () => {
  const all = samplePlans(catalogue);
  const cases = oneOfEachShape(all);

  test('a sample of the plans, with every shape of the whole', () => {
    const shapes = (plans: [string, SheetSnapshot, EditPlan][]) => new Set(plans.map(([, , p]) => [...new Set(p.merges.map((m) => m.kind))].sort().join()));
    expect(cases.length).toBeLessThan(all.length / 2);
    expect(shapes(cases)).toEqual(shapes(all));
  });

  test('the plans include split merges', () => {
    expect(cases.some(([, , plan]) => plan.merges.some((m) => m.kind === 'unmerge'))).toBe(true);
  });

  test.each(cases)('%s', async (_id, snapshot, plan) => {
    const excel = new FakeExcel([sheetFromSnapshot(snapshot)]);
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const record = await host.applyPlan(plan);
    expect(excel.syncs).toBe(3); // read, write; then the rows are selected
    const expected = applyPlanToSnapshot(snapshot, plan);
    const sheet = excel.sheet(snapshot.name);
    expect(textsOf((await host.readActiveSheet()).snapshot)).toEqual(textsOf(expected));
    expect(sorted(mergesOf(sheet.merges))).toEqual(sorted(expected.merges));
    expect(await host.undoInsertion(record)).toEqual({ undone: true, edited: [] });
    expect(textsOf((await host.readActiveSheet()).snapshot)).toEqual(textsOf(snapshot));
    expect(sorted(mergesOf(sheet.merges))).toEqual(sorted(snapshot.merges));
  });
});

describe('host behaviour (issue 10)', () => {
  test('the rows are selected only after their sheet is activated, in a step of its own after the insertion', async () => {
    const { snapshot, excel, host, plan } = setup();
    const other = new FakeSheet('说明', '{other}', { A1: { value: '填表说明' } });
    excel.sheets.push(other);
    excel.active = other; // the user switched sheets after the check
    const record = await host.applyPlan(plan);
    expect(excel.active.name).toBe(snapshot.name);
    const { first, count } = record.rows[0];
    expect(excel.selection).toBe(`A${first + 1}:XFD${first + count}`);
    expect(excel.log.indexOf(`activate ${snapshot.name}`)).toBeGreaterThan(excel.log.lastIndexOf('enableEvents=true'));
  });

  test('when selecting fails, the insertion still stands and is reported done', async () => {
    const { snapshot, excel, plan } = setup();
    excel.sheets.push(new FakeSheet('说明', '{other}'));
    excel.active = excel.sheet('说明'); // and its sheet cannot be activated: the rows cannot be selected
    const realRun = excel.run;
    excel.run = (batch, options) =>
      realRun(async (context) => {
        const sheets = context.workbook.worksheets as unknown as { getItem(name: string): { activate(): void } };
        const getItem = sheets.getItem.bind(sheets);
        sheets.getItem = (name: string) => {
          const ws = getItem(name);
          ws.activate = () => {
            throw new Error('activate is not allowed here');
          };
          return ws;
        };
        return batch(context);
      }, options);
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const record = await host.applyPlan(plan);
    expect(record.rows[0].count).toBeGreaterThan(0);
    expect(excel.active.name).toBe('说明');
    expect(excel.sheet(snapshot.name).cell(plan.writes[0].cell).value).toBe(plan.writes[0].value);
  });

  test('undoing an insertion that Excel refuses half-way switches events back on', async () => {
    const { snapshot, excel, host, plan } = setup();
    const record = await host.applyPlan(plan);
    const sheet = excel.sheet(snapshot.name);
    const realRun = excel.run;
    let syncs = 0;
    excel.run = (batch, options) =>
      realRun(async (context) => {
        const sync = context.sync.bind(context);
        context.sync = async () => {
          if (++syncs === 2) sheet.protected = true; // protected between the check and the deletion
          return sync();
        };
        return batch(context);
      }, options);
    const wrapped = new ExcelHost({ run: excel.run, supports: excel.supports });
    const error = (await wrapped.undoInsertion(record).catch((e: unknown) => e)) as HostError;
    expect(error).toEqual(expect.objectContaining({ code: 'protected' }));
    expect(error).toBeInstanceOf(HostError);
    expect(excel.eventsEnabled).toBe(true);
  });

  test.each([
    ['+5%', 'a leading +'],
    ['-3', 'a leading -'],
    ['@合计', 'a leading @'],
    ['3-5', 'a date'],
    ['1/2', 'a fraction or date'],
    ['001', 'leading zeros'],
    ['95%', 'a percentage'],
    ['TRUE', 'a boolean'],
    ["'引号", 'a leading apostrophe'],
    ['=100%', 'a leading ='],
  ])('template text %s (%s) is written as that text, never a formula or number', async (value) => {
    const { excel, host, plan } = setup();
    const target = plan.writes[0];
    const changed: EditPlan = { ...plan, writes: [{ ...target, value }, ...plan.writes.slice(1)] };
    await host.applyPlan(changed);
    const cell = excel.sheet(plan.sheet).cell(target.cell);
    expect({ value: cell.value, text: cell.text, formula: cell.formula }).toEqual({ value, text: value, formula: undefined });
  });

  test('a blank table writes its text as text too', async () => {
    const { excel, host, snapshot } = setup();
    const plan = planBlankTable(tableTemplates(catalogue)[0], '绩效目标表', { year: 2026 });
    const tricky = { ...plan, writes: [...plan.writes, { sheet: plan.sheet, cell: 'Z1', expected: '', value: '2026-1' }, { sheet: plan.sheet, cell: 'Z2', expected: '', value: '-' }] };
    const name = await host.addBlankTable(tricky, snapshot.name);
    expect(excel.sheet(name).cell('Z1')).toMatchObject({ value: '2026-1', text: '2026-1' });
    expect(excel.sheet(name).cell('Z2')).toMatchObject({ value: '-', text: '-' });
  });
});
