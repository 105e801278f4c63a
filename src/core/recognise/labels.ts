/** The label vocabulary of header, money and indicator-header cells (domain.md §3–4), as data. */
import type { FieldKey, MoneyKey, MoneyUnit } from '../model';
import { labelKey } from '../text';

const FIELD_LABELS: Record<FieldKey, string[]> = {
  projectName: ['项目名称', '项目支出名称', '专项(项目)名称', '专项名称', '项目全称', '二级项目名称', '项目名'],
  applicant: [
    '申报单位名称', '申报单位', '填报单位', '预算单位', '预算单位名称', '预算部门', '单位名称', '编制单位',
    '部门名称', '部门(单位)名称', '项目单位', '申请单位',
  ],
  department: [
    '主管部门', '主管部门及代码', '业务主管部门', '项目主管部门', '市级主管部门', '区级主管部门', '县级主管部门',
    '省级主管部门', '主管单位', '主管部门名称',
  ],
  implementer: ['实施单位', '项目实施单位', '实施主体', '项目实施主体', '实施单位名称'],
  manager: ['项目负责人', '负责人'],
  phone: ['联系电话', '电话'],
  category: ['项目类别', '项目分类', '项目类型'],
  nature: ['项目属性', '项目性质'],
  performanceType: ['绩效类型'],
  startDate: ['计划开始日期', '项目开始日期', '开始日期', '开始时间', '计划开始时间', '项目开始时间'],
  endDate: [
    '计划完成日期', '项目完成日期', '完成日期', '结束日期', '计划结束日期', '计划完成时间', '项目结束时间',
    '结束时间', '完成时间', '项目结束日期',
  ],
  period: [
    '项目期', '项目支出实施期', '建设周期', '项目起止时间', '实施期限', '项目周期', '实施周期', '项目实施期',
    '实施期', '项目实施周期', '起止时间', '项目期限', '项目实施期限', '执行期限',
  ],
  overview: ['项目概况', '项目总体概况', '项目简介', '项目基本情况', '项目内容', '项目主要内容'],
  basis: ['立项依据', '项目审批', '项目立项依据', '政策依据', '项目依据'],
  necessity: ['项目设立的必要性', '项目设立必要性', '必要性'],
  measures: ['保证项目实施的制度、措施', '保证项目实施的制度措施', '项目实施的制度、措施', '保障措施'],
  plan: ['项目实施计划', '实施计划', '项目进度计划'],
  overallGoal: [
    '总目标及阶段性目标', '项目总目标', '总体目标', '实施期绩效目标', '实施周期总目标', '中期目标', '长期目标',
    '实施期目标', '项目总体目标', '总目标', '中长期目标', '实施期总目标', '整体目标', '项目绩效总目标',
  ],
  annualGoal: [
    '年度总体目标', '年度目标', '本年度绩效目标', '年度绩效目标(文字)', '年度主要目标和成果', '年度绩效目标',
    '当年绩效目标', '年度主要任务', '本年度目标', '年度绩效目标及成果', '当年目标', '年度具体目标',
  ],
  financeBureau: ['市级财政部门', '区级财政部门', '县级财政部门', '省级财政部门', '财政部门'],
  fundCategory: ['财政资金预算分类'],
};

/** How a money label relates to its total: a fixed key, or a part whose key depends on the amount it belongs to. */
export type MoneyLabel =
  | { kind: 'amount'; key: MoneyKey }
  | { kind: 'part'; whole: MoneyKey; annual: MoneyKey; fixed?: boolean };

