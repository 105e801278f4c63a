/** Task pane strings, zh-CN first and en-US second. Category and table names come from the report (reportText). */

import { translate, type Catalogue, type Lang } from '../core/i18n';

export const TASKPANE_MESSAGES = {
  title: { 'zh-CN': '绩效目标表校验', 'en-US': 'Performance Target Checker' },
  intro: {
    'zh-CN': '检查当前工作表中的财政项目支出绩效目标表，看它是否可以发送。',
    'en-US': 'Checks the performance-target table on the active sheet and tells whether it is ready to send.',
  },
  // taskpane.html opened outside Excel (a plain browser tab).
  outsideBody: {
    'zh-CN': '这是 Excel 加载项的任务窗格：请在 Excel 中打开它（“开始”选项卡 →“绩效目标表”组 →“打开校验面板”），在这里无法读取表格。',
    'en-US': 'This is the task pane of an Excel add-in: open it in Excel (Home tab → Performance Targets → Open Checker); it cannot read a table here.',
  },
  outsidePreview: { 'zh-CN': '没有 Excel 也可以检查表格：', 'en-US': 'To check a table without Excel:' },
  outsidePreviewLink: { 'zh-CN': '打开浏览器预览', 'en-US': 'open the browser preview' },
  validate: { 'zh-CN': '校验', 'en-US': 'Check' },
  validateAgain: { 'zh-CN': '重新校验', 'en-US': 'Check again' },

  // Summary bar.
  reading: { 'zh-CN': '正在读取工作表…', 'en-US': 'Reading the sheet…' },
  readingProgress: { 'zh-CN': '正在读取工作表（{percent}%）…', 'en-US': 'Reading the sheet ({percent}%)…' },
  notChecked: { 'zh-CN': '填好表格后，按“校验”检查是否可以发送。', 'en-US': 'When the table is filled in, press Check to see whether it is ready to send.' },
  readyRest: { 'zh-CN': '下面的警告和提示可酌情修改。', 'en-US': 'The warnings and infos below are worth a look.' },
  notReadyRest: { 'zh-CN': '改正错误后才能发送。', 'en-US': 'Fix the errors before sending.' },
  // The verdict and the counts (each a filter of the list; a count of 0 is not shown) are core/report/wording.ts's.
  filterLabel: { 'zh-CN': '只看：', 'en-US': 'Show only:' },
  filterGroup: { 'zh-CN': '按级别筛选问题', 'en-US': 'Filter findings by severity' },
  filterTitle: { 'zh-CN': '只列出{what}（再按一次列出全部）', 'en-US': 'List only the {what} (press again for all)' },
  showAll: { 'zh-CN': '显示全部', 'en-US': 'Show all' },
  nextError: { 'zh-CN': '下一个错误', 'en-US': 'Next error' },
  nextErrorTitle: { 'zh-CN': '转到下一个错误，并在表格中选中它的单元格', 'en-US': 'Go to the next error and select its cell in the sheet' },
  omitted: {
    'zh-CN': '问题太多：下面列出前 {shown} 个（错误优先），另有 {n} 个未列出；上面的计数包括全部问题。',
    'en-US': 'Too many findings: the first {shown} are listed (errors first) and {n} more are not; the counts above cover them all.',
  },
  checking: { 'zh-CN': '正在校验…', 'en-US': 'Checking…' },
  loadingView: { 'zh-CN': '正在载入…', 'en-US': 'Loading…' },
  cancelCheck: { 'zh-CN': '取消', 'en-US': 'Cancel' },
  cancelCheckLabel: { 'zh-CN': '取消校验', 'en-US': 'Cancel the check' },
  noTableSummary: { 'zh-CN': '没有找到绩效目标表', 'en-US': 'No performance-target table found' },
  sheetChecked: { 'zh-CN': '工作表：{name}', 'en-US': 'Sheet: {name}' },
  autoRecheck: { 'zh-CN': '修改表格后会自动重新校验', 'en-US': 'Edits to the sheet are checked again automatically' },

  // Severities (icon + this text, never colour alone).
  'severity.error': { 'zh-CN': '错误', 'en-US': 'Error' },
  'severity.warning': { 'zh-CN': '警告', 'en-US': 'Warning' },
  'severity.info': { 'zh-CN': '提示', 'en-US': 'Info' },

  // Findings.
  findings: { 'zh-CN': '问题列表', 'en-US': 'Findings' },
  noFindings: { 'zh-CN': '没有发现问题。', 'en-US': 'Nothing to report.' },
  noFindingsOfSeverity: { 'zh-CN': '没有这一级别的问题。', 'en-US': 'No findings of this severity.' },
  sheetLevel: { 'zh-CN': '整个工作表', 'en-US': 'Whole sheet' },
  selectCell: { 'zh-CN': '选择单元格 {cell}', 'en-US': 'Select cell {cell}' },
  fix: { 'zh-CN': '修正', 'en-US': 'Fix' },
  fixLabel: { 'zh-CN': '修正：{edits}', 'en-US': 'Fix: {edits}' },
  editDescription: { 'zh-CN': '{cell} 改为“{value}”', 'en-US': '{cell} becomes "{value}"' },
  suggestionLabel: { 'zh-CN': '{text}（{cells}）', 'en-US': '{text} ({cells})' },
  ignore: { 'zh-CN': '忽略', 'en-US': 'Ignore' },
  ignoreLabel: { 'zh-CN': '忽略此问题（{cell}）', 'en-US': 'Ignore this finding ({cell})' },
  unignore: { 'zh-CN': '取消忽略', 'en-US': 'Stop ignoring' },
  unignoreLabel: { 'zh-CN': '取消忽略（{cell}）', 'en-US': 'Stop ignoring ({cell})' },
  ignoredToggle: { 'zh-CN': '已忽略 {n} 项', 'en-US': '{n} ignored' },
  ignoredHeading: { 'zh-CN': '已忽略的问题（单元格内容改变后会重新出现）', 'en-US': 'Ignored findings (they come back when the cell changes)' },

  // Actions.
  fixAll: { 'zh-CN': '全部修正（{n}）', 'en-US': 'Fix all ({n})' },
  fixAllTitle: { 'zh-CN': '全部修正', 'en-US': 'Fix all' },
  fixAllConfirm: { 'zh-CN': '将修改 {n} 个单元格：', 'en-US': '{n} cells will change:' },
  fixAllMore: { 'zh-CN': '……另有 {n} 个单元格', 'en-US': '… and {n} more cells' },
  fixAllNote: {
    'zh-CN': '只改写仍是原内容的单元格；其间被修改过的单元格不会被覆盖。',
    'en-US': 'Only cells still holding what was checked are written; cells edited since are left alone.',
  },
  confirm: { 'zh-CN': '修改', 'en-US': 'Change' },
  cancel: { 'zh-CN': '取消', 'en-US': 'Cancel' },
  close: { 'zh-CN': '关闭', 'en-US': 'Close' },
  highlight: { 'zh-CN': '在表格中标出', 'en-US': 'Mark in the sheet' },
  copyReport: { 'zh-CN': '复制报告', 'en-US': 'Copy report' },
  exportReport: { 'zh-CN': '导出报告', 'en-US': 'Export report' },
  cancelled: { 'zh-CN': '已取消校验。', 'en-US': 'Check cancelled.' },
  cancelledKept: { 'zh-CN': '已取消校验；下面仍是上次校验的结果。', 'en-US': 'Check cancelled; the findings below are from the last check.' },
  copied: { 'zh-CN': '报告已复制，可以粘贴到邮件正文。', 'en-US': 'The report is copied: paste it into the email.' },
  copyDialogTitle: { 'zh-CN': '复制报告', 'en-US': 'Copy the report' },
  copyDialogHint: {
    'zh-CN': '这里不允许直接写入剪贴板。请选中下面的文字（已全选），按 Ctrl+C 复制。',
    'en-US': 'The clipboard is blocked here. The text below is selected: press Ctrl+C to copy it.',
  },
  copyDialogText: { 'zh-CN': '报告内容', 'en-US': 'Report text' },
  exported: { 'zh-CN': '已添加工作表“{name}”。', 'en-US': 'Sheet "{name}" added.' },

  // Results of writes.
  applied: { 'zh-CN': '已修改 {n} 个单元格。', 'en-US': '{n} cells changed.' },
  stale: { 'zh-CN': '{cell} 已被修改，未覆盖（现在是“{actual}”）', 'en-US': '{cell} was edited since the check and was not overwritten (now "{actual}")' },
  staleTitle: { 'zh-CN': '有单元格没有改写', 'en-US': 'Some cells were not written' },
  dismiss: { 'zh-CN': '关闭提示', 'en-US': 'Dismiss' },

  // Errors.
  errorTitle: { 'zh-CN': '操作没有完成，表格没有被修改', 'en-US': 'Not done; the sheet was not changed' },
  errorUnexpected: { 'zh-CN': '出现意外错误：{message}', 'en-US': 'Unexpected error: {message}' },
  configTitle: { 'zh-CN': '本工作簿保存的规则设置有误', 'en-US': 'The rule settings stored in this workbook are invalid' },
  resetRules: { 'zh-CN': '恢复默认规则', 'en-US': 'Restore default rules' },

  // Empty state.
  emptyTitle: { 'zh-CN': '当前工作表中没有找到绩效目标表', 'en-US': 'No performance-target table on the active sheet' },
  emptyBody: {
    'zh-CN': '校验的是当前选中的工作表。请切换到绩效目标表所在的工作表，再按“校验”。本工具会寻找：',
    'en-US': 'The active sheet is the one checked. Switch to the sheet holding the table and press Check again. The checker looks for:',
  },
  emptyIndicators: {
    'zh-CN': '指标表头：“一级指标”“二级指标”“三级指标”和“指标值”列',
    'en-US': 'an indicator header: 一级指标, 二级指标, 三级指标 and 指标值 columns',
  },
  emptyFields: { 'zh-CN': '表头项：项目名称、申报单位等', 'en-US': 'header fields such as 项目名称 (project name) and 申报单位' },
  emptyMoney: { 'zh-CN': '资金：项目总预算、当年预算、财政资金等', 'en-US': 'money: 项目总预算, 当年预算, 财政资金 and the like' },

  // What was recognised.
  recognised: { 'zh-CN': '识别结果', 'en-US': 'What was recognised' },
  project: { 'zh-CN': '项目', 'en-US': 'Project' },
  unit: { 'zh-CN': '金额单位', 'en-US': 'Money unit' },
  unitNone: { 'zh-CN': '未注明', 'en-US': 'not stated' },
  year: { 'zh-CN': '年度', 'en-US': 'Year' },
  framework: { 'zh-CN': '指标体系', 'en-US': 'Indicator framework' },
  kind: { 'zh-CN': '表格类型', 'en-US': 'Table type' },
  range: { 'zh-CN': '范围', 'en-US': 'Range' },
  money: { 'zh-CN': '资金', 'en-US': 'Money' },
  moneyNone: { 'zh-CN': '没有找到资金项', 'en-US': 'No money items found' },
  moneyBlank: { 'zh-CN': '（空）', 'en-US': '(blank)' },
  indicators: { 'zh-CN': '指标（按一级指标）', 'en-US': 'Indicators (by 一级)' },
  indicatorCount: { 'zh-CN': '{n} 项', 'en-US': '{n}' },
  labelValue: { 'zh-CN': '{label}：{value}', 'en-US': '{label}: {value}' },
  indicatorsNone: { 'zh-CN': '没有找到指标', 'en-US': 'No indicators found' },
  unknown: { 'zh-CN': '未识别', 'en-US': 'unknown' },

  // Rule settings.
  settings: { 'zh-CN': '规则设置', 'en-US': 'Rule settings' },
  settingsHint: {
    'zh-CN': '关闭的规则不再检查。设置保存在本工作簿中，随文件一起发送（在 WPS 表格中保存在名为“ptcheck-settings”的隐藏工作表里，请勿删除）。',
    'en-US': 'Rules switched off are not checked. Settings are saved in this workbook and travel with it (in WPS Spreadsheets, in a hidden sheet named “ptcheck-settings”: do not delete it).',
  },
  settingsHintPreview: {
    'zh-CN': '关闭的规则不再检查。在浏览器预览中，设置保存在本浏览器里（按文件名），不会写入表格文件，也不会随文件发送。',
    'en-US': 'Rules switched off are not checked. In the browser preview, settings are kept in this browser (by file name): they are not written into the file and do not travel with it.',
  },
  settingsOnCount: { 'zh-CN': '已启用 {on} / {all} 条规则', 'en-US': '{on} of {all} rules on' },

  // Tabs.
  tabCheck: { 'zh-CN': '校验', 'en-US': 'Check' },
  tabTemplates: { 'zh-CN': '模板', 'en-US': 'Templates' },
  tabsLabel: { 'zh-CN': '功能', 'en-US': 'Views' },

  // Templates.
  templatesHint: {
    'zh-CN': '选择一组标准指标插入本表；指标值以“**”占位，插入后请填写。',
    'en-US': 'Pick a set of standard indicators to insert; targets are the placeholder "**" until you fill them in.',
  },
  templatesFramework: { 'zh-CN': '本表指标体系：{framework}', 'en-US': 'This table\'s framework: {framework}' },
  templatesUnknownFramework: {
    'zh-CN': '没有识别出本表的指标体系，无法推荐模板。',
    'en-US': 'The table\'s indicator framework was not recognised: no templates to offer.',
  },
  templatesRead: { 'zh-CN': '读取工作表', 'en-US': 'Read the sheet' },
  templatesNotRead: { 'zh-CN': '先读取当前工作表，才能推荐适合它的模板。', 'en-US': 'Read the active sheet first to see the templates that suit it.' },
  templateSearch: { 'zh-CN': '搜索模板或指标', 'en-US': 'Search templates or indicators' },
  templateNone: { 'zh-CN': '没有符合的模板。', 'en-US': 'No matching template.' },
  templateGroupOwn: { 'zh-CN': '我的模板', 'en-US': 'My templates' },
  templateGroupSets: { 'zh-CN': '行业成套模板（跨二级指标）', 'en-US': 'Sets by kind of project (across 二级)' },
  templateRows: { 'zh-CN': '{n} 项', 'en-US': '{n} rows' },
  templatePreview: { 'zh-CN': '将插入的指标', 'en-US': 'Rows to insert' },
  colLevel3: { 'zh-CN': '三级指标', 'en-US': '三级 indicator' },
  colTarget: { 'zh-CN': '指标值', 'en-US': 'Target' },
  colExplanation: { 'zh-CN': '指标解释', 'en-US': 'Explanation' },
  colWhere: { 'zh-CN': '位置', 'en-US': 'Goes under' },
  whereSelection: { 'zh-CN': '插入位置：所选单元格 {cell} 所在的指标组', 'en-US': 'Where: the indicator group of the selected cell {cell}' },
  whereCategory: { 'zh-CN': '插入位置：各指标所属的二级指标末尾（可先选中某个指标行再选模板）', 'en-US': 'Where: at the end of each row\'s 二级 group (select an indicator row first to choose)' },
  whereRows: { 'zh-CN': '第 {rows} 行', 'en-US': 'row {rows}' },
  whereGroups: {
    'zh-CN': '插入位置：{n} 组：第 {rows} 行（各指标放在所属二级指标的末尾）',
    'en-US': 'Where: {n} groups: rows {rows} (each indicator at the end of its 二级 group)',
  },
  whereFilled: { 'zh-CN': '填入已有空行（第 {rows} 行）', 'en-US': 'fills empty rows ({rows})' },
  planNotes: { 'zh-CN': '说明', 'en-US': 'Notes' },
  nothingToInsert: { 'zh-CN': '没有要插入的行。', 'en-US': 'Nothing to insert.' },
  insert: { 'zh-CN': '插入', 'en-US': 'Insert' },
  insertCount: { 'zh-CN': '插入（{n} 行）', 'en-US': 'Insert ({n} rows)' },
  undoInsert: { 'zh-CN': '撤销插入', 'en-US': 'Undo insertion' },
  inserted: { 'zh-CN': '已插入 {n} 行，请填写标 ** 的指标值。', 'en-US': '{n} rows inserted: fill in the targets marked **.' },
  undone: { 'zh-CN': '已撤销插入，插入的行已删除。', 'en-US': 'Insertion undone: the inserted rows are removed.' },
  undoRefused: {
    'zh-CN': '插入的行已被修改（{cells}），没有删除任何内容。请手动删除这些行。',
    'en-US': 'The inserted rows were edited since ({cells}); nothing was removed. Delete the rows by hand.',
  },
  blankTitle: { 'zh-CN': '新建空白绩效目标表', 'en-US': 'New blank performance-target table' },
  blankHint: {
    'zh-CN': '当前工作表没有绩效目标表。可以在新工作表中插入一张空白表：',
    'en-US': 'The active sheet has no performance-target table. A blank table can be added on a new sheet:',
  },
  blankInsert: { 'zh-CN': '插入 {name}', 'en-US': 'Insert {name}' },
  blankAdded: { 'zh-CN': '已添加工作表“{name}”，并已校验：请填写标出的空白项和 ** 指标值。', 'en-US': 'Sheet "{name}" added and checked: fill in the blanks and the ** targets.' },
  ownTitle: { 'zh-CN': '我的模板', 'en-US': 'My templates' },
  ownHint: {
    'zh-CN': '选中表中几行指标，输入名称，保存为模板；模板保存在本工作簿中（数值替换为 **）。',
    'en-US': 'Select some indicator rows, name them and save them as a template; it is kept in this workbook (numbers become **).',
  },
  ownHintPreview: {
    'zh-CN': '选中表中几行指标，输入名称，保存为模板；在浏览器预览中，模板保存在本浏览器里（按文件名），不会写入表格文件（数值替换为 **）。',
    'en-US': 'Select some indicator rows, name them and save them as a template; in the browser preview it is kept in this browser (by file name), not in the file (numbers become **).',
  },
  templateName: { 'zh-CN': '模板名称', 'en-US': 'Template name' },
  saveTemplate: { 'zh-CN': '保存为模板', 'en-US': 'Save as template' },
  exportTemplates: { 'zh-CN': '导出', 'en-US': 'Export' },
  importTemplates: { 'zh-CN': '导入', 'en-US': 'Import' },
  importFile: { 'zh-CN': '导入模板文件（JSON）', 'en-US': 'Import a template file (JSON)' },
  deleteTemplate: { 'zh-CN': '删除模板“{name}”', 'en-US': 'Delete template "{name}"' },
  templateSaved: { 'zh-CN': '已保存模板“{name}”（{n} 项指标）。', 'en-US': 'Template "{name}" saved ({n} rows).' },
  templateSkipped: { 'zh-CN': '未收入（指标值无法转为模板）：{rows}', 'en-US': 'Left out (target cannot become a pattern): {rows}' },
  templateEmpty: {
    'zh-CN': '所选区域中没有可保存的指标行：请先选中表中的指标行（含三级指标和指标值）。',
    'en-US': 'No indicator rows to save in the selection: select indicator rows of the table (三级 and target) first.',
  },
  templatesImported: { 'zh-CN': '已导入 {n} 个模板。', 'en-US': '{n} templates imported.' },

  // Labels the checker did not understand, and what the user taught it (识别栏目).
  unrecognisedHeading: { 'zh-CN': '未能识别的栏目', 'en-US': 'Labels not understood' },
  unrecognisedHint: {
    'zh-CN': '校验程序不认识这些栏目。选择它们是什么，下次校验就能识别（保存在本工作簿的设置中，可导出给同事）。',
    'en-US': 'The checker does not know these labels. Say what each is and the next check reads it (kept in this workbook\'s settings; can be exported for colleagues).',
  },
  unrecognisedHintPreview: {
    'zh-CN': '校验程序不认识这些栏目。选择它们是什么，下次校验就能识别（在浏览器预览中保存在本浏览器里，可导出给同事）。',
    'en-US': 'The checker does not know these labels. Say what each is and the next check reads it (in the browser preview, kept in this browser; can be exported for colleagues).',
  },
  teachPlaceholder: { 'zh-CN': '这是…', 'en-US': 'This is…' },
  teachLabel: { 'zh-CN': '“{label}”是什么', 'en-US': 'What "{label}" is' },
  taughtHeading: { 'zh-CN': '识别栏目', 'en-US': 'Labels' },
  taughtHint: {
    'zh-CN': '你告诉校验程序的栏目名称。与同事共用：导出为词表文件，对方导入即可（命令行：ptcheck --vocabulary 词表.json）。',
    'en-US': 'Labels you taught the checker. To share them, export a vocabulary file for colleagues to import (command line: ptcheck --vocabulary words.json).',
  },
  taughtNone: { 'zh-CN': '还没有自定义的栏目。', 'en-US': 'No labels taught yet.' },
  taughtItem: { 'zh-CN': '“{label}” → {meaning}', 'en-US': '"{label}" → {meaning}' },
  forgetLabel: { 'zh-CN': '删除“{label}”', 'en-US': 'Remove "{label}"' },
  remove: { 'zh-CN': '删除', 'en-US': 'Remove' },
  exportVocabulary: { 'zh-CN': '导出词表', 'en-US': 'Export vocabulary' },
  importVocabulary: { 'zh-CN': '导入词表', 'en-US': 'Import vocabulary' },
  vocabularyImported: { 'zh-CN': '已导入 {n} 个栏目名称。', 'en-US': '{n} labels imported.' },
  vocabularyImportFailedTitle: { 'zh-CN': '词表文件有误，没有导入任何内容', 'en-US': 'The vocabulary file is invalid; nothing was imported' },
  importFailedTitle: { 'zh-CN': '模板文件有误，没有导入任何内容', 'en-US': 'The template file is invalid; nothing was imported' },
} satisfies Catalogue;

export type TaskpaneMessageId = keyof typeof TASKPANE_MESSAGES;

/** Task pane string `id` in `lang`, `{name}` placeholders filled from `data`. */
export function t(id: TaskpaneMessageId, lang: Lang, data?: Record<string, string | number>): string {
  return translate(TASKPANE_MESSAGES, id, lang, data);
}
