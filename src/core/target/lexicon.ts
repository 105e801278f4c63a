/**
 * The words of target values (domain.md §5) as data: operator spellings, units, qualitative grades and vague
 * phrases. Rules may read these lists; the parser is built on them.
 */
import type { Operator } from './types';

/** How an operator spelling relates to the canonical form, for the problem it raises. */
export type SpellingStyle = 'canonical' | 'ascii' | 'nonstandard';

export interface OperatorSpelling {
  /** As written, after full-width → half-width conversion (`＞＝` is matched as `>=`). */
  text: string;
  operator: Operator;
  style: SpellingStyle;
  /** Word spellings (`不低于`) count as operators only before a number, a placeholder or a bare unit. */
  word: boolean;
}

function sym(text: string, operator: Operator, style: SpellingStyle): OperatorSpelling {
  return { text, operator, style, word: false };
}
function word(text: string, operator: Operator): OperatorSpelling {
  return { text, operator, style: 'nonstandard', word: true };
}

/**
 * Operator spellings written before the value, longest first within each family (the matcher tries them in this
 * order). `≮` (not less than) and `≯` (not greater than) occur in engineering tables.
 */
export const PREFIX_OPERATORS: readonly OperatorSpelling[] = [
  sym('>=', '≥', 'ascii'),
  sym('=>', '≥', 'nonstandard'),
  sym('<=', '≤', 'ascii'),
  sym('=<', '≤', 'nonstandard'),
  sym('==', '=', 'nonstandard'),
  sym('≥', '≥', 'canonical'),
  sym('≧', '≥', 'nonstandard'),
  sym('⩾', '≥', 'nonstandard'),
  sym('≮', '≥', 'nonstandard'),
  sym('≤', '≤', 'canonical'),
  sym('≦', '≤', 'nonstandard'),
  sym('⩽', '≤', 'nonstandard'),
  sym('≯', '≤', 'nonstandard'),
  sym('=', '=', 'canonical'),
  sym('>', '>', 'canonical'),
  sym('<', '<', 'canonical'),
  word('大于或等于', '≥'),
  word('大于等于', '≥'),
  word('高于或等于', '≥'),
  word('高于等于', '≥'),
  word('不得低于', '≥'),
  word('不得少于', '≥'),
  word('不低于', '≥'),
  word('不少于', '≥'),
  word('不小于', '≥'),
  word('至少', '≥'),
  word('达到', '≥'),
  word('小于或等于', '≤'),
  word('小于等于', '≤'),
  word('低于或等于', '≤'),
  word('低于等于', '≤'),
  word('不得超过', '≤'),
  word('不得高于', '≤'),
  word('不超过', '≤'),
  word('不高于', '≤'),
  word('不大于', '≤'),
  word('不多于', '≤'),
  word('控制在', '≤'),
  word('至多', '≤'),
  word('最多', '≤'),
  word('等于', '='),
  word('大于', '>'),
  word('超过', '>'),
  word('高于', '>'),
  word('多于', '>'),
  word('小于', '<'),
  word('低于', '<'),
  word('少于', '<'),
];

/** Operator spellings written after the value (`95%以上`, `65万元以内`, `30天内`), longest first. */
export const SUFFIX_OPERATORS: readonly OperatorSpelling[] = [
  word('及以上', '≥'),
  word('或以上', '≥'),
  word('以上', '≥'),
  word('及以下', '≤'),
  word('或以下', '≤'),
  word('以下', '≤'),
  word('以内', '≤'),
  word('之内', '≤'),
  word('内', '≤'),
];

/** Words of the budget system's 指标性质 column that mean "no operator": qualitative or unspecified. */
export const NO_OPERATOR_WORDS: readonly string[] = ['定性', '定量', '无', '/', '-', '—'];

/**
 * Units seen after target numbers (domain.md §5 and the samples). A unit is not required to be in this list
 * when it follows a number (`10辆`, `5000元/年` read any short unit text); the list decides whether a cell
 * holding only a unit (`公里`, `万亩`) is a unit-only placeholder rather than a word.
 */
