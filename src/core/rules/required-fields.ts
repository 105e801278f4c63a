/**
 * domain.md §6.19: the header names the project (部门整体 forms: the department), a unit, the dates or period,
 * the money and the goal. A field whose label is on the form but whose value is blank is reported where the value
 * belongs (reviewers send back a blank 主管部门 too); a label missing from the form matters only when nothing else
 * gives the same information (one of 申报单位 / 主管部门 / 实施单位 is enough). Forms without any date field (transfer
 * payment forms, budget-system lists) are placed in time by their year, so only a table with neither is reported.
 */
import type { Field, FieldKey, TargetTable } from '../model';
import { compact } from '../text';
import type { Rule } from './rule';

/** Blank, or a template placeholder (`**`, `XX`). */
export function isBlank(value: string | undefined): boolean {
  const v = compact(value ?? '');
  return v === '' || /^(?:\*+|[Xx×]{2,}|_+)$/.test(v);
}

const labelOf = (f: Field) => compact(f.label).replace(/[:：]+$/, '');
const firstCell = (t: TargetTable) => t.range.split(':')[0];

export const requiredFields: Rule = {
  meta: {
    id: 'required-fields',
    severity: 'error',
    tags: ['header'],
    description: {
      'zh-CN': '必填信息要齐全：项目名称（部门整体表为部门名称）、单位、起止日期或项目期、资金、绩效目标',
      'en-US': 'Required information is present and filled: project name (department name on 部门整体 forms), unit, dates or period, money, goal text',
    },
    messages: {
      nameMissing: {
        'zh-CN': '表中没有“{field}”：请补充填写',
        'en-US': 'The table has no "{field}": fill it in',
      },
      fieldBlank: {
        'zh-CN': '“{label}”一栏未填写：请补充填写',
        'en-US': '"{label}" is blank: fill it in',
      },
      sealBlank: {
        'zh-CN': '“{label}”未填写：如需盖章，电子表也请写明单位名称',
        'en-US': '"{label}" is blank: even where the form is stamped, write the unit\'s name in the electronic table',
      },
      managerBlank: {
        'zh-CN': '“{label}”未填写：请填写项目负责人',
        'en-US': '"{label}" is blank: name the person responsible for the project',
      },
      unitMissing: {
        'zh-CN': '表中没有申报单位、主管部门或实施单位：请至少写明一个单位',
        'en-US': 'The table names no applicant, department or implementing unit: name at least one',
      },
      datesMissing: {
        'zh-CN': '表中既没有项目起止日期（项目期），也没有年度：请写明项目的实施期间',
        'en-US': 'The table has neither the project dates (period) nor a year: state when the project runs',
      },
      moneyMissing: {
        'zh-CN': '表中没有资金（预算金额）：请填写项目预算',
        'en-US': 'The table has no money (budget amounts): fill in the project budget',
      },
      moneyBlank: {
        'zh-CN': '资金栏目都没有填写金额：请填写项目预算',
        'en-US': 'No amount is filled in the money block: fill in the project budget',
      },
      goalMissing: {
        'zh-CN': '表中没有绩效目标（总目标或年度目标）：请填写项目要达到的绩效目标',
        'en-US': 'The table has no goal text (overall or annual goal): state the performance goal of the project',
      },
    },
    examples: { valid: ['项目名称: 老干部工作专项经费'], invalid: ['项目名称: (blank)', '项目主管部门: (blank)'] },
  },
  check(context) {
    const table = context.table;
    const fields = table.fields;
    const blankField = (key: FieldKey) => {
      const f = fields[key];
      return f && isBlank(f.value) ? f : undefined;
    };
    const filled = (key: FieldKey) => !!fields[key] && !isBlank(fields[key]!.value);

    // The name: 项目名称, or 部门名称 (read as the applicant) on a 部门整体 form.
    const nameKey: FieldKey = table.form === 'department' && !fields.projectName ? 'applicant' : 'projectName';
    if (!fields[nameKey]) {
      context.report({ messageId: 'nameMissing', data: { field: nameKey === 'applicant' ? '部门名称' : '项目名称' }, cells: [firstCell(table)] });
    }

    // Named fields left blank, wherever their label is on the form.
    for (const key of ['projectName', 'applicant', 'department', 'implementer'] as const) {
      const f = blankField(key);
      if (!f) continue;
      // `填报单位(盖章)` is often left for the stamp when another unit is named.
      const seal = key === 'applicant' && /盖章/.test(f.label) && (filled('department') || filled('implementer'));
      context.report({ messageId: seal ? 'sealBlank' : 'fieldBlank', data: { label: labelOf(f) }, cells: [f.cell], ...(seal ? { severity: 'warning' as const } : {}) });
    }
    const manager = blankField('manager');
    if (manager) context.report({ messageId: 'managerBlank', data: { label: labelOf(manager) }, cells: [manager.cell], severity: 'warning' });
    // (On a 部门整体 form a missing 部门名称 was just reported: the same absence once.)
    if (!fields.applicant && !fields.department && !fields.implementer && nameKey !== 'applicant') {
      context.report({ messageId: 'unitMissing', cells: [firstCell(table)] });
    }

    // Dates: both planned dates, or the period.
    const dates = (['startDate', 'endDate', 'period'] as const).filter((k) => fields[k]);
    const datesOk = (filled('startDate') && filled('endDate')) || filled('period');
    if (!datesOk) {
      const blanks = dates.map(blankField).filter((f): f is Field => !!f);
      // A date whose partner label is not on the form (only 开始日期) is left to the recogniser's reading.
      for (const f of blanks) context.report({ messageId: 'fieldBlank', data: { label: labelOf(f) }, cells: [f.cell] });
      if (dates.length === 0 && table.year === null) context.report({ messageId: 'datesMissing', cells: [firstCell(table)], severity: 'warning' });
    }

    // Money: at least one amount. Amounts that are not numbers are reported by the recogniser (money-not-number).
    const items = table.money.items;
    if (items.length === 0) context.report({ messageId: 'moneyMissing', cells: [firstCell(table)] });
    else if (items.every((m) => m.value === null && isBlank(m.text))) context.report({ messageId: 'moneyBlank', cells: items.map((m) => m.cell) });

    // Goal text: the overall or the annual goal.
    if (!filled('overallGoal') && !filled('annualGoal')) {
      const goals = (['overallGoal', 'annualGoal'] as const).map((k) => fields[k]).filter((f): f is Field => !!f);
      if (goals.length) for (const f of goals) context.report({ messageId: 'fieldBlank', data: { label: labelOf(f) }, cells: [f.cell] });
      // 部门整体 and investment forms state goals in blocks the recogniser may not read as a goal field.
      else context.report({ messageId: 'goalMissing', cells: [firstCell(table)], ...(table.form === 'project' ? {} : { severity: 'warning' as const }) });
    }
  },
};
