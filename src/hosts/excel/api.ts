/**
 * The two Office.js entry points the Excel host needs, behind small seams so tests can hand in a fake workbook:
 * `Excel.run` (every operation is one run) and `Office.context.requirements.isSetSupported` (newer API sets are
 * detected at run time; the manifest asks for ExcelApi 1.7 only, so Office 2019 still loads the add-in).
 */
import type { Lang } from '../../core/i18n';
import { HostError } from '../host';
import { officeFor } from '../messages';

/** A batch of Office.js calls against one request context. */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/** How to run a batch. */
export interface RunOptions {
  /** The context of an earlier run, e.g. to remove an event handler it added. */
  reuse?: OfficeExtension.ClientRequestContext;
  /** Make every sync of the run one step of the user's undo stack (ExcelApi 1.20). */
  mergeUndoGroup?: boolean;
}

/** `Excel.run`: a new context, or the context of an earlier run. */
export type ExcelRun = <T>(batch: ExcelBatch<T>, options?: RunOptions) => Promise<T>;

/** `isSetSupported('ExcelApi', version)`. */
export type ExcelApiCheck = (version: string) => boolean;

/** The real `Excel.run`; outside Excel (office.js not loaded, a plain browser tab) it fails with 'unsupported'. */
export const officeRun: ExcelRun = (batch, options = {}) => {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') {
    return Promise.reject(
      new HostError('not-connected', { app: 'excel' }),
    );
  }
  if (options.reuse) return Excel.run(options.reuse, batch);
  return options.mergeUndoGroup ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch);
};

/** The real requirement-set check; false wherever Office is missing or cannot say. */
export const officeApiCheck: ExcelApiCheck = (version) => {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
};

/** Optional features of the host, by the ExcelApi set that brings each. */
export const FEATURES = {
  changeEvents: '1.7', // worksheet.onChanged: re-check while the user types
  suspendEvents: '1.8', // context.runtime.enableEvents: our own writes raise no change events
  cellProperties: '1.9', // getCellProperties / setCellProperties: fills restored with their pattern
  multiRange: '1.9', // worksheet.getRanges('B3, D7'): one object for many cells
  merges: '1.13', // range.getMergedAreasOrNullObject(): merged cells read, not guessed
  triggerSource: '1.14', // onChanged tells our own edits apart
  undoGroups: '1.20', // Excel.run({ mergeUndoGroup }): the add-in's writes of one action are one undo step
} as const;

export type ExcelFeature = keyof typeof FEATURES;

/** A feature this Office lacks, what the user loses, and what brings it. */
export interface MissingFeature {
  feature: ExcelFeature;
  apiSet: string;
  office: Record<Lang, string>;
  effect: Record<Lang, string>;
}

/** Which optional features are available here, and what the missing ones would need. */
export interface ExcelCapabilities {
  features: Record<ExcelFeature, boolean>;
  missing: MissingFeature[];
}

const EFFECT: Record<ExcelFeature, Record<Lang, string>> = {
  changeEvents: { 'zh-CN': '修改表格后不会自动重新校验', 'en-US': 'no automatic re-check after edits' },
  suspendEvents: { 'zh-CN': '本加载项写入时仍会触发更改事件（已自行忽略）', 'en-US': 'our own writes still raise change events (ignored by the add-in)' },
  cellProperties: { 'zh-CN': '高亮只记录填充颜色：白色填充按“无填充”恢复', 'en-US': 'highlights record the fill colour only: a white fill is restored as no fill' },
  multiRange: { 'zh-CN': '逐个读取要修改的单元格（结果相同）', 'en-US': 'cells to edit are read one by one (same result)' },
  merges: { 'zh-CN': '无法读取合并单元格，只能根据空白单元格推断表格结构', 'en-US': 'merged cells cannot be read; the table layout is inferred from blank cells' },
  triggerSource: { 'zh-CN': '本加载项的写入按地址识别（结果相同）', 'en-US': 'our own writes are recognised by address (same result)' },
  undoGroups: { 'zh-CN': '本加载项的修改会清空 Excel 的撤消记录', 'en-US': "the add-in's changes clear Excel's undo history" },
};

/** Detect every optional feature once. */
export function detectCapabilities(check: ExcelApiCheck): ExcelCapabilities {
  const features = {} as Record<ExcelFeature, boolean>;
  const missing: MissingFeature[] = [];
  for (const [feature, apiSet] of Object.entries(FEATURES) as [ExcelFeature, string][]) {
    features[feature] = check(apiSet);
    if (!features[feature]) missing.push({ feature, apiSet: `ExcelApi ${apiSet}`, office: officeFor(apiSet), effect: EFFECT[feature] });
  }
  return { features, missing };
}
