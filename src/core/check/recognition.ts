/** Findings about recognition itself: no table, a missing or cut-off indicator block. */
import type { Finding } from '../model';
import { categoryLabel } from '../frameworks';
import { absentLevel1 } from '../categories';
import { displayLabel } from '../rules/shared/amounts';
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
    if (table.kind === 'evaluation') {
      out.push({ rule: 'evaluation-table', severity: 'info', messageId: 'evaluation-table', cells: [firstCell(table.range)], ...at });
      return;
    }
    for (const item of table.money.items) {
      if (!item.columnTitle) continue;
      out.push({
        rule: 'money-column-title',
        severity: 'warning',
        messageId: 'money-column-title',
        data: { label: displayLabel(item.label), title: item.columnTitle },
        cells: [item.cell],
        ...at,
      });
    }
    for (const note of table.notes) {
      if (note.id === 'indicator-block-missing' || note.id === 'indicator-rows-missing') {
        out.push({ rule: 'indicator-block-missing', severity: 'error', messageId: note.id, cells: note.cells ?? [firstCell(table.range)], ...at });
      }
    }
    const missing = absentLevel1(table).map((name) => categoryLabel(name, table.framework));
    if (missing.length) {
      // A cut-off block is certain only when the block shows its shape: more than one row (indicators or category
      // rows), and its 一级 categories written (a block with no 一级 label at all may be an excerpt of any tree). Otherwise a warning.
      const rows = new Set([...table.indicators.map((i) => i.row), ...table.emptyGroups.map((g) => g.row)]).size;
      const level1Written = table.indicators.some((i) => i.levelCells.level1) || table.emptyGroups.some((g) => g.level1);
      out.push({
        rule: 'indicator-block-incomplete',
        severity: rows >= 2 && level1Written ? 'error' : 'warning',
        messageId: 'indicator-block-incomplete',
        data: { missing: missing.join('、') },
        cells: [table.indicatorHeader ?? firstCell(table.range)],
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
