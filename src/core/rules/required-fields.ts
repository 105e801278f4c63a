/**
 * domain.md §6.19: the header holds what its form asks for (vocabulary `forms`): a project form its name, a unit,
 * the dates or period, the money, the goal and its narratives; a 部门整体 form the department's name and goal; a
 * 发改 investment form its name, the receiving unit, the money and the goal.
 *
 * An error is a promise. A field whose label is on the form but whose value is blank is reported where the value
 * belongs (reviewers send back a blank 主管部门 too). A field the header seems to lack is an error only when nothing
 * on the sheet could be it: when the header has labels the vocabulary does not know, the finding is a warning that
 * names them (the user can say what they are), since one of them may be the field.
 */
import type { Field, FieldKey, TargetTable } from '../model';
import { compact } from '../text';
import { defaultVocabulary } from '../vocabulary';
import { createRule, type Report } from './rule';

/** Blank, or a template placeholder (`**`, `XX`). */
export function isBlank(value: string | undefined): boolean {
  // Most values are long narratives: one character that is neither white space nor a placeholder's decides it.
  if (value && /[^\s\u200b-\u200d\u2060\ufeff*Xx×_]/.test(value)) return false;
  const v = compact(value ?? '');
  return v === '' || /^(?:\*+|[Xx×]{2,}|_+)$/.test(v);
}

const labelOf = (f: Field) => compact(f.label).replace(/[:：]+$/, '');
const firstCell = (t: TargetTable) => t.range.split(':')[0];

/** Narratives a form asks to be filled when it has them. */
const NARRATIVES: readonly FieldKey[] = ['overview', 'basis', 'necessity', 'measures', 'plan'];

/** What is missing, as the unrecognised-labels warning names it (domain words, in both languages). */
const MISSING_NAMES: Record<string, string> = { name: '项目名称', departmentName: '部门名称', unit: '单位', money: '资金', goal: '绩效目标' };

export const requiredFields = createRule({
  meta: {
    id: 'required-fields',
    severity: 'error',
    tags: ['header'],
    description: {
      'zh-CN': '表种要求的信息要齐全并已填写：项目名称（部门整体表为部门名称）、单位、起止日期或项目期、资金、绩效目标、项目概况等说明',
      'en-US': 'What the form asks for is present and filled: project name (department name on 部门整体 forms), unit, dates or period, money, goal, narratives',
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
      notUnderstood: {
        'zh-CN': '没有找到{missing}；表头中有未能识别的栏目：{labels}。如果其中就有{missing}，请在“识别结果”中说明它是什么（命令行：--vocabulary 词表）',
        'en-US': 'Not found: {missing}; the header has labels that were not understood: {labels}. If one of them is {missing}, say what it is under "What was recognised" (command line: --vocabulary)',
      },
    },
    examples: { valid: ['项目名称: 老干部工作专项经费'], invalid: ['项目名称: (blank)', '项目主管部门: (blank)'] },
  },
  check(context) {
    const table = context.table;
    const fields = table.fields;
    const requires = new Set(table.requires ?? defaultVocabulary().requires(table.form));
    const filled = (key: FieldKey) => !!fields[key] && !isBlank(fields[key]!.value);
    const unknown = table.unrecognisedLabels ?? [];
    const missing: string[] = [];
    // "Missing" is a promise only when every label of the header was understood.
    const reportMissing = (what: string, report: Report<'nameMissing' | 'unitMissing' | 'moneyMissing' | 'goalMissing'>) =>
      unknown.length ? missing.push(what) : context.report(report);
    const reportBlank = (f: Field) =>
      context.report({ messageId: 'fieldBlank', data: { label: labelOf(f) }, cells: [f.cell], ...(f.source ? { severity: 'warning' as const } : {}) });

    // The name: 项目名称, or 部门名称 (read as the applicant) on a 部门整体 form.
    const department = table.form === 'department' && !fields.projectName;
    const nameKey: FieldKey = department ? 'applicant' : 'projectName';
    if (requires.has('name') && !fields[nameKey]) {
      reportMissing(department ? 'departmentName' : 'name', { messageId: 'nameMissing', data: { field: department ? '部门名称' : '项目名称' }, cells: [firstCell(table)] });
    }

    // Named fields left blank, wherever their label is on the form.
    for (const key of ['projectName', 'applicant', 'department', 'implementer'] as const) {
      const f = fields[key];
      if (!f || !isBlank(f.value)) continue;
      // `填报单位(盖章)` is often left for the stamp when another unit is named.
      const seal = key === 'applicant' && /盖章/.test(f.label) && (filled('department') || filled('implementer'));
      if (seal) context.report({ messageId: 'sealBlank', data: { label: labelOf(f) }, cells: [f.cell], severity: 'warning' });
      else reportBlank(f);
    }
    const manager = fields.manager;
    if (manager && isBlank(manager.value)) context.report({ messageId: 'managerBlank', data: { label: labelOf(manager) }, cells: [manager.cell], severity: 'warning' });
    // (On a 部门整体 form a missing 部门名称 was just reported: the same absence once.)
    if (requires.has('unit') && !fields.applicant && !fields.department && !fields.implementer && nameKey !== 'applicant') {
      reportMissing('unit', { messageId: 'unitMissing', cells: [firstCell(table)] });
    }

    // Dates: both planned dates, or the period.
    if (requires.has('dates')) {
      const dates = (['startDate', 'endDate', 'period'] as const).filter((k) => fields[k]);
      const datesOk = (filled('startDate') && filled('endDate')) || filled('period');
      if (!datesOk) {
        // A date whose partner label is not on the form (only 开始日期) is left to the recogniser's reading.
        for (const k of dates) if (isBlank(fields[k]!.value)) reportBlank(fields[k]!);
        if (dates.length === 0 && table.year === null) context.report({ messageId: 'datesMissing', cells: [firstCell(table)], severity: 'warning' });
      }
    }

    // Money: at least one amount. Amounts that are not numbers are reported by the recogniser (money-not-number).
    const items = table.money.items;
    if (requires.has('money') && items.length === 0) reportMissing('money', { messageId: 'moneyMissing', cells: [firstCell(table)] });
    else if (items.length > 0 && items.every((m) => m.value === null && isBlank(m.text) && !m.columnTitle)) context.report({ messageId: 'moneyBlank', cells: items.map((m) => m.cell) });

    // Goal text: the overall or the annual goal.
    if (requires.has('goal') && !filled('overallGoal') && !filled('annualGoal')) {
      const goals = (['overallGoal', 'annualGoal'] as const).map((k) => fields[k]).filter((f): f is Field => !!f);
      if (goals.length) for (const f of goals) reportBlank(f);
      else reportMissing('goal', { messageId: 'goalMissing', cells: [firstCell(table)], ...(table.form === 'project' ? {} : { severity: 'warning' as const }) });
    }

    // Narratives the form has (项目概况, 立项依据, 实施计划 …) left empty.
    if (requires.has('narrative')) for (const key of NARRATIVES) if (fields[key] && isBlank(fields[key]!.value)) reportBlank(fields[key]!);

    if (missing.length) {
      context.report({
        messageId: 'notUnderstood',
        data: { missing: missing.map((m) => MISSING_NAMES[m]).join('、'), labels: unknown.map((u) => u.text).join('、') },
        cells: unknown.map((u) => u.cell),
        severity: 'warning',
      });
    }
  },
});
