/**
 * Every sentence a host's error or notice shows the user, zh-CN first, in one catalogue shared by the pane, the
 * ribbon's result dialog and the WPS ribbon: what happened, whether anything changed, and what to do, in the words of
 * the spreadsheet at hand (Excel's 撤消工作表保护, WPS's 撤销工作表保护). A HostError carries a code and data only.
 */
import { formatMessage, type Catalogue, type Lang } from '../core/i18n';
import type { HostError, HostNotice } from './host';

type Messages = Record<Lang, string>;

const NOTHING: Messages = { 'zh-CN': '没有做任何修改。', 'en-US': 'Nothing was changed.' };
const PARTIAL: Messages = {
  'zh-CN': '部分单元格可能已经写入，请检查后再继续。',
  'en-US': 'Some cells may already have been written: check them before going on.',
};

/** By error code; `code.app` where the spreadsheet's own words differ. */
const ERRORS: Catalogue = {
  denied: {
    'zh-CN': 'Excel 拒绝了这次修改（访问被拒绝）。{changed}工作簿可能是只读的、在“受保护的视图”中打开、设置了工作簿保护，或者您没有修改它的权限。请在 Excel 中确认可以编辑这个工作簿后再试。',
    'en-US': 'Excel refused the change (access denied). {changed} The workbook may be read-only, open in Protected View, have workbook protection, or you may lack permission to change it. Make sure the workbook can be edited in Excel and try again.',
  },
  protected: {
    'zh-CN': '工作表受保护，无法写入。{changed}如需修改，请在“审阅”选项卡点击“撤消工作表保护”（可能需要密码），再重试。',
    'en-US': 'The sheet is protected and cannot be written. {changed} To allow changes, click Review → Unprotect Sheet (a password may be needed) and try again.',
  },
  'protected.wps': {
    'zh-CN': '工作表“{sheet}”受保护，无法写入。{changed}如需修改，请在“审阅”选项卡点击“撤销工作表保护”（可能需要密码），再重试。',
    'en-US': 'The sheet “{sheet}” is protected and cannot be written. {changed} To allow changes, click Review → Unprotect Sheet (a password may be needed) and try again.',
  },
  'structure-protected': {
    'zh-CN': '工作簿的结构受保护，不能添加工作表。{changed}如需添加，请在“审阅”选项卡点击“保护工作簿”取消保护（可能需要密码），再重试。',
    'en-US': 'The workbook structure is protected: no sheet can be added. {changed} To allow it, click Review → Protect Workbook to remove the protection (a password may be needed) and try again.',
  },
  editing: {
    'zh-CN': 'Excel 正在编辑单元格，暂时无法操作。{changed}请先按 Enter 或 Esc 结束单元格编辑，再点校验。',
    'en-US': 'Excel is editing a cell and cannot be used right now. {changed} Press Enter or Esc to finish editing the cell, then click Check again.',
  },
  unsupported: {
    'zh-CN': '当前 Office 版本不支持这项功能（需要 {apiSet}，即 {office}）。{changed}请升级 Office，或在 Excel 网页版中使用。',
    'en-US': 'This Office version lacks the feature (it needs {apiSet}: {office}). {changed} Update Office, or use Excel on the web.',
  },
  'not-connected': {
    'zh-CN': '没有连接到 Excel（Office 脚本未加载）。{changed}请在 Excel 中打开本加载项再试。',
    'en-US': 'Not connected to Excel (office.js did not load). {changed} Open the add-in inside Excel and try again.',
  },
  'not-connected.wps': {
    'zh-CN': '没有连接到 WPS 表格（这个页面里没有 WPS 的 Application 对象）。{changed}请在 WPS 表格中通过“绩效校验”选项卡上的“打开校验窗格”打开本加载项。',
    'en-US': 'Not connected to WPS Spreadsheets (this page has no WPS Application object). {changed} Open the add-in in WPS Spreadsheets with Open Checker on the 绩效校验 tab.',
  },
  'no-workbook': {
    'zh-CN': 'WPS 表格中没有打开的工作簿。{changed}请先打开要校验的表格，再点“校验”。',
    'en-US': 'No workbook is open in WPS Spreadsheets. {changed} Open the table to check, then click Check.',
  },
  'no-sheet': {
    'zh-CN': '找不到工作表{sheet}：当前可能是图表工作表，或工作表已被重命名或删除。{changed}请切换到包含绩效目标表的普通工作表再试。',
    'en-US': 'Worksheet{sheet} not found: the active sheet may be a chart sheet, or the sheet was renamed or deleted. {changed} Switch to the worksheet that holds the performance-target table and try again.',
  },
  'no-sheet.wps': {
    'zh-CN': '当前工作表没有单元格（可能是图表工作表）。{changed}请切换到包含绩效目标表的普通工作表再试。',
    'en-US': 'The active sheet has no cells (it may be a chart sheet). {changed} Switch to the worksheet that holds the performance-target table and try again.',
  },
  'sheet-gone': {
    'zh-CN': '找不到工作表“{sheet}”：它可能已被重命名或删除。{changed}请重新校验后再试。',
    'en-US': 'Worksheet “{sheet}” not found: it may have been renamed or deleted. {changed} Check again, then try again.',
  },
  'no-selection': {
    'zh-CN': '现在选中的不是单元格（可能是图片或图表）。{changed}请先选中表格中的单元格，再试一次。',
    'en-US': 'What is selected is not cells (a picture or chart, perhaps). {changed} Select cells of the table, then try again.',
  },
  stale: {
    'zh-CN': '读取表格之后，要写入的单元格已被修改。{changed}请重新校验后再试。',
    'en-US': 'Cells to be written have changed since the sheet was read. {changed} Check again, then try again.',
  },
  'stale-cells': {
    'zh-CN': '读取表格之后，要写入的单元格已有内容：{cells}。{changed}请重新校验后再插入。',
    'en-US': 'Cells to be written are no longer empty since the sheet was read: {cells}. {changed} Check again, then insert.',
  },
  'other-workbook': {
    'zh-CN': '这些行是在工作簿“{book}”中插入的，现在显示的是另一个工作簿。{changed}请切换回“{book}”，再点“撤销插入”。',
    'en-US': 'The rows were inserted in the workbook “{book}”, and another workbook is in front now. {changed} Switch back to “{book}”, then click Undo insertion.',
  },
  'too-large': {
    'zh-CN': '工作表已使用的区域（{address}）有 {count} 个单元格，超过了可校验的 {limit} 个。{changed}请按 Ctrl+End 找到最后使用的单元格，删除表格以外多余的内容（包括只有格式的行和列）后再试。',
    'en-US': "The sheet's used range ({address}) has {count} cells, more than the {limit} the checker reads. {changed} Press Ctrl+End to find the last used cell, delete stray content outside the table (formatted rows and columns too) and try again.",
  },
  'not-a-cell': {
    'zh-CN': '“{cell}”不是单元格地址。{changed}请重新校验后再试。',
    'en-US': '“{cell}” is not a cell address. {changed} Check again, then try again.',
  },
  failed: {
    'zh-CN': '操作没有完成。{changed}{app} 返回：{detail}。请重试；如果仍然失败，请保存并重新打开工作簿。',
    'en-US': 'The operation did not complete. {changed} {app} said: {detail}. Try again; if it still fails, save and reopen the workbook.',
  },
};

