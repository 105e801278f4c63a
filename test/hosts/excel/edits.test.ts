/** applyEdits: compare-and-set in at most two syncs, events off while writing, nothing written on a protected sheet. */
import { ExcelHost } from '../../../src/hosts/excel';
import { HostError } from '../../../src/hosts/host';
import type { CellEdit } from '../../../src/core/model';
import fc from 'fast-check';
import { asText } from '../../../src/hosts/shared/cells';
import { FakeExcel, FakeSheet, typedIn, userEdits } from './fake-excel';
import { hostErrorText } from '../../../src/hosts/messages';

function sheet(): FakeSheet {
  return new FakeSheet('绩效目标表', '{t}', {
    B3: { value: '≥ 95%', text: '≥ 95%' },
    D7: { value: '用户刚改过', text: '用户刚改过' },
    E5: { value: 'x', text: 'x' },
    C4: { value: 100, text: '100', formula: '=SUM(C1:C3)' },
  });
}

const edit = (cell: string, expected: string, value: string): CellEdit => ({ sheet: '绩效目标表', cell, expected, value });
const EDITS = [edit('B3', '≥ 95%', '≥95%'), edit('D7', '原来的值', '新值'), edit('E5', ' x ', 'y')];

describe.each(['1.14', '1.9', '1.8'])('applyEdits with ExcelApi %s', (api) => {
  test('writes only the cells still holding the expected text, reports the stale one, 2 syncs, events off while writing', async () => {
    const excel = new FakeExcel([sheet()], { api });
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const result = await host.applyEdits(EDITS);

    expect(result.applied.map((e) => e.cell)).toEqual(['B3', 'E5']);
    expect(result.stale).toEqual([{ edit: EDITS[1], actual: '用户刚改过' }]);
    expect(excel.syncs).toBe(2);
    expect(excel.sheet('绩效目标表').cell('B3').value).toBe('≥95%');
    expect(excel.sheet('绩效目标表').cell('E5').value).toBe('y');
    expect(excel.sheet('绩效目标表').cell('D7').value).toBe('用户刚改过');
    // enableEvents (1.8) switched off before the writes and back on after them, in the same batch
    expect(excel.log).toEqual(['sync', 'sync', 'enableEvents=false', 'write B3=≥95%', 'write E5=y', 'enableEvents=true']);
    expect(excel.writes.map((w) => w.eventsEnabled)).toEqual([false, false]);
    expect(excel.eventsEnabled).toBe(true);
  });
});

