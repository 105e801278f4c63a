/** Messages of the template module: catalogue problems and insertion-plan notes, zh-CN first, en-US second. */
import { type Catalogue, type Lang, translate } from '../i18n';
import type { Note } from '../model';

/** What can be wrong with a catalogue (see validate.ts). */
export const CATALOGUE_MESSAGES: Catalogue = {
  notObject: { 'zh-CN': '模板目录不是 JSON 对象', 'en-US': 'The template catalogue is not a JSON object' },
  version: { 'zh-CN': '模板目录版本为“{found}”，本程序只认版本 1', 'en-US': 'The catalogue has version "{found}"; this program reads version 1 only' },
  templatesMissing: { 'zh-CN': '模板目录缺少 templates 列表', 'en-US': 'The catalogue has no templates list' },
  slotsInvalid: { 'zh-CN': 'slots 不是对象', 'en-US': 'slots is not an object' },
  slotPlacement: {
    'zh-CN': '位置“{slot}”在框架 {framework} 下写作“{placement}”，但该框架没有这个一级/二级指标',
    'en-US': 'Slot "{slot}" places rows at "{placement}" in {framework}, which has no such 一级/二级 category',
  },
  entryNotObject: { 'zh-CN': '这一项不是对象', 'en-US': 'The entry is not an object' },
  idMissing: { 'zh-CN': '缺少 id', 'en-US': 'The id is missing' },
  idDuplicate: { 'zh-CN': 'id“{id}”与前面的模板重复', 'en-US': 'The id "{id}" is used by an earlier template too' },
  kindUnknown: { 'zh-CN': '类型“{kind}”未知（应为 category、block、sector 或 table）', 'en-US': 'Unknown kind "{kind}" (expected category, block, sector or table)' },
  nameMissing: { 'zh-CN': '缺少中文或英文名称（name.zh-CN / name.en-US）', 'en-US': 'The name lacks zh-CN or en-US' },
  rowsEmpty: { 'zh-CN': '没有指标行', 'en-US': 'The template has no rows' },
  rowNotObject: { 'zh-CN': '第{row}行不是对象', 'en-US': 'Row {row} is not an object' },
  level3Missing: { 'zh-CN': '第{row}行缺少三级指标名称', 'en-US': 'Row {row} has no 三级 name' },
  placementMissing: { 'zh-CN': '第{row}行“{level3}”没有指明放在哪个二级指标下（slot 或 under）', 'en-US': 'Row {row} ("{level3}") does not say which 二级 it goes under (slot or under)' },
  slotUnknown: { 'zh-CN': '第{row}行“{level3}”的位置“{slot}”未定义', 'en-US': 'Row {row} ("{level3}") names an undefined slot "{slot}"' },
  frameworkUnknown: { 'zh-CN': '第{row}行“{level3}”提到未知框架“{framework}”', 'en-US': 'Row {row} ("{level3}") names an unknown framework "{framework}"' },
  placementInvalid: {
    'zh-CN': '第{row}行“{level3}”在框架 {framework} 下的位置“{placement}”不是该框架的“一级/二级”指标',
    'en-US': 'Row {row} ("{level3}"): "{placement}" is not a 一级/二级 category of {framework}',
  },
  targetMissing: { 'zh-CN': '第{row}行“{level3}”缺少默认指标值', 'en-US': 'Row {row} ("{level3}") has no default target' },
  operatorInvalid: { 'zh-CN': '第{row}行“{level3}”的运算符“{operator}”无效（应为 ≥ ≤ = > <）', 'en-US': 'Row {row} ("{level3}"): invalid operator "{operator}" (expected ≥ ≤ = > <)' },
  valueNotPlaceholder: {
    'zh-CN': '第{row}行“{level3}”的数值“{value}”应为占位符 **：模板不替用户填写数值',
    'en-US': 'Row {row} ("{level3}"): the value "{value}" must be the placeholder **; a template never fills in the number',
  },
  unitMissing: { 'zh-CN': '第{row}行“{level3}”缺少计量单位', 'en-US': 'Row {row} ("{level3}") has no unit' },
  unitUnknown: { 'zh-CN': '第{row}行“{level3}”的单位“{unit}”不是已知单位', 'en-US': 'Row {row} ("{level3}"): "{unit}" is not a known unit' },
  gradeUnknown: { 'zh-CN': '第{row}行“{level3}”的等级“{grade}”不是已知的定性等级', 'en-US': 'Row {row} ("{level3}"): "{grade}" is not a known qualitative grade' },
  typicalInvalid: { 'zh-CN': '第{row}行“{level3}”的常见值“{typical}”不是数字', 'en-US': 'Row {row} ("{level3}"): the typical value "{typical}" is not a number' },
  rowDuplicate: { 'zh-CN': '第{row}行“{level3}”在同一二级指标下重复', 'en-US': 'Row {row} ("{level3}") repeats a row under the same 二级' },
  tableFramework: { 'zh-CN': '空白表的框架“{framework}”未知', 'en-US': 'Unknown framework "{framework}" for a blank table' },
  tableWidths: { 'zh-CN': '空白表的列宽（columnWidths）应为正数列表', 'en-US': 'A blank table needs columnWidths, a list of positive numbers' },
  tableRow: { 'zh-CN': '空白表第{row}行无效：{what}', 'en-US': 'Row {row} of the blank table is invalid: {what}' },
  tableTree: { 'zh-CN': '空白表缺少指标树（tree）', 'en-US': 'The blank table has no indicator tree' },
  tableTreeCategory: {
    'zh-CN': '空白表指标树中的“{level1}/{level2}”不是框架 {framework} 的一级/二级指标',
    'en-US': 'The tree\'s "{level1}/{level2}" is not a 一级/二级 category of {framework}',
  },
};

