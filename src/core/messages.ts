/** Messages of the recogniser (notes) and of the recognition findings, zh-CN and en-US. */
import type { Catalogue } from './i18n';

export const RECOGNITION_MESSAGES: Catalogue = {
  // Notes: what could not be read, and why.
  'money-unreadable': {
    'zh-CN': '“{label}”的金额“{text}”不是一个数字，无法读取',
    'en-US': 'The amount "{text}" of "{label}" is not one number and cannot be read',
  },
  'indicator-rows-missing': {
    'zh-CN': '找到了指标表头，但表头下没有指标行',
    'en-US': 'The indicator header was found but no indicator rows follow it',
  },
  'indicator-block-missing': {
    'zh-CN': '找到了表头和资金信息，但没有绩效指标部分（一级/二级/三级指标及指标值表头）',
    'en-US': 'Header and money found, but no indicator block (一级/二级/三级 and 指标值 header)',
  },

  // Findings.
  'table-not-found': {
    'zh-CN': '没有找到绩效目标表：文件中既没有“一级指标/三级指标/指标值”表头，也没有项目名称、资金等表头项。请确认文件是绩效目标表',
    'en-US': 'No performance-target table found: no 一级/三级/指标值 indicator header and no header fields such as 项目名称. Check that this is a target table',
  },
  'indicator-block-incomplete': {
    'zh-CN': '指标部分不完整：缺少一级指标 {missing}。表格可能被截断，或这些指标尚未填写',
    'en-US': 'The indicator block is incomplete: 一级 {missing} missing. The table may be cut off, or these were never filled in',
  },
  'evaluation-table': {
    'zh-CN': '这是绩效评价指标表（评分体系），不按绩效目标表校验',
    'en-US': 'This is a performance-evaluation scheme (评价指标表); it is not checked as a target table',
  },
  'money-column-title': {
    'zh-CN': '“{label}”一栏填的是栏目名“{title}”，不是金额：请填写{label}的金额',
    'en-US': '"{label}" holds the column title "{title}" instead of an amount: fill in the amount',
  },
  'self-evaluation-table': {
    'zh-CN': '这是绩效自评表，不按绩效目标表校验',
    'en-US': 'This is a self-evaluation table (绩效自评表); it is not checked as a target table',
  },

  // Names shown in reports.
  'framework.shanghai-2020': { 'zh-CN': '上海2020版（投入与管理/产出/效果/影响力）', 'en-US': 'Shanghai 2020 (投入与管理/产出/效果/影响力)' },
  'framework.national-2015': { 'zh-CN': '全国2015版（产出/效益/满意度）', 'en-US': 'national 2015 (产出/效益/满意度)' },
  'framework.national-2021': { 'zh-CN': '全国2021版（成本/产出/效益/满意度）', 'en-US': 'national 2021 (成本/产出/效益/满意度)' },
  'framework.unknown': { 'zh-CN': '未识别的指标体系', 'en-US': 'unknown framework' },
  'kind.target': { 'zh-CN': '绩效目标表', 'en-US': 'target table' },
  'kind.self-evaluation': { 'zh-CN': '绩效自评表', 'en-US': 'self-evaluation table' },
  'kind.evaluation': { 'zh-CN': '绩效评价指标表', 'en-US': 'evaluation scheme' },
};
