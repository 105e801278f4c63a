/** Task pane strings, zh-CN first and en-US second. Category and table names come from the report (reportText). */

import { translate, type Catalogue, type Lang } from '../core/i18n';

export const TASKPANE_MESSAGES = {
  title: { 'zh-CN': '绩效目标表校验', 'en-US': 'Performance Target Checker' },
  intro: {
    'zh-CN': '检查当前工作表中的财政项目支出绩效目标表，看它是否可以发送。',
    'en-US': 'Checks the performance-target table on the active sheet and tells whether it is ready to send.',
  },
  validate: { 'zh-CN': '校验', 'en-US': 'Check' },
  validateAgain: { 'zh-CN': '重新校验', 'en-US': 'Check again' },

  // Summary bar.
  reading: { 'zh-CN': '正在读取工作表…', 'en-US': 'Reading the sheet…' },
  readingProgress: { 'zh-CN': '正在读取工作表（{percent}%）…', 'en-US': 'Reading the sheet ({percent}%)…' },
  notChecked: { 'zh-CN': '填好表格后，按“校验”检查是否可以发送。', 'en-US': 'When the table is filled in, press Check to see whether it is ready to send.' },
  ready: { 'zh-CN': '可以发送（没有错误）', 'en-US': 'Ready to send (no errors)' },
  readyRest: { 'zh-CN': '另有 {warnings} 个警告，{infos} 个提示，可酌情修改', 'en-US': '{warnings} warnings and {infos} infos you may still want to look at' },
  notReady: { 'zh-CN': '{errors} 个错误，{warnings} 个警告', 'en-US': '{errors} errors, {warnings} warnings' },
  notReadyRest: { 'zh-CN': '改正错误后才能发送；另有 {infos} 个提示', 'en-US': 'Fix the errors before sending; also {infos} infos' },
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
    'zh-CN': '关闭的规则不再检查。设置保存在本工作簿中，随文件一起发送。',
    'en-US': 'Rules switched off are not checked. Settings are saved in this workbook and travel with it.',
  },
  settingsOnCount: { 'zh-CN': '已启用 {on} / {all} 条规则', 'en-US': '{on} of {all} rules on' },
} satisfies Catalogue;

export type TaskpaneMessageId = keyof typeof TASKPANE_MESSAGES;

/** Task pane string `id` in `lang`, `{name}` placeholders filled from `data`. */
export function t(id: TaskpaneMessageId, lang: Lang, data?: Record<string, string | number>): string {
  return translate(TASKPANE_MESSAGES, id, lang, data);
}
