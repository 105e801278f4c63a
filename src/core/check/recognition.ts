/** Findings about recognition itself: no table, a missing or cut-off indicator block. */
import type { Finding } from '../model';
import { categoryLabel } from '../frameworks';
import { absentLevel1 } from '../categories';
import type { SheetRecognition } from '../recognise';

/** Findings for one sheet's tables. */
export function recognitionFindings(sheet: SheetRecognition): Finding[] {
  const out: Finding[] = [];
  sheet.tables.forEach((table, index) => {
    const at = { sheet: sheet.sheet, table: index };
    if (table.kind === 'self-evaluation') {
      out.push({ rule: 'self-evaluation-table', severity: 'info', messageId: 'self-evaluation-table', cells: [firstCell(table.range)], ...at });
      return;
    }
    for (const note of table.notes) {
      if (note.id === 'indicator-block-missing' || note.id === 'indicator-rows-missing') {
        out.push({ rule: 'indicator-block-missing', severity: 'error', messageId: note.id, cells: note.cells ?? [firstCell(table.range)], ...at });
      }
    }
    const missing = absentLevel1(table).map((name) => categoryLabel(name, table.framework));
    if (missing.length) {
      const last = table.indicators[table.indicators.length - 1];
      out.push({
        rule: 'indicator-block-incomplete',
        severity: 'error',
        messageId: 'indicator-block-incomplete',
        data: { missing: missing.join('、') },
        cells: [last ? last.cell : firstCell(table.range)],
        ...at,
      });
    }
  });
  return out;
}

/** A finding for a file none of whose sheets holds a table. */
export function tableNotFound(sheet: string): Finding {
  return { rule: 'table-not-found', severity: 'error', messageId: 'table-not-found', sheet, cells: [] };
}

function firstCell(range: string): string {
  return range.split(':')[0];
}