const APP: Record<'excel' | 'wps' | 'preview', Messages> = {
  excel: { 'zh-CN': 'Excel', 'en-US': 'Excel' },
  wps: { 'zh-CN': 'WPS', 'en-US': 'WPS' },
  preview: { 'zh-CN': '预览', 'en-US': 'The preview' },
};

/** The Office releases that bring ExcelApi `version` (Office 2019 volume licence stops at 1.7, Office 2021 at 1.14). */
export function officeFor(version: string): Messages {
  const minor = Number(version.split('.')[1] ?? 0);
  if (minor <= 7) return { 'zh-CN': 'Office 2019 或更新版本', 'en-US': 'Office 2019 or later' };
  if (minor <= 14) return { 'zh-CN': 'Office 2021 或 Microsoft 365', 'en-US': 'Office 2021 or Microsoft 365' };
  return { 'zh-CN': 'Microsoft 365', 'en-US': 'Microsoft 365' };
}

/** Up to five cells with what they hold now, then how many in all. */
function cellList(cells: readonly { cell: string; text: string }[], lang: Lang): string {
  const shown = cells.slice(0, 5).map((c) => (lang === 'zh-CN' ? `${c.cell}（${c.text}）` : `${c.cell} ("${c.text}")`));
  const more = cells.length > 5 ? (lang === 'zh-CN' ? `…（共 ${cells.length} 个）` : ` … (${cells.length} in all)`) : '';
  return shown.join(lang === 'zh-CN' ? '、' : ', ') + more;
}

