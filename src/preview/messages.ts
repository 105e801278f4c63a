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
    'zh-CN': '双击单元格或按 F2 编辑，Enter 确认，Esc 取消；Tab 到最后一列、或按 Esc 后再按 Tab 离开表格，F6 在表格和校验窗格之间切换。也可以把 .xlsx、.xls、.csv 文件拖到表格上打开。',
    'en-US': 'Double-click a cell or press F2 to edit, Enter to confirm, Esc to cancel; Tab past the last column, or Esc then Tab, leaves the grid, and F6 moves between the grid and the pane. Drop an .xlsx, .xls or .csv file on the grid to open it.',
  },
  sheetTabs: { 'zh-CN': '工作表', 'en-US': 'Sheets' },
  grid: { 'zh-CN': '工作表“{name}”', 'en-US': 'Sheet “{name}”' },
  nameBox: { 'zh-CN': '所选单元格', 'en-US': 'Selected cell' },
  content: { 'zh-CN': '单元格内容', 'en-US': 'Cell content' },
  editor: { 'zh-CN': '编辑单元格 {cell}', 'en-US': 'Edit cell {cell}' },
  paneLabel: { 'zh-CN': '校验任务窗格', 'en-US': 'Checker task pane' },
  toolbarLabel: { 'zh-CN': '文件', 'en-US': 'File' },

  // Opening, with the worker.
  stage_reading: { 'zh-CN': '正在读取文件…', 'en-US': 'Reading the file…' },
  stage_unpacking: { 'zh-CN': '正在检查和解析文件…', 'en-US': 'Checking and parsing the file…' },
  stage_building: { 'zh-CN': '正在显示表格…', 'en-US': 'Laying out the sheet…' },
  elapsed: { 'zh-CN': '已用 {s} 秒', 'en-US': '{s} s so far' },
  cancelOpen: { 'zh-CN': '取消', 'en-US': 'Cancel' },
  cancelOpenLabel: { 'zh-CN': '取消打开“{name}”', 'en-US': 'Stop opening “{name}”' },
  openCancelled: { 'zh-CN': '已取消打开“{name}”。', 'en-US': 'Stopped opening “{name}”.' },
  onPage: {
    'zh-CN': '本页是直接从磁盘打开的，浏览器不允许后台读取：文件在页面中读取，很大的文件可能让页面暂时没有响应。放在网站上的本页没有这个限制。',
    'en-US': 'This page was opened straight from disk, where the browser allows no background reading: files are read on the page itself, and a very large one may make it unresponsive for a while. Served from a web server it has no such limit.',
  },

  // Saving.
  save: { 'zh-CN': '保存', 'en-US': 'Save' },
  saveAs: { 'zh-CN': '保存为 .{ext}', 'en-US': 'Save as .{ext}' },
  saveTitle: {
    'zh-CN': '下载修改后的文件：只有改过的单元格不同，格式、合并单元格、列宽和其他工作表保持原样',
    'en-US': 'Download the changed file: only the cells you changed differ; formatting, merged cells, column widths and other sheets stay as they were',
  },
  saveXlsTitle: {
    'zh-CN': '.xls（Excel 97–2003）文件不能原样写回：将保存为 .xlsx（内容、合并单元格和列宽保留，字体、边框、颜色等格式不保留）',
    'en-US': 'An .xls (Excel 97–2003) file cannot be written back as it is: it is saved as .xlsx (content, merged cells and column widths kept; fonts, borders and colours not)',
  },
  saveCsvTitle: { 'zh-CN': '保存为文本文件（UTF-8 编码，只含第一张工作表）', 'en-US': 'Save as a text file (UTF-8, the first sheet only)' },
  saveCsvXlsxTitle: { 'zh-CN': '保存为 .xlsx 工作簿（含全部工作表，如校验报告）', 'en-US': 'Save as an .xlsx workbook (every sheet, the 校验报告 included)' },
  saving: { 'zh-CN': '正在保存“{name}”…', 'en-US': 'Saving “{name}”…' },
  saved: { 'zh-CN': '已下载“{name}”。', 'en-US': 'Downloaded “{name}”.' },
  savedPatched: {
    'zh-CN': '只有修改过的单元格与原文件不同，其余内容（格式、合并单元格、列宽、其他工作表）保持原样。',
    'en-US': 'Only the cells you changed differ from the original; everything else (formatting, merged cells, column widths, other sheets) is as it was.',
  },
  'note.converted': {
    'zh-CN': '原文件不是 .xlsx，已保存为新的 .xlsx 工作簿：单元格内容、合并单元格和列宽保留，原文件的字体、边框、颜色等格式没有保留。',
    'en-US': 'The original is not an .xlsx: it was saved as a new .xlsx workbook with its content, merged cells and column widths; its fonts, borders and colours are not kept.',
  },
  'note.csv-utf8': {
    'zh-CN': '文本文件以 UTF-8 编码保存（带 BOM，Excel 和 WPS 都能正确显示中文）。',
    'en-US': 'The text file is saved as UTF-8 (with a BOM, so Excel and WPS show Chinese correctly).',
  },
  'note.csv-one-sheet': {
    'zh-CN': '文本文件只能保存一张工作表：校验报告等其他工作表没有保存；需要时请用“保存为 .xlsx”。',
    'en-US': 'A text file holds one sheet only: the 校验报告 and any other sheets are not in it; use “Save as .xlsx” to keep them.',
  },
  saveFailedTitle: { 'zh-CN': '没有保存“{name}”', 'en-US': '“{name}” was not saved' },
  saveFailed: { 'zh-CN': '保存时出错：{detail}。修改仍在本页中，请再试一次。', 'en-US': 'Saving failed: {detail}. Your changes are still on this page; try again.' },
  unsaved: { 'zh-CN': '有未保存的修改', 'en-US': 'unsaved changes' },
  replaceTitle: { 'zh-CN': '“{name}”有未保存的修改', 'en-US': '“{name}” has unsaved changes' },
  replaceBody: {
    'zh-CN': '打开另一个文件会丢掉这些修改。要先保存吗？',
    'en-US': 'Opening another file loses them. Save first?',
  },
  replaceSave: { 'zh-CN': '先保存', 'en-US': 'Save first' },
  replaceDiscard: { 'zh-CN': '不保存，打开新文件', 'en-US': 'Discard and open' },
  replaceCancel: { 'zh-CN': '取消', 'en-US': 'Cancel' },
} satisfies Catalogue;

export type PreviewMessageId = keyof typeof PREVIEW_MESSAGES;

/** Preview page string `id` in `lang`. */
export function p(id: PreviewMessageId, lang: Lang, data?: Record<string, string | number>): string {
  return translate(PREVIEW_MESSAGES, id, lang, data);
}
