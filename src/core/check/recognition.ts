/** Findings about recognition itself: no table, a missing or cut-off indicator block, unreadable amounts. */
import type { Finding, TargetTable } from '../model';
import { FRAMEWORKS, categoryKey, categoryLabel } from '../frameworks';
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
      if (note.id === 'money-unreadable') {
        out.push({ rule: 'money-not-number', severity: 'error', messageId: 'money-not-number', data: note.data, cells: note.cells ?? [], ...at });
      }
    }
    const missing = missingLevel1(table);
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

/** 一级 categories of the table's framework with no indicator row and no category row at all. */
function missingLevel1(table: TargetTable): string[] {
  const def = FRAMEWORKS.find((f) => f.id === table.framework);
  if (!def || table.indicators.length === 0) return [];
  const present = new Set<string>();
  for (const x of [...table.indicators, ...table.emptyGroups]) {
    if (x.level1) present.add(categoryKey(x.level1));
    // A 二级 whose 一级 cell is blank still shows its category is there (成本 rows with an empty 一级 cell).
    for (const l of def.level1) if (l.level2.includes(categoryKey(x.level2))) present.add(l.name);
  }
  return def.level1.filter((l) => !present.has(l.name)).map((l) => categoryLabel(l.name, table.framework));
}

function firstCell(range: string): string {
  return range.split(':')[0];
}
