/** Strings of the preview page around the pane (the pane has its own), zh-CN first and en-US second. */

import { translate, type Catalogue, type Lang } from '../core/i18n';

export const PREVIEW_MESSAGES = {
  pageTitle: { 'zh-CN': '绩效目标表校验 · 浏览器预览', 'en-US': 'Performance Target Checker · browser preview' },
  intro: {
    'zh-CN': '不用 Excel 也能试用：右侧是与 Excel 中相同的任务窗格。文件只在本浏览器中打开，不会上传。',
    'en-US': 'Try the add-in without Excel: the pane on the right is the one Excel shows. Files are opened in this browser only, never uploaded.',
  },
  open: { 'zh-CN': '打开表格…', 'en-US': 'Open a table…' },
  openTitle: { 'zh-CN': '选择表格文件（.xlsx、.xlsm、.xls、.csv、.tsv）', 'en-US': 'Choose a table file (.xlsx, .xlsm, .xls, .csv, .tsv)' },
  file: { 'zh-CN': '文件：{name}', 'en-US': 'File: {name}' },
  sample: { 'zh-CN': '（示例表格）', 'en-US': '(sample table)' },
  loading: { 'zh-CN': '正在读取“{name}”…', 'en-US': 'Reading “{name}”…' },
  loadingSample: { 'zh-CN': '正在载入示例表格…', 'en-US': 'Loading the sample table…' },
  sampleFailedTitle: { 'zh-CN': '没有载入示例表格', 'en-US': 'The sample table did not load' },
  sampleFailed: {
    'zh-CN': '（{detail}）请点“打开表格…”选择文件，或把文件拖到左侧表格区域。',
    'en-US': '({detail}) Use “Open a table…” or drop a file on the grid.',
  },
  sampleFailedFile: {
    'zh-CN': '直接从磁盘打开本页时，浏览器不允许自动载入示例。请点“打开表格…”选择文件，或把文件拖到左侧表格区域；放在网站上的本页没有这个限制。',
    'en-US': 'Opened straight from disk, the page may not load the sample by itself. Use “Open a table…” or drop a file on the grid; served from a web server it can.',
  },
  blankName: { 'zh-CN': '新表格', 'en-US': 'New table' },
  readFailedTitle: { 'zh-CN': '无法打开“{name}”', 'en-US': 'Cannot open “{name}”' },
  readFailed: { 'zh-CN': '读取时出错：{detail}', 'en-US': 'Reading failed: {detail}' },
  keptPrevious: { 'zh-CN': '仍显示原来的表格。', 'en-US': 'The previous table is still shown.' },
  dismiss: { 'zh-CN': '关闭', 'en-US': 'Dismiss' },
  dropHere: { 'zh-CN': '松开鼠标，打开这个文件', 'en-US': 'Drop to open this file' },
  hint: {
    'zh-CN': '双击单元格或按 F2 编辑，Enter 确认，Esc 取消；也可以把 .xlsx、.xls、.csv 文件拖到表格上打开。',
    'en-US': 'Double-click a cell or press F2 to edit, Enter to confirm, Esc to cancel; drop an .xlsx, .xls or .csv file on the grid to open it.',
  },
  sheetTabs: { 'zh-CN': '工作表', 'en-US': 'Sheets' },
  grid: { 'zh-CN': '工作表“{name}”', 'en-US': 'Sheet “{name}”' },
  nameBox: { 'zh-CN': '所选单元格', 'en-US': 'Selected cell' },
  content: { 'zh-CN': '单元格内容', 'en-US': 'Cell content' },
  editor: { 'zh-CN': '编辑单元格 {cell}', 'en-US': 'Edit cell {cell}' },
  truncated: {
    'zh-CN': '表格较大，这里只显示前 {rows} 行、前 {cols} 列；校验仍检查整张工作表。',
    'en-US': 'The sheet is large: only the first {rows} rows and {cols} columns are shown here; the check still reads all of it.',
  },
  paneLabel: { 'zh-CN': '校验任务窗格', 'en-US': 'Checker task pane' },
} satisfies Catalogue;

export type PreviewMessageId = keyof typeof PREVIEW_MESSAGES;

/** Preview page string `id` in `lang`. */
export function p(id: PreviewMessageId, lang: Lang, data?: Record<string, string | number>): string {
  return translate(PREVIEW_MESSAGES, id, lang, data);
}
