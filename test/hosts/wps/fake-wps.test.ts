/** The fake WPS itself: as strict as WPS where the host's behaviour depends on it, and every call counted. */
import { FakeWps, FakeWpsSheet, ERROR_CODES } from './fake-wps';

function wps(): FakeWps {
  const s = new FakeWpsSheet('Sheet1', {
    A1: { value: '标题' },
    B2: { value: 0.95, text: '95%', format: '0%' },
    C2: { value: '#N/A' },
    D4: { fill: '#FFFF00' },
  });
  s.merges = [{ top: 0, left: 0, bottom: 0, right: 2 }];
  return new FakeWps([s, new FakeWpsSheet('Sheet2')]);
}

test('every property read, write and method call is one call', () => {
  const w = wps();
  const app = w.application;
  const range = app.ActiveSheet!.Range('B2'); // ActiveSheet, Range
  void range.Text; // Text
  range.Value2 = 'x'; // Value2 (set)
  void range.Interior.Color; // Interior, Color
  expect(w.calls).toBe(6);
});

test('Value2: a scalar for one cell, rows for a rectangle, error values as VBA codes, undefined when empty', () => {
  const sheet = wps().application.ActiveSheet!;
  expect(sheet.Range('B2').Value2).toBe(0.95);
  expect(sheet.Range('A2:C2').Value2).toEqual([[undefined, 0.95, ERROR_CODES['#N/A']]]);
  expect(sheet.Range('B2').Text).toBe('95%');
  expect(sheet.Range('A1:C1').Text).toBeNull(); // cells showing different text
  expect(sheet.UsedRange.Address()).toBe('$A$1:$D$4'); // the filled, empty D4 counts as used, as in WPS
});

test('MergeCells is false, true or null; MergeArea is the area around the first cell', () => {
  const sheet = wps().application.ActiveSheet!;
  expect([sheet.Range('A2:C3').MergeCells, sheet.Range('A1:C1').MergeCells, sheet.Range('A1:C2').MergeCells]).toEqual([false, true, null]);
  expect(sheet.Range('B1').MergeArea.Address()).toBe('$A$1:$C$1');
  expect(sheet.Range('B2').MergeArea.Address()).toBe('$B$2');
});

test('refusals as WPS refuses: a protected sheet, a missing sheet, selecting on an inactive sheet', () => {
  const w = wps();
  const sheet = w.application.ActiveSheet!;
  w.sheets[0].protected = true;
  expect(() => (sheet.Range('B2').Value2 = 'x')).toThrow('受保护');
  expect(() => (sheet.Range('B2').Interior.Color = 0)).toThrow('受保护');
  expect(() => w.application.ActiveWorkbook!.Worksheets.Item('没有这个表')).toThrow('下标越界');
  expect(() => w.application.ActiveWorkbook!.Worksheets.Item('Sheet2').Range('A1').Select()).toThrow('不是活动工作表');
});

test('merging cells that hold values asks the user unless alerts are off', () => {
  const w = wps();
  const sheet = w.application.ActiveSheet!;
  sheet.Range('A2:B2').Merge();
  expect(w.alerts).toHaveLength(0); // only B2 holds a value
  sheet.Range('A2:B2').UnMerge();
  sheet.Range('B2').Value2 = 'a';
  sheet.Range('C2').Value2 = 'b';
  sheet.Range('B2:C2').Merge();
  expect(w.alerts).toHaveLength(1);
  sheet.Range('B2:C2').UnMerge();
  w.application.DisplayAlerts = false;
  sheet.Range('B2:C2').Merge();
  expect(w.alerts).toHaveLength(1);
});

test('inserted rows take the formats of the row above, or with CopyOrigin 1 of the row below; merges grow', () => {
  const w = wps();
  const s = w.sheets[0];
  s.cell('B5').fill = '#112233';
  s.cell('B6').fill = '#445566';
  s.merges.push({ top: 3, left: 0, bottom: 6, right: 0 }); // A4:A7
  const sheet = w.application.ActiveSheet!;
  sheet.Range('6:6').Insert(-4121, 0);
  expect(s.cell('B6').fill).toBe('#112233');
  sheet.Range('6:6').Insert(-4121, 1);
  expect(s.cell('B6').fill).toBe('#112233'); // the row below is the one just inserted
  expect(s.cell('B8').fill).toBe('#445566');
  expect(s.merges).toContainEqual({ top: 3, left: 0, bottom: 8, right: 0 });
  expect(() => sheet.Range('B6:C6').Insert(-4121)).toThrow('whole rows');
});

test('text written is read as if typed: numbers, percentages, formulas; an apostrophe keeps it text', () => {
  const w = wps();
  const sheet = w.application.ActiveSheet!;
  sheet.Range('E1:E4').Value2 = [['001'], ['95%'], ['=1+1'], ["'=1+1"]];
  expect(['E1', 'E2', 'E3', 'E4'].map((c) => [w.sheets[0].cell(c).value, w.sheets[0].cell(c).formula])).toEqual([
    [1, undefined],
    [0.95, undefined],
    ['#NAME?', '=1+1'],
    ['=1+1', undefined],
  ]);
});

test('SheetChange reaches listeners after the call by default, during it when asked', async () => {
  for (const events of ['async', 'sync'] as const) {
    const w = new FakeWps([new FakeWpsSheet('Sheet1')], { events });
    const heard: string[] = [];
    w.application.ApiEvent.AddApiEventListener('SheetChange', (sheet, target) => heard.push(`${sheet.Name}!${target.Address()}`));
    w.application.ActiveSheet!.Range('B3').Value2 = 'x';
    expect(heard).toEqual(events === 'sync' ? ['Sheet1!$B$3'] : []);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(heard).toEqual(['Sheet1!$B$3']);
  }
});

test('a call can be made to cost time, as in a real WPS', () => {
  const w = new FakeWps([new FakeWpsSheet('Sheet1')], { callCost: 2 });
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) void w.application.ActiveSheet;
  expect(performance.now() - t0).toBeGreaterThanOrEqual(10);
});
