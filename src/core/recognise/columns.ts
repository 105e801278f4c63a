/** The indicator block's header row: what each column holds. */
import { compact, toHalfWidth } from '../text';

export type ColumnRole =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'target'
  | 'operator'
  | 'operatorOrDirection'
  | 'direction'
  | 'unit'
  | 'weight'
  | 'history'
  | 'actual'
  | 'score'
  | 'deviation'
  | 'note';

/** The role of an indicator-header cell, or null when the text is not one. Order matters: 指标值说明 is a note. */
export function columnRole(text: string): ColumnRole | null {
  if (text.length > 60) return null; // narrative text: no header is that long, and compacting it costs
  const t = compact(toHalfWidth(text)).replace(/[:：]$/, '');
  if (!t || t.length > 30) return null;
  if (/^(?:一级|1级|一)(?:指标|目标)|^级指标$|^一级$/.test(t)) return 'level1';
  if (/^(?:二级|2级)(?:指标|目标)?/.test(t)) return 'level2';
  if (/^(?:三级|3级)(?:指标|目标)?|^(?:绩效)?指标名称$|^(?:绩效)?指标内容$|^具体指标$/.test(t)) return 'level3';
  if (/实际完成值|全年实际值|实际完成情况|^实际值$|^完成值$|实际完成$/.test(t)) return 'actual';
  if (/^(?:\d{4}年)?实际(?:实现)?值$|\d{4}年实际|上年.*(?:实现|完成|实际)|历史/.test(t)) return 'history';
  if (/^(?:自评)?得分$/.test(t)) return 'score';
  if (/偏差原因|未完成原因|改进措施/.test(t)) return 'deviation';
  if (/指标值说明|指标解释|指标说明|^备注$|评分标准|计算公式|计分方法|评[价分]方法|指标定义|评分规则|指标标准或依据|绩效标准|评价标准|计划标准|行业标准|数据来源/.test(t)) {
    return 'note';
  }
  if (/^(?:指标性质|计算符号|符号|运算符|指标符号|比较符|关系符)$/.test(t)) return 'operator';
  if (/^指标方向(?:性)?$/.test(t)) return 'operatorOrDirection';
  if (/^(?:度量单位|计量单位|单位|指标单位|计量单位名称)$/.test(t)) return 'unit';
  if (/^(?:指标)?(?:权重|分值)(?:\(.*\))?$|^权重分值$/.test(t)) return 'weight';
  if (/指标值|目标值|预期.*值|实现值|年度指标|预期目标|指标目标|绩效目标值/.test(t)) return 'target';
  return null;
}

/** True when a cell text looks like an operator column value. */
export function isOperatorText(text: string): boolean {
  return /^(?:[≥≤=><＞＜＝≧≦]=?|>=|<=|定性|定量|大于等于|小于等于|等于|大于|小于|不低于|不高于|不少于|不超过)$/.test(compact(text));
}

/** True when a cell text is an indicator direction (正向指标 / 反向指标). */
export function isDirectionText(text: string): boolean {
  return /^(?:正向|反向)(?:指标)?$/.test(compact(text));
}