const MONEY_LABELS: [string[], MoneyLabel][] = [
  [
    [
      '项目总预算', '项目资金总额', '资金总额', '中期资金总额', '项目金额', '项目总金额', '总预算', '项目总投资',
      '总投资', '预算总额', '项目预算总额', '实施期资金总额', '项目资金总计', '资金合计', '合计',
    ],
    { kind: 'amount', key: 'total' },
  ],
  [
    [
      '项目当年预算', '年度资金申请总额', '年度资金总额', '当年年度预算', '年度本级预算金额', '年度预算', '预算数',
      '当年预算', '本年预算', '年度预算金额', '当年预算数', '年度预算数', '本年度预算', '年度资金', '年度预算资金',
      '当年资金总额', '年度申请资金', '本年度资金总额',
    ],
    { kind: 'amount', key: 'annual' },
  ],
  [['同名项目上年预算额', '上年预算额', '上年预算数', '上年预算'], { kind: 'amount', key: 'lastYearBudget' }],
  [['同名项目上年预算执行数', '上年预算执行数', '上年执行数', '上年实际支出'], { kind: 'amount', key: 'lastYearSpent' }],
  [
    ['财政资金', '财政拨款', '财政性资金', '本级财政资金', '财政预算资金', '市级财政资金', '区级财政资金'],
    { kind: 'part', whole: 'fiscal', annual: 'annualFiscal' },
  ],
  [
    ['当年财政拨款', '当年市级财政资金', '当年财政资金', '年度财政拨款', '本年财政拨款'],
    { kind: 'part', whole: 'annualFiscal', annual: 'annualFiscal', fixed: true },
  ],
  [['其他资金', '其它资金', '自筹资金', '其他来源资金'], { kind: 'part', whole: 'other', annual: 'annualOther' }],
  [['上年结转资金', '上年结转', '结转资金'], { kind: 'part', whole: 'carryOver', annual: 'carryOver', fixed: true }],
  [
    ['中央补助', '中央资金', '中央财政资金', '中央补助资金', '下达中央预算内投资', '中央预算内投资'],
    { kind: 'part', whole: 'central', annual: 'central', fixed: true },
  ],
  [['地方资金', '地方配套', '地方配套资金', '地方财政资金'], { kind: 'part', whole: 'local', annual: 'local', fixed: true }],
  [
    ['上级资金', '该项目支出上级资金', '上级补助', '上级补助资金'],
    { kind: 'part', whole: 'superior', annual: 'superior', fixed: true },
  ],
  [['项目支出'], { kind: 'part', whole: 'projectSpending', annual: 'projectSpending', fixed: true }],
  [['基本支出'], { kind: 'part', whole: 'basicSpending', annual: 'basicSpending', fixed: true }],
];

const fieldIndex = new Map<string, FieldKey>();
for (const [key, labels] of Object.entries(FIELD_LABELS) as [FieldKey, string[]][]) {
  for (const l of labels) fieldIndex.set(labelKey(l), key);
}
const moneyIndex = new Map<string, MoneyLabel>();
for (const [labels, kind] of MONEY_LABELS) for (const l of labels) moneyIndex.set(labelKey(l), kind);

/** A header or money label as read from a cell. */
export type LabelMatch =
  | { kind: 'field'; key: FieldKey; unit: MoneyUnit | null }
  | { kind: 'money'; money: MoneyLabel; sub: boolean; unit: MoneyUnit | null };

const UNIT_IN_LABEL = /\((?:金额)?(?:单位[:：]?)?(万元|元)\)/;

/**
 * What a label means, if it is one: the cell text with spaces, ★ and a trailing colon removed, a leading 其中 and
 * a unit in brackets (`(元)`, `（万元）`) or a `(盖章)` set aside.
 */
export function matchLabel(text: string): LabelMatch | null {
  let m = matches.get(text);
  if (m === undefined) {
    if (matches.size > 10_000) matches.clear();
    m = computeMatch(text);
    matches.set(text, m);
  }
  return m;
}

/** Header texts repeat across stacked tables: remember what each means. */
const matches = new Map<string, LabelMatch | null>();

function computeMatch(text: string): LabelMatch | null {
  if (text.length > 60) return null;
  let k = labelKey(text);
  if (!k || k.length > 24) return null;
  let sub = false;
  const lead = /^其中[:：,，、]?/.exec(k);
  if (lead) {
    sub = true;
    k = k.slice(lead[0].length);
  }
  let unit: MoneyUnit | null = null;
  const u = UNIT_IN_LABEL.exec(k);
  if (u) {
    unit = u[1] as MoneyUnit;
    k = k.replace(UNIT_IN_LABEL, '');
  }
  k = k.replace(/\(盖章\)|\(签章\)|\(公章\)/g, '').replace(/[:：]+$/, '');
  const money = moneyIndex.get(k);
  if (money) return { kind: 'money', money, sub, unit };
  const field = fieldIndex.get(k);
  if (field && !sub) return { kind: 'field', key: field, unit };
  return null;
}

/** A money unit declared by a line or label (`金额单位:万元`, `单位：元`, `资金情况(万元)`), or null. */
export function declaredUnit(text: string): MoneyUnit | null {
  const k = labelKey(text);
  const line = /(?:金额|资金|货币)?单位[:：]?(万元|元)(?![\u4e00-\u9fa5])/.exec(k);
  if (line) return line[1] as MoneyUnit;
  const bracket = /\((万元|元)\)/.exec(k);
  return bracket ? (bracket[1] as MoneyUnit) : null;
}

/** Field keys that name the project or its unit: a row starting with one of these starts a new table. */
export const ANCHOR_FIELDS: ReadonlySet<FieldKey> = new Set(['projectName', 'applicant']);