export const UNITS: readonly string[] = [
  '%', '‰',
  '人', '人次', '名', '位', '户', '家', '个', '次', '项', '件', '批', '批次', '期', '场', '班', '门', '课时', '学时',
  '辆', '台', '套', '座', '所', '处', '间', '栋', '张', '本', '册', '篇', '部', '份', '条', '块', '盏', '根', '口',
  '眼', '株', '棵', '头', '只', '羽', '箱', '袋', '吨', '公斤', '千克', '克', '斤',
  '天', '日', '个工作日', '工作日', '年', '月', '个月', '周', '小时', '分钟', '季度',
  '米', '公里', '千米', '厘米', '毫米', '平方米', '平方公里', '立方米', '亩', '公顷', '延米',
  '元', '万元', '亿元', '元/亩', '元/人', '元/年', '元/月', '元/人·月', '元/人·年', '元/平方米', '元/吨', '人/年',
  '分', '倍', '个百分点', '级', '星',
  'm', 'M', 'km', 'KM', 'cm', 'mm', 'm2', 'm3', 'm²', 'm³', 'kg', 't', 'h', 'kW', 'kWh', 'MW',
];

/** Scale characters written in a number: `2.6万` is 26000 (see the module notes for `2.6万元`). */
export const SCALE_CHARS: Readonly<Partial<Record<string, number>>> = { 千: 1e3, 万: 1e4, 亿: 1e8 };

/** The same scales as powers of ten. */
export const SCALE_EXPONENTS: Readonly<Partial<Record<string, number>>> = { 千: 3, 万: 4, 亿: 8 };

/**
 * Qualitative grades: short words a reviewer accepts as a target (the budget system's 定性 targets). A grade may
 * carry a degree modifier (`基本满意`, `较好`, `总体稳定`, see GRADE_MODIFIERS).
 */
export const GRADES: readonly string[] = [
  '健全', '规范', '良好', '满意', '优良', '优秀', '合格', '达标', '及时', '有效', '可控', '合理',
  '提高', '提升', '减少', '降低', '增加', '增长', '改善', '明显', '显著', '是', '否', '有', '无',
  '完善', '完成', '完好', '正常', '稳定', '安全', '持续', '长期', '中长期', '好', '高', '低', '准确', '到位',
  '充分', '全覆盖', '符合', '符合要求', '符合标准', '达到要求', '通过', '畅通', '有序', '清洁', '整洁', '美观',
  '保持', '可持续', '一般', '较差', '差',
];

/** Degree words that may precede a grade: `基本满意`, `较好`, `非常满意`, `总体稳定`. */
export const GRADE_MODIFIERS: readonly string[] = ['比较', '较为', '非常', '十分', '基本', '总体', '较', '很', '更'];

/** Adverbs of vague outcome wording (domain.md §6 rule 8). */
export const VAGUE_ADVERBS: readonly string[] = [
  '进一步', '不断', '逐步', '逐渐', '稳步', '持续', '明显', '显著', '有效', '大幅', '大力', '全面', '切实', '积极',
  '较大', '有所', '得到', '不同程度', '一定程度', '较大程度', '大大', '更好',
];

/** Verbs that, after a vague adverb, make an unmeasurable outcome (`进一步提高`, `明显改善`, `有效促进`). */
export const VAGUE_VERBS: readonly string[] = [
  '提高', '提升', '改善', '促进', '增强', '加强', '推进', '推动', '完善', '优化', '降低', '减少', '增加', '改进',
  '扩大', '发挥', '保障', '带动', '缓解', '好转', '增长',
];

/** Vague phrases: every adverb × verb pair, e.g. 进一步提高, 明显改善, 有效促进, 不断提升. */
export const VAGUE_PHRASES: readonly string[] = VAGUE_ADVERBS.flatMap((a) => VAGUE_VERBS.map((v) => a + v));

/** Whole values meaning "on schedule", read as deadlines. */
export const SCHEDULE_WORDS: readonly string[] = ['按期', '按时', '如期', '按期完成', '按时完成', '如期完成'];

/** Units a Chinese numeral may be followed by (`三次`, `两个`, `一年`); elsewhere 一/十 are ordinary words. */
export const CHINESE_NUMERAL_UNITS: readonly string[] = [
  '人', '人次', '名', '户', '家', '个', '次', '项', '件', '批', '批次', '期', '场', '班', '门', '辆', '台', '套',
  '座', '所', '处', '间', '本', '篇', '部', '份', '条', '天', '日', '个工作日', '年', '个月', '周', '小时', '分',
];
