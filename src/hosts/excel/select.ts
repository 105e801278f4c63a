/** Take the user to a cell or range: activate its sheet, then select it (one sync; Excel selects on the active sheet only). */
import type { ExcelRun } from './api';
import { toHostError } from './errors';

export async function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  try {
    await selectRange(run, sheet, cell);
  } catch (error) {
    throw toHostError(error, { sheet });
  }
}

/** Activate `sheet` and select `address` there (Office errors as thrown). */
export function selectRange(run: ExcelRun, sheet: string, address: string): Promise<void> {
  return run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}
