/** domain.md §6.1: an empty target, a unit without a value, or a template placeholder left in. */
import { createRule } from './rule';

export const targetMissing = createRule({
  meta: {
    id: 'target-missing',
    severity: 'error',
    tags: ['target'],
    description: {
      'zh-CN': '指标值为空、只有单位或仍是模板占位符（**、XX）：评审会退回',
      'en-US': 'A target that is empty, only a unit, or a template placeholder (**, XX): a reviewer sends it back',
    },
    messages: {
      empty: { 'zh-CN': '“{name}”的指标值为空', 'en-US': 'The target of "{name}" is empty' },
      unitOnly: { 'zh-CN': '“{name}”的指标值只有单位“{text}”，没有数值', 'en-US': 'The target of "{name}" is only a unit ("{text}"), with no value' },
      placeholder: { 'zh-CN': '“{name}”的指标值“{text}”是模板占位符，请填写实际目标', 'en-US': 'The target of "{name}" is a template placeholder ("{text}"): fill in the real target' },
    },
    examples: { valid: ['≥200人', '良好'], invalid: ['', '公里', '≧ %', '≥**%', 'XX'] },
  },
  check(context) {
    for (const ind of context.table.indicators) {
      const p = context.parsed(ind);
      const name = ind.level3 || ind.level2;
      const messageId = p.kind === 'empty' ? 'empty' : p.kind === 'unit-only' ? 'unitOnly' : p.kind === 'placeholder' ? 'placeholder' : null;
      if (!messageId) continue;
      // A row with neither a name nor a target is an unfilled category, not a missing target.
      if (p.kind === 'empty' && !ind.level3) continue;
      context.report({ messageId, data: { name, text: ind.target }, cells: [ind.cell] });
    }
  },
});
