/**
 * Every message the WPS host gives the user, zh-CN first, in one place: what happened, whether anything changed,
 * and what to do, in WPS's own words (its tabs and commands). Errors are HostErrors with the pane's codes.
 */
import { formatMessage, type Lang } from '../../core/i18n';
import { HostError, type HostErrorCode } from '../host';

type Messages = Record<Lang, string>;

const NOTHING: Messages = { 'zh-CN': '没有做任何修改。', 'en-US': 'Nothing was changed.' };
const PARTIAL: Messages = {
  'zh-CN': '部分单元格可能已经写入，请检查后再继续。',
  'en-US': 'Some cells may already have been written: check them before going on.',
};

export type WpsProblem =
  | 'not-wps'
  | 'no-workbook'
  | 'no-cells'
  | 'no-selection'
  | 'sheet-gone'
  | 'protected'
  | 'structure-protected'
  | 'failed';

const CODES: Record<WpsProblem, HostErrorCode> = {
  'not-wps': 'unsupported',
  'no-workbook': 'no-sheet',
  'no-cells': 'no-sheet',
  'no-selection': 'failed',
  'sheet-gone': 'no-sheet',
  protected: 'protected',
  'structure-protected': 'protected',
  failed: 'failed',
};

const TEXT: Record<WpsProblem, Messages> = {
  'not-wps': {
    'zh-CN': '没有连接到 WPS 表格（这个页面里没有 WPS 的 Application 对象）。{changed}请在 WPS 表格中通过“绩效校验”选项卡上的“打开校验窗格”打开本加载项。',
    'en-US': 'Not connected to WPS Spreadsheets (this page has no WPS Application object). {changed} Open the add-in in WPS Spreadsheets with Open Checker on the 绩效校验 tab.',
  },
  'no-workbook': {
    'zh-CN': 'WPS 表格中没有打开的工作簿。{changed}请先打开要校验的表格，再点“校验”。',
    'en-US': 'No workbook is open in WPS Spreadsheets. {changed} Open the table to check, then click Check.',
  },
  'no-cells': {
    'zh-CN': '当前工作表没有单元格（可能是图表工作表）。{changed}请切换到包含绩效目标表的普通工作表再试。',
    'en-US': 'The active sheet has no cells (it may be a chart sheet). {changed} Switch to the worksheet that holds the performance-target table and try again.',
  },
  'no-selection': {
    'zh-CN': '现在选中的不是单元格（可能是图片或图表）。{changed}请先选中表格中的单元格，再试一次。',
    'en-US': 'What is selected is not cells (a picture or chart, perhaps). {changed} Select cells of the table, then try again.',
  },
  'sheet-gone': {
    'zh-CN': '找不到工作表“{sheet}”：它可能已被重命名或删除。{changed}请重新校验后再试。',
    'en-US': 'Worksheet “{sheet}” not found: it may have been renamed or deleted. {changed} Check again, then try again.',
  },
  protected: {
    'zh-CN': '工作表“{sheet}”受保护，无法写入。{changed}如需修改，请在“审阅”选项卡点击“撤销工作表保护”（可能需要密码），再重试。',
    'en-US': 'The sheet “{sheet}” is protected and cannot be written. {changed} To allow changes, click Review → Unprotect Sheet (a password may be needed) and try again.',
  },
  'structure-protected': {
    'zh-CN': '工作簿的结构受保护，不能添加工作表。{changed}如需添加，请在“审阅”选项卡点击“保护工作簿”取消保护（可能需要密码），再重试。',
    'en-US': 'The workbook structure is protected: no sheet can be added. {changed} To allow it, click Review → Protect Workbook to remove the protection (a password may be needed) and try again.',
  },
  failed: {
    'zh-CN': '操作没有完成。{changed}WPS 返回：{detail}。请重试；如果仍然失败，请保存并重新打开工作簿。',
    'en-US': 'The operation did not complete. {changed} WPS said: {detail}. Try again; if it still fails, save and reopen the workbook.',
  },
};

export interface ProblemContext {
  sheet?: string;
  /** WPS's own words, for 'failed'. */
  detail?: string;
  /** The failure may have come after some writes were made. */
  partial?: boolean;
}

