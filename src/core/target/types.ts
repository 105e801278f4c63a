/** The parsed form of a target value (指标值), domain.md §5. */

/** Canonical operators. Every other spelling (`>=`, `≧`, `不低于`, `以上` …) is normalised to one of these. */
export type Operator = '≥' | '≤' | '=' | '>' | '<';

/**
 * - `number`, `percent`: a measurable value (`≥200人`, `10辆`, `=100%`); percent when the unit is `%`.
 * - `grade`: a qualitative grade from GRADES (`良好`, `基本满意`, `≥良好`).
 * - `period`: a date range (`2023.07-2024.01`); `deadline`: a point in time (`12月底前`, `按期`).
 * - `text`: anything else in words (`按合同约定完成`); not rejected outright, but not measurable.
 * - `placeholder`: template leftovers (`**`, `XX`, `≥**%`); `unit-only`: a unit without a value (`公里`, `≧ %`).
 * - `empty`: blank; `invalid`: looks like a value but cannot be read (`≥=95%`, `1,00人`).
 */
export type TargetKind =
  | 'number'
  | 'percent'
  | 'grade'
  | 'period'
  | 'deadline'
  | 'text'
  | 'placeholder'
  | 'empty'
  | 'unit-only'
  | 'invalid';

/**
 * Why a value is wrong or not canonical. Substantive problems say what a reviewer objects to; style problems
 * (STYLE_PROBLEMS) say what `formatTarget` changes. A measurable value without style problems formats to
 * exactly its input.
 */
export type TargetProblemId =
  | 'empty'
  | 'placeholder'
  | 'unit-only'
  | 'number-missing' // an operator with nothing after it (`≥`)
  | 'number-unreadable' // `1,00人`, `95..5%`, `9 5%`
  | 'date-unreadable' // `2023.13-2024.01`
  | 'two-operators' // `≥=95%`, `≥≤`, `≥95%以下`
  | 'operator-missing' // `10辆`, `100%`
  | 'percent-out-of-range' // below 0 or above 100, or `>100%` / `<0%`
  | 'degenerate-percent' // `≥100%` (means `=100%`), `≤0%` (means `=0%`); data.fix holds the fix
  | 'period-reversed' // the period ends before it starts
  | 'vague-wording' // 进一步提高, 明显改善 …; data.phrase
  | 'approximate-number' // `200余人`, `约95%`, `95%左右`
  // style
  | 'full-width-chars'
  | 'ascii-operator'
  | 'nonstandard-operator'
  | 'stray-spaces'
  | 'bracketed-unit'
  | 'thousands-separator'
  | 'chinese-numerals'
  | 'period-separator';

export interface TargetProblem {
  id: TargetProblemId;
  /** Message data: the offending text (`text`), the canonical replacement (`fix`), numbers (`value`). */
  data: Record<string, string | number>;
}

export interface ParsedTarget {
  kind: TargetKind;
  /** The input as given (a number input as `String(n)`, null as ''). */
  raw: string;
  /** Normalised operator. */
  operator?: Operator;
  /** The operator as written (`>=`, `不低于`, `≧`, `＝`, `以上`, `控制在…以内`). */
  operatorText?: string;
  /** A number or percent with no operator (`10辆`, `100%`). */
  operatorMissing?: boolean;
  /** The value: 95 for `95%`, 26000 for `2.6万`, 0.5 for `0.5万元` (unit 万元). */
  number?: number;
  /** The number as written, scale character included (`１,000`, `2.6万`, `100.00`, `三`). */
  numberText?: string;
  /** The factor of a scale character written in the number: 1e4 for `2.6万`. Absent when none. */
  scale?: number;
  /** The unit, half-width and as written (`%`, `人次`, `万元`, `元/人·月`, `M`). */
  unit?: string;
  /** The grade as written (`良好`, `基本满意`). */
  grade?: string;
  /** The dates as written, half-width (`2023.07`, `2024年2月`). */
  period?: { start: string; end: string };
  /** The deadline as written, half-width and without spaces (`12月底前`, `2020年12月31日前`, `按期`). */
  deadline?: string;
  problems: TargetProblem[];
}

export interface ParseOptions {
  /** The cell's number format (`0%`, `0.00%`, `#,##0`, `0"人"`, `yyyy-mm-dd`); used for number inputs only. */
  numberFormat?: string | null;
}

export interface FormatStyle {
  /** `unicode` (default): `≥ ≤`; `ascii`: `>= <=` (for systems that cannot take ≥). */
  operatorStyle?: 'unicode' | 'ascii';
}