describe('applyEdits', () => {
  test('a formula cell is left alone unless the edit expects what it shows', async () => {
    const excel = new FakeExcel([sheet()]);
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const result = await host.applyEdits([edit('C4', '99', '101')]);
    expect(result).toEqual({ applied: [], stale: [{ edit: edit('C4', '99', '101'), actual: '100' }] });
    expect(excel.sheet('绩效目标表').cell('C4').formula).toBe('=SUM(C1:C3)');
    expect(excel.syncs).toBe(1); // nothing to write: no second sync
  });

  test('on ExcelApi 1.7 (no enableEvents) the change watcher ignores the add-in’s own writes but hears the user', async () => {
    const excel = new FakeExcel([sheet()], { api: '1.7' });
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const heard: number[] = [];
    const unsubscribe = await host.onSheetChanged(() => heard.push(1));

    await host.applyEdits(EDITS);
    expect(excel.log).not.toContain('enableEvents=false');
    expect(excel.writes.map((w) => w.eventsEnabled)).toEqual([true, true]); // the event was raised…
    expect(heard).toHaveLength(0); // …and recognised as ours

    await userEdits(excel, excel.sheet('绩效目标表'), 'B3', '≥90%');
    expect(heard).toHaveLength(1);

    await unsubscribe();
    await userEdits(excel, excel.sheet('绩效目标表'), 'B3', '≥80%');
    expect(heard).toHaveLength(1);
    expect(excel.sheet('绩效目标表').handlers).toHaveLength(0);
  });

  test('on ExcelApi 1.14 an event the add-in caused (triggerSource ThisLocalAddin) is ignored', async () => {
    const excel = new FakeExcel([sheet()], { api: '1.14' });
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const heard: string[] = [];
    await host.onSheetChanged(() => heard.push('changed'));
    excel.eventsEnabled = true;
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('绩效目标表').getRange('E5').values = [['z']]; // an add-in write, events on
      await context.sync();
    });
    expect(heard).toEqual([]);
    await userEdits(excel, excel.sheet('绩效目标表'), 'E5', 'w');
    expect(heard).toEqual(['changed']);
  });

  test('a protected sheet: HostError protected, nothing written, one sync', async () => {
    const s = sheet();
    s.protected = true;
    const excel = new FakeExcel([s]);
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const error = (await host.applyEdits(EDITS).catch((e: unknown) => e)) as HostError;

    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe('protected');
    expect(hostErrorText(error, 'zh-CN')).toContain('没有做任何修改');
    expect(hostErrorText(error, 'zh-CN')).toContain('撤消工作表保护');
    expect(hostErrorText(error, 'en-US')).toContain('Nothing was changed');
    expect(excel.writes).toEqual([]);
    expect(excel.syncs).toBe(1);
    expect(excel.eventsEnabled).toBe(true);
  });

  test('a protected sheet whose target cells are unlocked (an input template) is written', async () => {
    const s = sheet();
    s.protected = true;
    s.cell('B3').locked = false;
    s.cell('E5').locked = false;
    const excel = new FakeExcel([s]);
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const result = await host.applyEdits(EDITS);
    expect(result.applied.map((e) => e.cell)).toEqual(['B3', 'E5']);
    expect(excel.writes.map((w) => w.cell)).toEqual(['B3', 'E5']);
  });

  test('a write Excel refuses mid-batch: the error says some cells may be written, and events are switched back on', async () => {
    const s = sheet();
    const excel = new FakeExcel([s]);
    // Protection that the first sync did not see (another user protected the sheet in between).
    const realRun = excel.run;
    let syncsSeen = 0;
    excel.run = (batch, reuse) =>
      realRun(async (context) => {
        const sync = context.sync.bind(context);
        context.sync = async () => {
          if (++syncsSeen === 2) s.protected = true;
          return sync();
        };
        return batch(context);
      }, reuse);
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const error = (await host.applyEdits(EDITS).catch((e: unknown) => e)) as HostError;
    expect(error.code).toBe('protected');
    expect(hostErrorText(error, 'zh-CN')).toContain('部分单元格可能已经写入');
    expect(excel.writes).toEqual([]);
    expect(excel.eventsEnabled).toBe(true); // restored by a separate batch
    expect(excel.log.slice(-2)).toEqual(['sync', 'enableEvents=true']);
  });

  test('a value starting with “=” is written as text, not as a formula', async () => {
    const excel = new FakeExcel([sheet()]);
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    await host.applyEdits([edit('E5', 'x', '=100%')]);
    expect(excel.writes.map((w) => w.value)).toEqual(["'=100%"]);
  });

  test('a sheet that no longer exists: HostError sheet-gone naming it', async () => {
    const excel = new FakeExcel([sheet()]);
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const error = (await host.applyEdits([{ ...EDITS[0], sheet: '已删除' }]).catch((e: unknown) => e)) as HostError;
    expect(error.code).toBe('sheet-gone');
    expect(hostErrorText(error, 'zh-CN')).toContain('“已删除”');
  });
});

describe('text the add-in writes stays that text (issue 10)', () => {
  const values = ['=100%', '+5%', '-', '-3%', '@合计', '3-5', '1/2', '001', '95%', 'TRUE', "'引号", '≥95%', '项目名称'];

  test.each(values)('a fix to %s reads back as exactly that text, not a formula, number or date', async (value) => {
    const excel = new FakeExcel([sheet()]);
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const result = await host.applyEdits([edit('E5', 'x', value)]);
    expect(result.applied).toHaveLength(1);
    const cell = excel.sheet('绩效目标表').cell('E5');
    expect({ value: cell.value, text: cell.text, formula: cell.formula }).toEqual({ value, text: value, formula: undefined });
    // …and the checker reads it back as text, not as a formula
    const snapshot = (await host.readActiveSheet()).snapshot;
    expect(snapshot.formulas?.[2]?.[3] ?? null).toBeNull(); // E5, the used range starting at B3
  });
});

test('asText: whatever the text, Excel (as the fake types it) keeps exactly that text', () => {
  const pieces = ['=', '+', '-', '@', "'", '#', '1', '0', '5', '%', '/', '.', ',', ':', ' ', '年', '月', 'TRUE', 'Jan', '≥', '人', 'x', 'E'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }), (parts) => {
      const text = parts.join('');
      expect(typedIn(asText(text))).toEqual({ value: text, text });
    }),
    { numRuns: 3000 },
  );
  expect(asText('项目名称')).toBe('项目名称'); // plain text gets no apostrophe
  expect(asText('≥95%')).toBe('≥95%');
});

test('where Excel keeps add-in changes in its undo (ExcelApi 1.20), a batch of fixes is one undo step', async () => {
  const excel = new FakeExcel([sheet()], { api: '1.20' });
  const host = new ExcelHost({ run: excel.run, supports: excel.supports });
  await userEdits(excel, excel.sheet('绩效目标表'), 'A1', '用户的修改');
  await host.applyEdits(EDITS);
  expect(excel.runOptions.at(-1)).toEqual({ mergeUndoGroup: true });
  expect(excel.undoStack).toEqual(['edit A1', 'add-in']);
});
