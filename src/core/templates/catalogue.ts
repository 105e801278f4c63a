/** The shipped catalogue of indicator templates, and the rows it offers for a table's framework and category. */
import { type Framework } from '../model';
import { categoryKey } from '../frameworks';
import catalogueJson from './catalogue.json';
import { catalogueProblemText } from './messages';
import type { CatalogueRow, IndicatorTemplate, TableTemplate, TemplateCatalogue, TemplateRow } from './types';
import { loadCatalogue } from './validate';

let shipped: TemplateCatalogue | undefined;

/** The catalogue shipped with the add-in. A problem in it is a bug (the tests load it): this throws then. */
export function defaultCatalogue(): TemplateCatalogue {
  if (!shipped) {
    const { catalogue, problems } = loadCatalogue(catalogueJson);
    if (!catalogue) throw new Error(`catalogue.json: ${problems.map((p) => catalogueProblemText(p, 'en-US')).join('; ')}`);
    shipped = catalogue;
  }
  return shipped;
}

/** Indicator templates (category, block, sector sets) of a catalogue. */
export function indicatorTemplates(catalogue: TemplateCatalogue): IndicatorTemplate[] {
  return catalogue.templates.filter((t): t is IndicatorTemplate => t.kind !== 'table');
}

/** Blank whole-table templates of a catalogue. */
export function tableTemplates(catalogue: TemplateCatalogue): TableTemplate[] {
  return catalogue.templates.filter((t): t is TableTemplate => t.kind === 'table');
}

/** The rows of a template placed for `framework` (rows that do not suit it are left out). */
export function rowsFor(template: IndicatorTemplate, framework: Framework): TemplateRow[] {
  if (framework === 'unknown') return [];
  return template.rows.flatMap((r) => {
    const p = r.under[framework];
    return p ? [toTemplateRow(r, p.level1, p.level2)] : [];
  });
}

/**
 * Templates offering rows for `framework`, or for one of its categories (`level2` alone, or with `level1`, labels
 * as shown or canonical), each with just those rows.
 */
export function templatesFor(
  catalogue: TemplateCatalogue,
  framework: Framework,
  category?: { level1?: string; level2: string },
): { template: IndicatorTemplate; rows: TemplateRow[] }[] {
  const k1 = category?.level1 ? categoryKey(category.level1) : undefined;
  const k2 = category ? categoryKey(category.level2) : undefined;
  return indicatorTemplates(catalogue)
    .map((template) => ({
      template,
      rows: rowsFor(template, framework).filter((r) => (!k2 || r.level2 === k2) && (!k1 || r.level1 === k1)),
    }))
    .filter((x) => x.rows.length > 0);
}

function toTemplateRow(r: CatalogueRow, level1: string, level2: string): TemplateRow {
  return { level3: r.level3, target: r.target, ...(r.explanation ? { explanation: r.explanation } : {}), level1, level2 };
}
