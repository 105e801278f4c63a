/**
 * Load catalogue.json: check every entry and turn the JSON shape into typed templates. One bad entry rejects the
 * whole catalogue (never half-loaded): a pane offering half the rows would look complete when it is not.
 *
 * JSON shape: `{ version: 1, slots: { 数量: { "national-2015": "产出/数量", … } }, templates: [...] }`. A row says where
 * it goes with `slot` (a name in `slots`) or `under` (framework → "一级/二级"); a category template's `slot` is the
 * default of its rows. Measured targets are `{ operator, value: "**", unit, typical? }`, qualitative ones `{ grade }`.
 */
import { isJsonObject, type JsonObject } from '../json';
import { FRAMEWORKS, categoryKey } from '../frameworks';
import { GRADES, UNITS } from '../target';
import type { CatalogueProblem } from './messages';
import type {
  BlankRow,
  BlankTree,
  CatalogueEntry,
  CatalogueRow,
  FrameworkId,
  IndicatorTemplate,
  Placement,
  TableTemplate,
  TargetPattern,
  TemplateCatalogue,
  TemplateOperator,
} from './types';

/** The placeholder a template writes where the user must put a number (the checker flags it as unfinished). */
export const PLACEHOLDER = '**';

const OPERATORS: readonly TemplateOperator[] = ['≥', '≤', '=', '>', '<'];
const FRAMEWORK_IDS = FRAMEWORKS.map((f) => f.id) as string[];

type Json = JsonObject;
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';

/** `产出/数量` → the canonical pair, when it is a 一级/二级 category of `framework`. */
export function parsePlacement(text: unknown, framework: string): Placement | null {
  if (typeof text !== 'string') return null;
  const [a, b, ...rest] = text.split('/');
  if (!a || !b || rest.length) return null;
  const def = FRAMEWORKS.find((f) => f.id === framework);
  const level1 = categoryKey(a);
  const level2 = categoryKey(b);
  const l1 = def?.level1.find((l) => l.name === level1);
  return l1 && l1.level2.includes(level2) ? { level1, level2 } : null;
}

/** Read and validate a catalogue. `catalogue` is null whenever `problems` is not empty. */
export function loadCatalogue(json: unknown): { catalogue: TemplateCatalogue | null; problems: CatalogueProblem[] } {
  const problems: CatalogueProblem[] = [];
  const fail = (messageId: string, data?: CatalogueProblem['data']) => ({ catalogue: null, problems: [{ index: null, messageId, data }] });
  if (!isJsonObject(json)) return fail('notObject');
  if (json.version !== 1) return fail('version', { found: String(json.version) });
  if (!Array.isArray(json.templates)) return fail('templatesMissing');
  if (json.slots !== undefined && !isJsonObject(json.slots)) return fail('slotsInvalid');

  const slots = readSlots(isJsonObject(json.slots) ? json.slots : {}, problems);
  const templates: CatalogueEntry[] = [];
  const ids = new Set<string>();
  json.templates.forEach((raw: unknown, index: number) => {
    const report = (messageId: string, data?: CatalogueProblem['data']) =>
      problems.push({ index, ...(isJsonObject(raw) && isText(raw.id) ? { id: raw.id } : {}), messageId, ...(data ? { data } : {}) });
    if (!isJsonObject(raw)) return report('entryNotObject');
    if (!isText(raw.id)) report('idMissing');
    else if (ids.has(raw.id)) report('idDuplicate', { id: raw.id });
    else ids.add(raw.id);
    if (!isJsonObject(raw.name) || !isText(raw.name['zh-CN']) || !isText(raw.name['en-US'])) report('nameMissing');
    const entry =
      raw.kind === 'table'
        ? readTable(raw, report)
        : raw.kind === 'category' || raw.kind === 'block' || raw.kind === 'sector'
          ? readIndicatorTemplate(raw, slots, report)
          : (report('kindUnknown', { kind: String(raw.kind) }), null);
    if (entry) templates.push(entry);
  });
  return problems.length ? { catalogue: null, problems } : { catalogue: { version: 1, templates }, problems };
}

