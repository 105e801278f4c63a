/** The fake Excel refuses what Excel refuses, so the host's tests cannot pass on code that would fail in Office. */
import { FakeExcel, FakeSheet, typedIn, userEdits, WEB_PAYLOAD_LIMIT } from './fake-excel';

const sheets = () => [new FakeSheet('Sheet1', '{1}', { A1: { value: 'x' } }), new FakeSheet('Sheet2', '{2}')];

test('a property read before load and sync throws PropertyNotLoaded, as in Office.js', async () => {
  const excel = new FakeExcel(sheets());
  await excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.load('values');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' })); // loaded, not synced
    await context.sync();
    expect(range.values).toEqual([['x']]);
    expect(() => range.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    const used = context.workbook.worksheets.getItem('Sheet2').getUsedRangeOrNullObject(true);
    expect(() => used.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });
});

test('an API newer than the emulated ExcelApi set fails the sync with ApiNotFound', async () => {
  const excel = new FakeExcel(sheets(), { api: '1.7' });
  const error = await excel
    .run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').getCellProperties({ format: { fill: { color: true } } });
      await context.sync();
    })
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'ApiNotFound' });
  await expect(excel.run(async (context) => (context.runtime.load('enableEvents'), context.sync()))).rejects.toMatchObject({ code: 'ApiNotFound' });
  await expect(excel.run(async (context) => context.sync(), { mergeUndoGroup: true })).rejects.toMatchObject({ code: 'ApiNotFound' });
});

test('a request over 5 MB is refused and nothing of it is done', async () => {
  const excel = new FakeExcel(sheets());
  const big = 'x'.repeat(WEB_PAYLOAD_LIMIT);
  const error = await excel
    .run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B1').values = [['small']];
      context.workbook.settings.add('k', big);
      await context.sync();
    })
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  expect(excel.sheet('Sheet1').cells.get('B1')).toBeUndefined();
  expect(excel.requests[0].request).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
});

test('a handler hears the sheet it was added to, and is removed only through its own context', async () => {
  const excel = new FakeExcel(sheets());
  const heard: string[] = [];
  const handle = await excel.run(async (context) => {
    const added = context.workbook.worksheets.getItem('Sheet2').onChanged.add(async (e) => void heard.push(e.address));
    await context.sync();
    return added;
  });
  expect(excel.watchedSheets()).toEqual(['Sheet2']);
  await userEdits(excel, excel.sheet('Sheet1'), 'A1', 'y');
  await userEdits(excel, excel.sheet('Sheet2'), 'B2', 'z');
  expect(heard).toEqual(['B2']);
  await excel.run(async (context) => (handle.remove(), context.sync())); // queued on the handler's context: not run here
  expect(excel.watchedSheets()).toEqual(['Sheet2']);
  await excel.run(async (context) => context.sync(), { reuse: handle.context });
  expect(excel.watchedSheets()).toEqual([]);
});

test('selecting a range on a sheet that is not active fails', async () => {
  const excel = new FakeExcel(sheets());
  await expect(excel.run(async (context) => (context.workbook.worksheets.getItem('Sheet2').getRange('A1').select(), context.sync()))).rejects.toMatchObject({
    code: 'InvalidSelection',
  });
});

test('text written is typed as Excel types it: formulas, numbers, dates, unless an apostrophe or a text format keeps it', () => {
  expect(typedIn('=100%')).toMatchObject({ formula: '=100%', value: 1 });
  expect(typedIn('-金额')).toMatchObject({ formula: '=-金额', value: '#NAME?' });
  expect(typedIn('@x')).toMatchObject({ formula: '=x' });
  expect(typedIn('+5%')).toMatchObject({ value: 0.05, text: '5%' });
  expect(typedIn('001')).toMatchObject({ value: 1, text: '1' });
  expect(typedIn('3-5')).toMatchObject({ text: '3月5日' });
  expect(typedIn('1/2')).toMatchObject({ text: '1月2日' });
  expect(typedIn('true')).toMatchObject({ value: true });
  expect(typedIn("'=100%")).toEqual({ value: '=100%', text: '=100%' });
  expect(typedIn('001', '@')).toEqual({ value: '001', text: '001' });
  expect(typedIn('≥95%')).toEqual({ value: '≥95%', text: '≥95%' });
});

test('the undo stack: add-in writes clear it before ExcelApi 1.20, join it after, one step per run with mergeUndoGroup', async () => {
  for (const [api, merge, expected] of [
    ['1.14', false, []],
    ['1.20', false, ['edit A1', 'add-in', 'add-in']],
    ['1.20', true, ['edit A1', 'add-in']],
  ] as const) {
    const excel = new FakeExcel(sheets(), { api });
    await userEdits(excel, excel.sheet('Sheet1'), 'A1', 'typed');
    await excel.run(
      async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('B1').values = [['a']];
        await context.sync();
        sheet.getRange('B2').values = [['b']];
        await context.sync();
      },
      merge ? { mergeUndoGroup: true } : {},
    );
    expect(excel.undoStack).toEqual(expected);
  }
});
