/**
 * Indicator templates (issue 5): the catalogue of standard rows, sector sets and blank tables as data, planning
 * their insertion into a recognised table as an EditPlan, and applying a plan to a snapshot in memory.
 */
export type {
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
  TemplateRow,
} from './types';
export { loadCatalogue, PLACEHOLDER } from './validate';
export { defaultCatalogue, indicatorTemplates, rowsFor, tableTemplates, templatesFor } from './catalogue';
export { targetParts, targetText, isPlaceholderTarget } from './pattern';
export { planInsertion, type InsertionPoint } from './plan';
export { applyPlanToSnapshot } from './apply';
export { finalRow, insertedRuns, mergesBack, rowBefore, type InsertedRun, type Insertions } from './rows';
export { planBlankTable, blankTableSnapshot, type BlankTablePlan } from './blank';
export { CATALOGUE_MESSAGES, PLAN_MESSAGES, catalogueProblemText, planNoteText, type CatalogueProblem } from './messages';