/** Notes of an insertion plan. */
export const PLAN_MESSAGES: Catalogue = {
  rowExists: {
    'zh-CN': '“{level2}”下已有三级指标“{level3}”，未重复插入',
    'en-US': '"{level2}" already has the 三级 indicator "{level3}": not inserted again',
  },
  rowElsewhere: {
    'zh-CN': '本表“{level2}”下已有三级指标“{level3}”，仍插入到所选位置：请确认是否重复',
    'en-US': 'The table already has "{level3}" under "{level2}"; it is still inserted where chosen: check it is not a duplicate',
  },
  weightLeftBlank: {
    'zh-CN': '新指标的“{column}”留空，请按评分办法填写（合计应与总分一致）',
    'en-US': 'The "{column}" of the new indicators is left blank: fill it in by the scoring rules (the total must match)',
  },
  columnsLeftBlank: { 'zh-CN': '新指标的“{columns}”留空，请补充', 'en-US': 'The new indicators\' "{columns}" are left blank: fill them in' },
  placeholdersToFill: {
    'zh-CN': '插入了 {count} 个指标，其中 {placeholders} 个指标值是占位符“**”，请填写实际目标',
    'en-US': '{count} indicators inserted; {placeholders} targets are the placeholder "**": fill in the real targets',
  },
  placeholderRows: {
    'zh-CN': '“{level2}”下有空白表留下的占位行（只有“**”），填好新指标后请删除',
    'en-US': '"{level2}" has placeholder rows left from the blank table (only "**"): delete them once the new indicators are filled',
  },
  groupAdded: { 'zh-CN': '新增二级指标“{level2}”（一级指标“{level1}”下）', 'en-US': 'New 二级 category "{level2}" (under 一级 "{level1}")' },
  level1Added: { 'zh-CN': '新增一级指标“{level1}”', 'en-US': 'New 一级 category "{level1}"' },
  rowsFilled: { 'zh-CN': '“{level2}”下的 {count} 个空行已填入新指标', 'en-US': '{count} empty row(s) under "{level2}" were filled with the new indicators' },
  outsideFramework: {
    'zh-CN': '“{level1}/{level2}”不属于本表的指标框架（{framework}），请确认',
    'en-US': '"{level1}/{level2}" is not part of this table\'s framework ({framework}): please check',
  },
  noIndicatorBlock: { 'zh-CN': '本表没有可插入指标的指标区', 'en-US': 'The table has no indicator block to insert into' },
  noLevel3Column: { 'zh-CN': '本表的指标区没有三级指标列，无法插入三级指标', 'en-US': 'The indicator block has no 三级 column: rows cannot be inserted' },
  whereNotIndicator: {
    'zh-CN': '所选单元格 {cell} 不在指标行上：请选中某个指标行，或选择要插入的一级/二级指标',
    'en-US': 'The selected cell {cell} is not on an indicator row: select an indicator row, or choose the 一级/二级 category',
  },
  whereMissing: {
    'zh-CN': '没有指明插入到哪个二级指标下',
    'en-US': 'No 二级 category was given to insert under',
  },
};

/** A catalogue problem: which entry (index in `templates`, and its id when it has one) and what is wrong. */
export interface CatalogueProblem {
  index: number | null;
  id?: string;
  messageId: string;
  data?: Record<string, string | number>;
}

const PREFIX: Catalogue = {
  entry: { 'zh-CN': '模板 #{n}{id}：', 'en-US': 'Template #{n}{id}: ' },
};

/** A catalogue problem as a sentence, with the entry's position and id first. */
export function catalogueProblemText(p: CatalogueProblem, lang: Lang): string {
  const prefix = p.index === null ? '' : translate(PREFIX, 'entry', lang, { n: p.index + 1, id: p.id ? ` (${p.id})` : '' });
  return prefix + translate(CATALOGUE_MESSAGES, p.messageId, lang, p.data);
}

/** A plan note as a sentence. */
export function planNoteText(n: Note, lang: Lang): string {
  return translate(PLAN_MESSAGES, n.id, lang, n.data);
}
