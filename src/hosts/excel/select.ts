/** Take the user to a cell: activate its sheet, then select it (one sync). */
import type { ExcelRun } from './api';
import { toHostError } from './errors';

export async function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  try {
    await run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  } catch (error) {
    throw toHostError(error, { sheet });
  }
}