const n = (x: number | undefined) => (x ?? 0).toLocaleString('en-US');

/** The sentence for a host's error, in `lang`. */
export function hostErrorText(error: HostError, lang: Lang): string {
  const { code, data } = error;
  const app = data.app ?? 'excel';
  const template = (ERRORS[`${code}.${app}`] ?? ERRORS[code])[lang];
  const sheet = data.sheet ?? '';
  const text = formatMessage(template, {
    changed: (data.partial ? PARTIAL : NOTHING)[lang],
    app: APP[app][lang],
    // Excel's no-sheet sentence names the sheet only when it has one.
    sheet: code === 'no-sheet' ? (sheet ? (lang === 'zh-CN' ? `“${sheet}”` : ` “${sheet}”`) : '') : sheet,
    detail: data.detail || (lang === 'zh-CN' ? '未知错误' : 'unknown error'),
    apiSet: data.apiSet ? `ExcelApi ${data.apiSet}` : 'ExcelApi',
    office: data.apiSet ? officeFor(data.apiSet)[lang] : lang === 'zh-CN' ? '更新的 Office' : 'a newer Office',
    cells: cellList(data.cells ?? [], lang),
    cell: data.cell ?? '',
    book: data.book ?? '',
    count: n(data.count),
    limit: n(data.limit),
    address: data.address ?? '',
  });
  return lang === 'en-US' ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

const OFFICE_1_13 = officeFor('1.13');

const NOTICES: Record<HostNotice, Messages> = {
  'merges-missing': {
    'zh-CN': `这个 Office 版本读不到合并单元格（需要 ExcelApi 1.13，即 ${OFFICE_1_13['zh-CN']}），表格结构按空白单元格推断，个别单元格的归属可能不准。`,
    'en-US': `This Office version cannot read merged cells (that needs ExcelApi 1.13: ${OFFICE_1_13['en-US']}); the table layout is inferred from blank cells and may be off in places.`,
  },
  'merges-failed': {
    'zh-CN': 'Excel 这次没有返回合并单元格，表格结构按空白单元格推断，个别单元格的归属可能不准。再校验一次通常可以读到。',
    'en-US': 'Excel did not return the merged cells this time; the table layout is inferred from blank cells and may be off in places. Checking again usually reads them.',
  },
  'merges-incomplete': {
    'zh-CN': '这个工作表的合并单元格太多，有一部分没有读到；这些地方的表格结构按空白单元格推断。',
    'en-US': 'This sheet has too many merged areas to read them all; where some are missing, the layout is inferred from blank cells.',
  },
  'texts-incomplete': {
    'zh-CN': '这个工作表的数字太多，有一部分没有读取显示格式，按数值本身校验（例如 0.95 而不是 95%）。',
    'en-US': 'This sheet has too many numbers to read all their display formats; some are checked as plain values (0.95 rather than 95%).',
  },
};

/** The sentence for a notice about a read, in `lang`. */
export function hostNoticeText(notice: HostNotice, lang: Lang): string {
  return NOTICES[notice][lang];
}

/** Every code and notice with its sentences (for the catalogue test). */
export const HOST_MESSAGES = { errors: ERRORS, notices: NOTICES };
