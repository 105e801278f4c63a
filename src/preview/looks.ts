/**
 * The user's own cell fills and column widths of an .xlsx, for the preview grid. Snapshots carry neither, so this
 * is a second, styles-only SheetJS read, done only for files readWorkbookBytes has already accepted as xlsx/xlsm
 * and only when they are small: the looks are a nicety, never worth a slow or failing load.
 */
import * as XLSX from '@e965/xlsx';
import type { CellObject } from '@e965/xlsx';
import { cellAddress } from '../core/address';
import type { SheetLooks } from './workbook';

/** Files above this size are shown without their fills and widths. */
export const MAX_LOOKS_BYTES = 4 * 1024 * 1024;

interface FillStyle {
  patternType?: string;
  fgColor?: { rgb?: string };
}

interface ColInfo {
  hidden?: boolean;
  wpx?: number;
}

/** Fills and widths per sheet name; empty when the file is not xlsx/xlsm, too large, or anything goes wrong. */
export function readSheetLooks(bytes: Uint8Array, format: string): Record<string, SheetLooks> {
  if ((format !== 'xlsx' && format !== 'xlsm') || bytes.length > MAX_LOOKS_BYTES) return {};
  try {
    const wb = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellStyles: true,
      sheetStubs: true, // a filled empty cell is a stub: keep it, its fill is the point
      cellFormula: false,
      cellHTML: false,
      cellNF: false,
      cellText: false,
      bookVBA: false,
    });
    const looks: Record<string, SheetLooks> = {};
    for (const name of wb.SheetNames) {
      const ws = wb.Sheets[name];
      if (!ws) continue;
      const fills: Record<string, string> = {};
      const rows = ((ws as { '!data'?: (CellObject | undefined)[][] })['!data'] ?? []) as (CellObject | undefined)[][];
      rows.forEach((row, r) => {
        row?.forEach((cell, c) => {
          const colour = solidFill(cell?.s as FillStyle | undefined);
          if (colour) fills[cellAddress(r, c)] = colour;
        });
      });
      const colWidths = ((ws['!cols'] ?? []) as (ColInfo | undefined)[]).map((col) =>
        col && !col.hidden && typeof col.wpx === 'number' ? Math.round(col.wpx) : undefined,
      );
      looks[name] = { fills, colWidths };
    }
    return looks;
  } catch {
    return {};
  }
}

/** `#RRGGBB` of a solid pattern fill given as RGB; theme and indexed colours are left out. */
function solidFill(style: FillStyle | undefined): string | undefined {
  if (!style || style.patternType !== 'solid') return undefined;
  const rgb = style.fgColor?.rgb;
  if (!rgb || !/^([0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(rgb)) return undefined;
  return `#${rgb.slice(-6).toUpperCase()}`;
}
