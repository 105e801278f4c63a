/**
 * The change watcher and the pane's re-checks in Excel (issue 10): the watcher follows the sheet being checked, and
 * a re-check after the user's own edit writes nothing, so Ctrl+Z still undoes that edit.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { ExcelHost } from '../../../src/hosts/excel';
import { readWorkbookBytes } from '../../../src/io';
import { PaneController, RECHECK_DELAY_MS } from '../../../src/taskpane/controller';
import { FakeExcel, FakeSheet, sheetFromSnapshot, userEdits } from './fake-excel';

const settle = () => new Promise((resolve) => setImmediate(resolve));

test('after a check of another sheet, the watcher hears that sheet and no longer the first', async () => {
  const first = new FakeSheet('Sheet1', '{1}', { A1: { value: 'a' } });
  const second = new FakeSheet('Sheet2', '{2}', { A1: { value: 'b' } });
  const excel = new FakeExcel([first, second], { api: '1.7' });
  const host = new ExcelHost({ run: excel.run, supports: excel.supports });
  await host.readActiveSheet();
  const heard: string[] = [];
  const unsubscribe = await host.onSheetChanged(() => heard.push(excel.active.name));
  expect(excel.watchedSheets()).toEqual(['Sheet1']);

  excel.active = second; // the user goes to Sheet2 and presses 校验
  await host.readActiveSheet();
  expect(excel.watchedSheets()).toEqual(['Sheet2']);
  await userEdits(excel, second, 'B2', 'x');
  await userEdits(excel, first, 'B2', 'y');
  expect(heard).toEqual(['Sheet2']);

  await unsubscribe();
  expect(excel.watchedSheets()).toEqual([]);
});

test('subscribing before any check listens on the active sheet; a renamed sheet is still followed by its id', async () => {
  const first = new FakeSheet('Sheet1', '{1}', { A1: { value: 'a' } });
  const excel = new FakeExcel([first]);
  const host = new ExcelHost({ run: excel.run, supports: excel.supports });
  const heard: number[] = [];
  await host.onSheetChanged(() => heard.push(1));
  expect(excel.watchedSheets()).toEqual(['Sheet1']);
  first.name = '绩效目标表';
  await host.readActiveSheet(); // same sheet by id: the handler stays
  expect(excel.watchedSheets()).toEqual(['绩效目标表']);
  await userEdits(excel, first, 'C3', 'z');
  expect(heard).toEqual([1]);
});

describe('a re-check after the user’s own edit, with highlights on', () => {
  function seedExcel(api: string) {
    const file = path.join(__dirname, '..', '..', 'fixtures', 'samples', 'real-hubei-huangshi-2022-1.xlsx');
    const snapshot = readWorkbookBytes(new Uint8Array(readFileSync(file)), 'x.xlsx').sheets[0];
    const sheet = sheetFromSnapshot(snapshot);
    return { excel: new FakeExcel([sheet], { api }), sheet };
  }

  test.each(['1.14', '1.20'])('ExcelApi %s: the findings are checked again, nothing is written, the edit stays undoable', async (api) => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    try {
      const { excel, sheet } = seedExcel(api);
      const controller = new PaneController(new ExcelHost({ run: excel.run, supports: excel.supports }));
      controller.start();
      await controller.validate();
      await controller.setHighlight(true);
      const errorCell = controller.getState().outcome!.findings.find((f) => f.severity === 'error')!.cells[0];
      expect(sheet.cell(errorCell).fill).toBe('#FDE7E9');
      await settle();
      const checksBefore = excel.runs;
      const logBefore = excel.log.length;

      await userEdits(excel, sheet, errorCell, '湖北省黄石市财政局'); // the user fills in what was missing
      jest.advanceTimersByTime(RECHECK_DELAY_MS + 10);
      for (let i = 0; i < 20; i++) await settle();

      expect(excel.runs).toBeGreaterThan(checksBefore); // it was read and checked again…
      expect(controller.getState().outcome!.findings.some((f) => f.cells.includes(errorCell) && f.severity === 'error')).toBe(false);
      const written = excel.log.slice(logBefore).filter((l) => /^(fill|clear|setCellProperties|setting|write)/.test(l));
      expect(written).toEqual([]); // …and nothing was written
      expect(excel.undoStack[excel.undoStack.length - 1]).toBe(`edit ${errorCell}`); // Ctrl+Z undoes the user's edit

      await controller.validate(); // 校验: now the highlights follow the findings
      expect(sheet.cell(errorCell).fill).not.toBe('#FDE7E9');
      controller.stop();
    } finally {
      jest.useRealTimers();
    }
  });
});