/** A HostError for `problem`, with the catalogue's message. */
export function wpsError(problem: WpsProblem, context: ProblemContext = {}, cause?: unknown): HostError {
  const changed = context.partial ? PARTIAL : NOTHING;
  const text = (lang: Lang) =>
    formatMessage(TEXT[problem][lang], {
      changed: changed[lang],
      sheet: context.sheet ?? '',
      detail: context.detail || (lang === 'zh-CN' ? '未知错误' : 'unknown error'),
    })
      .replace(lang === 'en-US' ? / {2,}/g : /^$/, ' ')
      .trim();
  return new HostError(CODES[problem], { 'zh-CN': text('zh-CN'), 'en-US': text('en-US') }, cause === undefined ? undefined : { cause });
}

/** Anything thrown by WPS → a HostError (a HostError passes through unchanged). */
export function toHostError(error: unknown, context: ProblemContext = {}): HostError {
  if (error instanceof HostError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  // WPS words a refusal on a protected sheet in the UI language.
  if (/受保护|保护的工作表|protected/i.test(detail)) return wpsError('protected', context, error);
  return wpsError('failed', { ...context, detail }, error);
}

/** Cells to be written are no longer empty: the insertion is refused whole. */
export function staleInsertion(cells: { cell: string; text: string }[]): HostError {
  const list = cells.slice(0, 5).map((c) => `${c.cell}（${c.text}）`);
  const more = cells.length > 5 ? `…（共 ${cells.length} 个）` : '';
  const listEn = cells.slice(0, 5).map((c) => `${c.cell} ("${c.text}")`);
  const moreEn = cells.length > 5 ? ` … (${cells.length} in all)` : '';
  return new HostError('stale', {
    'zh-CN': `读取表格之后，要写入的单元格已有内容：${list.join('、')}${more}。没有做任何修改。请重新校验后再插入。`,
    'en-US': `Cells to be written are no longer empty since the sheet was read: ${listEn.join(', ')}${moreEn}. Nothing was changed. Check again, then insert.`,
  });
}

/** An insertion is to be undone while another workbook than the one it was made in is in front. */
export function otherWorkbook(book: string): HostError {
  return new HostError('stale', {
    'zh-CN': `这些行是在工作簿“${book}”中插入的，现在显示的是另一个工作簿。没有做任何修改。请切换回“${book}”，再点“撤销插入”。`,
    'en-US': `The rows were inserted in the workbook “${book}”, and another workbook is in front now. Nothing was changed. Switch back to “${book}”, then click Undo insertion.`,
  });
}

/** The sheet holds more cells than the checker reads. */
export function tooLarge(cells: number, limit: number, address: string): HostError {
  const n = (x: number) => x.toLocaleString('en-US');
  return new HostError('too-large', {
    'zh-CN': `工作表已使用的区域（${address}）有 ${n(cells)} 个单元格，超过了可校验的 ${n(limit)} 个。没有做任何修改。请按 Ctrl+End 找到最后使用的单元格，删除表格以外多余的内容（包括只有格式的行和列）后再试。`,
    'en-US': `The sheet's used range (${address}) has ${n(cells)} cells, more than the ${n(limit)} the checker reads. Nothing was changed. Press Ctrl+End to find the last used cell, delete stray content outside the table (formatted rows and columns too) and try again.`,
  });
}

/** Notices the pane shows once (Host.takeNotice). */
export const NOTICES = {
  mergesIncomplete: {
    'zh-CN': '这个工作表的合并单元格太多，有一部分没有读到；这些地方的表格结构按空白单元格推断。',
    'en-US': 'This sheet has too many merged areas to read them all; where some are missing, the layout is inferred from blank cells.',
  },
  textsIncomplete: {
    'zh-CN': '这个工作表的数字太多，有一部分没有读取显示格式，按数值本身校验（例如 0.95 而不是 95%）。',
    'en-US': 'This sheet has too many numbers to read all their display formats; some are checked as plain values (0.95 rather than 95%).',
  },
} satisfies Record<string, Messages>;
