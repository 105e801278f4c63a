/**
 * The 模板 tab's pure side: which templates suit a table (the shipped catalogue and the user's own), grouped by
 * category and searched; where a chosen template goes; the user's templates made from rows of a table (保存为模板)
 * and read from or written to a JSON file (导入 / 导出, the catalogue's versioned shape).
 */
import type { Framework, Indicator, TargetTable } from '../core/model';
import { parseCellAddress } from '../core/address';
import { categoryKey } from '../core/frameworks';
import { GRADES, UNITS, parseTarget } from '../core/target';
import { isValidUserTemplate, type UserTemplate } from '../core/settings';
import type { PaneController } from './controller';
import { importedJson, type ImportProblem } from './imported-json';
import {
  catalogueProblemText,
  defaultCatalogue,
  loadCatalogue,
  rowsFor,
  templatesFor,
  type CatalogueProblem,
  type FrameworkId,
  type IndicatorTemplate,
  type InsertionPoint,
  type TargetPattern,
  type TemplateRow,
} from '../core/templates';

/** A template offered for the current table, with its rows placed for the table's framework. */
export interface OfferedTemplate {
  template: IndicatorTemplate;
  rows: TemplateRow[];
  own: boolean;
}

export interface TemplateGroup {
  /** `产出/数量`, `sets` (templates across 二级), or `own` (我的模板). */
  key: string;
  templates: OfferedTemplate[];
}

/** The user's templates as catalogue templates (each was validated when it was stored). */
export function ownTemplates(templates: UserTemplate[] | undefined): IndicatorTemplate[] {
  if (!templates?.length) return [];
  const { catalogue } = loadCatalogue({ version: 1, templates });
  return (catalogue?.templates ?? []).filter((t): t is IndicatorTemplate => t.kind !== 'table');
}

/** Templates for `framework`, grouped: 我的模板 first, then per 一级/二级 category, then the sets across 二级. */
export function groupedTemplates(framework: Framework, own: UserTemplate[] | undefined, query: string): TemplateGroup[] {
  const q = query.trim().toLowerCase();
  const matches = (o: OfferedTemplate): boolean =>
    !q ||
    o.template.name['zh-CN'].toLowerCase().includes(q) ||
    o.template.name['en-US'].toLowerCase().includes(q) ||
    o.rows.some((r) => r.level3.toLowerCase().includes(q));
  const mine: OfferedTemplate[] = ownTemplates(own)
    .map((template) => ({ template, rows: rowsFor(template, framework), own: true }))
    .filter((o) => o.rows.length > 0 && matches(o));
  const shipped: OfferedTemplate[] = templatesFor(defaultCatalogue(), framework)
    .map((x) => ({ ...x, own: false }))
    .filter(matches);
  const groups: TemplateGroup[] = [];
  if (mine.length) groups.push({ key: 'own', templates: mine });
  const byKey = new Map<string, OfferedTemplate[]>();
  for (const o of shipped) {
    const cats = new Set(o.rows.map((r) => `${r.level1}/${r.level2}`));
    const key = o.template.kind === 'category' && cats.size === 1 ? [...cats][0] : 'sets';
    byKey.set(key, [...(byKey.get(key) ?? []), o]);
  }
  const sets = byKey.get('sets');
  byKey.delete('sets');
  for (const [key, templates] of byKey) groups.push({ key, templates });
  if (sets) groups.push({ key: 'sets', templates: sets });
  return groups;
}

/** True when 0-based sheet row `row` lies in one of the table's indicator blocks. */
function inIndicatorBlock(table: TargetTable, row: number): boolean {
  if (table.indicators.some((i) => i.row === row)) return true;
  return (table.indicatorBlocks ?? []).some((b) => row >= b.firstRow && row <= b.lastRow);
}

/** Where a template goes: the selected cell when it is on the table's indicator rows, else the template's own 二级. */
export function insertionPoint(
  table: TargetTable,
  rows: TemplateRow[],
  selection: { sheet: string; address: string } | null,
): { where: InsertionPoint; fromSelection: boolean } | null {
  if (selection && selection.sheet === table.sheet) {
    const first = selection.address.split(':')[0];
    const p = parseCellAddress(first);
    if (p && inIndicatorBlock(table, p.row)) return { where: { cell: first }, fromSelection: true };
  }
  const r = rows.find((x) => x.level1 && x.level2);
  return r ? { where: { level1: r.level1!, level2: r.level2! }, fromSelection: false } : null;
}

/** 0-based first and last sheet rows of an A1 range (`C20:D22`, `D27`). */
export function rangeRows(address: string): { first: number; last: number } | null {
  const [a, b] = address.split(':');
  const p = parseCellAddress(a);
  const q = b ? parseCellAddress(b) : p;
  if (!p || !q) return null;
  return { first: Math.min(p.row, q.row), last: Math.max(p.row, q.row) };
}

/** A target cell's text as a pattern: operator and unit kept, the number replaced by `**`; null when it has neither. */
export function targetPattern(text: string): TargetPattern | null {
  const t = parseTarget(text);
  if (t.kind === 'grade' && t.grade && GRADES.includes(t.grade)) return { grade: t.grade };
  if ((t.kind === 'number' || t.kind === 'percent' || t.kind === 'placeholder') && t.unit && UNITS.includes(t.unit)) {
    return { operator: t.operator ?? '=', value: '**', unit: t.unit };
  }
  return null;
}