type Slots = Map<string, Partial<Record<FrameworkId, Placement>>>;
type Report = (messageId: string, data?: CatalogueProblem['data']) => void;

function readSlots(raw: Json, problems: CatalogueProblem[]): Slots {
  const slots: Slots = new Map();
  for (const [slot, value] of Object.entries(raw)) {
    const under: Partial<Record<FrameworkId, Placement>> = {};
    for (const [framework, placement] of Object.entries(isJsonObject(value) ? value : {})) {
      const p = FRAMEWORK_IDS.includes(framework) ? parsePlacement(placement, framework) : null;
      if (p) under[framework as FrameworkId] = p;
      else problems.push({ index: null, messageId: 'slotPlacement', data: { slot, framework, placement: String(placement) } });
    }
    slots.set(slot, under);
  }
  return slots;
}

function readIndicatorTemplate(raw: Json, slots: Slots, report: Report): IndicatorTemplate | null {
  if (!Array.isArray(raw.rows) || raw.rows.length === 0) {
    report('rowsEmpty');
    return null;
  }
  const rows: CatalogueRow[] = [];
  const seen = new Set<string>();
  raw.rows.forEach((r: unknown, i: number) => {
    const row = readRow(r, i + 1, raw.slot, slots, report);
    if (!row) return;
    for (const [framework, p] of Object.entries(row.under)) {
      const key = `${framework}|${p!.level1}|${p!.level2}|${row.level3}`;
      if (seen.has(key)) report('rowDuplicate', { row: i + 1, level3: row.level3 });
      seen.add(key);
    }
    rows.push(row);
  });
  const name = raw.name as Record<string, string>;
  return { id: String(raw.id), kind: raw.kind as IndicatorTemplate['kind'], name: { 'zh-CN': name?.['zh-CN'], 'en-US': name?.['en-US'] }, rows };
}

function readRow(r: unknown, row: number, defaultSlot: unknown, slots: Slots, report: Report): CatalogueRow | null {
  if (!isJsonObject(r)) {
    report('rowNotObject', { row });
    return null;
  }
  if (!isText(r.level3)) {
    report('level3Missing', { row });
    return null;
  }
  const level3 = r.level3.trim();
  const data = { row, level3 };
  let under: Partial<Record<FrameworkId, Placement>> | null = null;
  if (isJsonObject(r.under)) {
    under = {};
    for (const [framework, placement] of Object.entries(r.under)) {
      if (!FRAMEWORK_IDS.includes(framework)) {
        report('frameworkUnknown', { ...data, framework });
        continue;
      }
      const p = parsePlacement(placement, framework);
      if (p) under[framework as FrameworkId] = p;
      else report('placementInvalid', { ...data, framework, placement: String(placement) });
    }
  } else {
    const slot = r.slot ?? defaultSlot;
    if (slot !== undefined) {
      under = slots.get(String(slot)) ?? null;
      if (!under) report('slotUnknown', { ...data, slot: String(slot) });
    } else report('placementMissing', data);
  }
  if (isJsonObject(r.under) && Object.keys(r.under).length === 0) report('placementMissing', data);
  const target = readTarget(r.target, data, report);
  if (!under || Object.keys(under).length === 0 || !target) return null;
  return { level3, target, ...(isText(r.explanation) ? { explanation: r.explanation.trim() } : {}), under };
}

