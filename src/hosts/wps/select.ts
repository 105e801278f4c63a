/** Taking the user to cells, and asking where the selection is. */
import { plainAddress, type WpsApplication } from './api';
import { wpsError } from './errors';
import { sheetNamed } from './sheets';

/** Activate `sheet`, then select `address` on it (WPS, like Excel, selects on the active sheet only). Three calls after the sheet is found. */
export function selectRange(app: WpsApplication, sheet: string, address: string): void {
  const ws = sheetNamed(app, sheet);
  ws.Activate();
  ws.Range(address).Select();
}

/** The selected cells (`D27`, `C20:D22`) on the active sheet. */
export function getSelection(app: WpsApplication): { sheet: string; address: string } {
  if (!app.ActiveWorkbook) throw wpsError('no-workbook');
  const sheet = app.ActiveSheet;
  const selection = app.Selection;
  if (!sheet || !selection) throw wpsError('no-sheet');
  let address: string;
  try {
    address = plainAddress(selection.Address());
  } catch (error) {
    // a picture or a chart is selected, not cells
    throw wpsError('no-selection', {}, error);
  }
  return { sheet: sheet.Name, address: address.split(',')[0] };
}
