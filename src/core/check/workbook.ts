/**
 * A workbook's sheets through the engine, in the words of the whole pipeline: files are read (src/io) into
 * snapshots, each is recognised (core/recognise), then checked (the rules, core/rules), then reported (core/report).
 */
import type { Finding, Note, TargetTable } from '../model';
import type { SheetSnapshot } from '../snapshot';
import { recognise } from '../recognise';
import { recognitionFindings, tableNotFound } from './recognition';
import { type CheckConfig, checkTables } from '../rules';
import type { Vocabulary } from '../vocabulary';

export interface SheetResult {
  name: string;
  tables: TargetTable[];
  notes: Note[];
  findings: Finding[];
}

/** Recognise every sheet of a workbook, with the shipped vocabulary or `vocab` (one extended by a department). */
export function recogniseSheets(snapshots: SheetSnapshot[], vocab?: Vocabulary): SheetResult[] {
  return snapshots.map((s) => {
    const r = recognise(s, vocab);
    return { name: r.sheet, tables: r.tables, notes: r.notes, findings: [] };
  });
}

/**
 * Add the findings to recognised sheets (in place): recognition problems, every configured rule, and a missing
 * table for the workbook as a whole. Throws ConfigError on a bad configuration.
 */
export function checkSheets(sheets: SheetResult[], config?: CheckConfig): SheetResult[] {
  for (const s of sheets) {
    s.findings = [...recognitionFindings({ sheet: s.name, tables: s.tables, notes: s.notes }), ...checkTables(s.tables, s.name, config)];
  }
  if (sheets.length > 0 && sheets.every((s) => s.tables.length === 0)) sheets[0].findings.push(tableNotFound(sheets[0].name));
  return sheets;
}