function readTarget(t: unknown, data: { row: number; level3: string }, report: Report): TargetPattern | null {
  if (!isJsonObject(t)) {
    report('targetMissing', data);
    return null;
  }
  if (t.grade !== undefined) {
    if (typeof t.grade === 'string' && GRADES.includes(t.grade)) return { grade: t.grade };
    report('gradeUnknown', { ...data, grade: String(t.grade) });
    return null;
  }
  let ok = true;
  const bad = (messageId: string, extra?: Record<string, string>) => {
    ok = false;
    report(messageId, { ...data, ...extra });
  };
  if (!OPERATORS.includes(t.operator as TemplateOperator)) bad('operatorInvalid', { operator: String(t.operator) });
  if (t.value !== PLACEHOLDER) bad('valueNotPlaceholder', { value: String(t.value) });
  if (!isText(t.unit)) bad('unitMissing');
  else if (!UNITS.includes(t.unit)) bad('unitUnknown', { unit: t.unit });
  if (t.typical !== undefined && !(typeof t.typical === 'string' && /^\d+(?:\.\d+)?$/.test(t.typical))) bad('typicalInvalid', { typical: String(t.typical) });
  if (!ok) return null;
  return { operator: t.operator as TemplateOperator, value: PLACEHOLDER, unit: String(t.unit), ...(t.typical ? { typical: String(t.typical) } : {}) };
}

const COLUMN = /^[A-Z]{1,2}$/;
const SPAN = /^([A-Z]{1,2}):([A-Z]{1,2})$/;

function readTable(raw: Json, report: Report): TableTemplate | null {
  const framework = String(raw.framework);
  if (!FRAMEWORK_IDS.includes(framework)) report('tableFramework', { framework });
  const widths = raw.columnWidths;
  if (!Array.isArray(widths) || widths.length === 0 || !widths.every((w) => typeof w === 'number' && w > 0)) report('tableWidths');
  if (!Array.isArray(raw.rows)) {
    report('tableTree');
    return null;
  }
  const rows: (BlankRow | BlankTree)[] = [];
  let trees = 0;
  raw.rows.forEach((r: unknown, i: number) => {
    const bad = (what: string) => report('tableRow', { row: i + 1, what });
    if (!isJsonObject(r)) return bad('not an object');
    const spans = r.spans ?? [];
    if (!Array.isArray(spans) || !spans.every((s) => typeof s === 'string' && SPAN.test(s))) bad(`spans ${JSON.stringify(r.spans)}`);
    if (Array.isArray(r.tree)) {
      trees++;
      const cols = r.columns;
      if (!isJsonObject(cols) || !['level1', 'level2', 'level3', 'target'].every((k) => typeof cols[k] === 'string' && COLUMN.test(cols[k] as string))) bad('tree columns');
      if (!isText(r.placeholder)) bad('tree placeholder');
      for (const node of r.tree as unknown[]) {
        const n = isJsonObject(node) ? node : {};
        const level2 = Array.isArray(n.level2) ? (n.level2 as unknown[]) : [];
        if (!isText(n.level1) || level2.length === 0) bad('tree node');
        for (const l2 of level2) {
          if (!parsePlacement(`${String(n.level1)}/${String(l2)}`, framework)) report('tableTreeCategory', { level1: String(n.level1), level2: String(l2), framework });
        }
      }
      rows.push(r as unknown as BlankTree);
      return;
    }
    if (!Array.isArray(r.cells) || !r.cells.every((c) => typeof c === 'string')) return bad('cells');
    const down = r.down ?? {};
    if (!isJsonObject(down) || !Object.entries(down).every(([c, n]) => COLUMN.test(c) && typeof n === 'number' && n >= 2)) bad('down');
    if (r.bold !== undefined && typeof r.bold !== 'boolean' && !(Array.isArray(r.bold) && r.bold.every((c) => typeof c === 'string' && COLUMN.test(c)))) bad('bold');
    rows.push(r as unknown as BlankRow);
  });
  if (trees !== 1) report('tableTree');
  const name = raw.name as Record<string, string>;
  return {
    id: String(raw.id),
    kind: 'table',
    framework: framework as FrameworkId,
    name: { 'zh-CN': name?.['zh-CN'], 'en-US': name?.['en-US'] },
    columnWidths: Array.isArray(widths) ? (widths as number[]) : [],
    rows,
  };
}