/** What 保存为模板 made: the template, and the rows left out (no readable target pattern or 一级/二级). */
export interface MadeTemplate {
  template: UserTemplate | null;
  skipped: string[];
}

/** A user template from the table's indicators on rows `first..last` (0-based), placed under their own 一级/二级. */
export function templateFromRows(table: TargetTable, rows: { first: number; last: number }, name: string, id: string): MadeTemplate {
  const framework = table.framework === 'unknown' ? null : (table.framework as FrameworkId);
  const picked: Indicator[] = table.indicators.filter((i) => i.row >= rows.first && i.row <= rows.last && i.level3.trim() !== '');
  const skipped: string[] = [];
  const out: UserTemplate['rows'] = [];
  const seen = new Set<string>();
  for (const ind of picked) {
    const target = targetPattern(ind.target);
    const under = framework ? `${categoryKey(ind.level1)}/${categoryKey(ind.level2)}` : '';
    const row = { level3: ind.level3.trim(), target: target ?? { grade: '' }, under: framework ? { [framework]: under } : {} };
    const key = `${under}|${row.level3}`;
    if (!target || !framework || seen.has(key) || !isValidUserTemplate({ id, kind: 'sector', name: { 'zh-CN': name, 'en-US': name }, rows: [row] })) {
      skipped.push(ind.level3);
      continue;
    }
    seen.add(key);
    out.push(row as UserTemplate['rows'][number]);
  }
  if (out.length === 0) return { template: null, skipped };
  return { template: { id, kind: 'sector', name: { 'zh-CN': name, 'en-US': name }, rows: out }, skipped };
}

/** The file 导出 writes: the user's templates in the catalogue's versioned shape. */
export function exportTemplatesJson(templates: UserTemplate[]): string {
  return JSON.stringify({ version: 1, templates }, null, 2);
}

export type { ImportProblem };

const IMPORT_TEXT = {
  none: { 'zh-CN': '文件中没有指标模板', 'en-US': 'The file holds no indicator templates' },
} as const;

/** Read an exported file: every template validated (loadCatalogue); any problem refuses the whole file. */
export function importTemplatesJson(text: string): { templates: UserTemplate[] } | { problems: ImportProblem[] } {
  const read = importedJson(text);
  if ('problems' in read) return read;
  const { catalogue, problems } = loadCatalogue(read.json);
  if (!catalogue) return { problems: problems.map((p: CatalogueProblem) => ({ 'zh-CN': catalogueProblemText(p, 'zh-CN'), 'en-US': catalogueProblemText(p, 'en-US') })) };
  const templates = catalogue.templates
    .filter((t): t is IndicatorTemplate => t.kind !== 'table')
    .map(
      (t): UserTemplate => ({
        id: t.id,
        kind: 'sector',
        name: { 'zh-CN': t.name['zh-CN'], 'en-US': t.name['en-US'] },
        rows: t.rows.map((r) => ({
          level3: r.level3,
          target: r.target,
          ...(r.explanation ? { explanation: r.explanation } : {}),
          under: Object.fromEntries(Object.entries(r.under).map(([f, p]) => [f, `${p!.level1}/${p!.level2}`])),
        })),
      }),
    );
  if (templates.length === 0) return { problems: [{ ...IMPORT_TEXT.none }] };
  return { templates };
}

/** The table with an indicator on row `row` (0-based), else the first table. */
function tableAt(tables: TargetTable[], row: number | undefined): TargetTable | null {
  return tables.find((t) => row !== undefined && t.indicators.some((i) => i.row === row)) ?? tables[0] ?? null;
}

/** 保存为模板: the indicator rows of the selection as a named template in the workbook's settings. */
export async function saveTemplate(controller: PaneController, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed || controller.getState().busy) return;
  if (!controller.snapshotNow) await controller.validate();
  const selection = await controller.readSelection();
  if (!selection) return;
  const rows = rangeRows(selection.address);
  const table = rows && selection.sheet === controller.snapshotNow?.name ? tableAt(controller.tables, rows.first) : null;
  const made = table && rows ? templateFromRows(table, rows, trimmed, `user.${Date.now().toString(36)}`) : { template: null, skipped: [] };
  if (!made.template) {
    controller.showNotice({ kind: 'templateEmpty', skipped: made.skipped });
    return;
  }
  const s = controller.getState().settings;
  await controller.storeSettings(
    { ...s, templates: [...(s.templates ?? []), made.template] },
    { kind: 'templateSaved', name: trimmed, rows: made.template.rows.length, skipped: made.skipped },
  );
}

/** 导入: a file's templates added (a template with the same id replaced); a bad file changes nothing. */
export async function importTemplates(controller: PaneController, text: string): Promise<void> {
  if (controller.getState().busy) return;
  const read = importTemplatesJson(text);
  if ('problems' in read) {
    controller.showNotice({ kind: 'importFailed', problems: read.problems });
    return;
  }
  const s = controller.getState().settings;
  const ids = new Set(read.templates.map((t) => t.id));
  const templates = [...(s.templates ?? []).filter((t) => !ids.has(t.id)), ...read.templates];
  await controller.storeSettings({ ...s, templates }, { kind: 'templatesImported', count: read.templates.length });
}
