/**
 * Office errors → HostError with a message that says what happened, that nothing was changed (or, for the rare
 * failure in the middle of a write, that some cells may have been), and what to do.
 */
import { formatMessage, type Lang } from '../../core/i18n';
import { HostError, type HostErrorCode } from '../host';
import { officeFor } from './api';

/** What the failed operation was doing, for the message. */
export interface ErrorContext {
  /** The ExcelApi version the operation needs, named when the API turns out to be missing. */
  apiSet?: string;
  /** The sheet the operation addressed by name, named when it is not found. */
  sheet?: string;
  /** True when the failure may have come after some writes reached the workbook (a failed write batch). */
  partial?: boolean;
}

type Messages = Record<Lang, string>;
export type OfficeErrorCode = Exclude<HostErrorCode, 'too-large'>;

const NOTHING: Messages = { 'zh-CN': '没有做任何修改。', 'en-US': 'Nothing was changed.' };
const PARTIAL: Messages = {
  'zh-CN': '部分单元格可能已经写入，请检查后再继续。',
  'en-US': 'Some cells may already have been written: check them before going on.',
};

const TEXT: Record<OfficeErrorCode | 'denied', Messages> = {
  denied: {
    'zh-CN': 'Excel 拒绝了这次修改（访问被拒绝）。{changed}工作簿可能是只读的、在“受保护的视图”中打开、设置了工作簿保护，或者您没有修改它的权限。请在 Excel 中确认可以编辑这个工作簿后再试。',
    'en-US': 'Excel refused the change (access denied). {changed} The workbook may be read-only, open in Protected View, have workbook protection, or you may lack permission to change it. Make sure the workbook can be edited in Excel and try again.',
  },
  protected: {
    'zh-CN': '工作表受保护，无法写入。{changed}如需修改，请在“审阅”选项卡点击“撤消工作表保护”（可能需要密码），再重试。',
    'en-US': 'The sheet is protected and cannot be written. {changed} To allow changes, click Review → Unprotect Sheet (a password may be needed) and try again.',
  },
  editing: {
    'zh-CN': 'Excel 正在编辑单元格，暂时无法操作。{changed}请先按 Enter 或 Esc 结束单元格编辑，再点校验。',
    'en-US': 'Excel is editing a cell and cannot be used right now. {changed} Press Enter or Esc to finish editing the cell, then click Check again.',
  },
  unsupported: {
    'zh-CN': '当前 Office 版本不支持这项功能（需要 {apiSet}，即 {office}）。{changed}请升级 Office，或在 Excel 网页版中使用。',
    'en-US': 'This Office version lacks the feature (it needs {apiSet}: {office}). {changed} Update Office, or use Excel on the web.',
  },
  'no-sheet': {
    'zh-CN': '找不到工作表{sheet}：当前可能是图表工作表，或工作表已被重命名或删除。{changed}请切换到包含绩效目标表的普通工作表再试。',
    'en-US': 'Worksheet{sheet} not found: the active sheet may be a chart sheet, or the sheet was renamed or deleted. {changed} Switch to the worksheet that holds the performance-target table and try again.',
  },
  stale: {
    'zh-CN': '读取表格之后，要写入的单元格已被修改。{changed}请重新校验后再试。',
    'en-US': 'Cells to be written have changed since the sheet was read. {changed} Check again, then try again.',
  },
  failed: {
    'zh-CN': '操作没有完成。{changed}Excel 返回：{detail}。请重试；如果仍然失败，请保存并重新打开工作簿。',
    'en-US': 'The operation did not complete. {changed} Excel said: {detail}. Try again; if it still fails, save and reopen the workbook.',
  },
};

function messages(code: OfficeErrorCode | 'denied', data: Record<Lang, Record<string, string>>): Messages {
  return {
    'zh-CN': formatMessage(TEXT[code]['zh-CN'], data['zh-CN']).replace(/\s+$/, ''),
    'en-US': formatMessage(TEXT[code]['en-US'], data['en-US']).replace(/\s+/g, ' ').trim(),
  };
}

/** The error code and text of anything thrown (OfficeExtension.Error carries `code`; others may not). */
export function errorParts(error: unknown): { code: string; text: string } {
  const e = error as { code?: unknown; message?: unknown } | null | undefined;
  const code = e && typeof e.code === 'string' ? e.code : '';
  const text = e && typeof e.message === 'string' ? e.message : String(error);
  return { code, text };
}

/** True for errors that say a read was too large for one request (chunking helps). */
export function isSizeError(error: unknown): boolean {
  const { code, text } = errorParts(error);
  return (
    ['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'RangeExceedsLimit', 'OperationCellsExceedLimit'].includes(code) ||
    /payload size|size limit|exceeds? (the )?limit/i.test(text)
  );
}

/** The HostError code an Office error maps to. */
export function classify(error: unknown): HostErrorCode {
  return error instanceof HostError ? error.code : classifyOffice(error);
}

function classifyOffice(error: unknown): OfficeErrorCode {
  const { code, text } = errorParts(error);
  if (code === 'InvalidOperationInCellEditMode' || /cell[- ]?edit mode|单元格编辑/i.test(text)) return 'editing';
  if (/protect|受保护/i.test(text)) return 'protected';
  if (code === 'ApiNotFound' || code === 'NotImplemented' || (error instanceof TypeError && /is not a function/.test(text))) return 'unsupported';
  if (code === 'ItemNotFound' || code === 'UnsupportedSheet') return 'no-sheet';
  return 'failed';
}

/** Map anything thrown by an Excel.run to a HostError (a HostError passes through unchanged). */
export function toHostError(error: unknown, context: ErrorContext = {}): HostError {
  if (error instanceof HostError) return error;
  const { code, text } = errorParts(error);
  const detail = code && !text.includes(code) ? `${text} (${code})` : text;
  const kind = classifyOffice(error);
  // AccessDenied without a word of protection: read-only, Protected View, workbook protection, permissions.
  if (kind === 'failed' && code === 'AccessDenied') return hostError('failed', { ...context, detail, reason: 'denied' }, error);
  return hostError(kind, { ...context, detail }, error);
}

/** A HostError of `code` with the catalogue's message (`detail`: Excel's own words, for 'failed'). */
export function hostError(code: OfficeErrorCode, context: ErrorContext & { detail?: string; reason?: 'denied' } = {}, cause?: unknown): HostError {
  const changed = context.partial ? PARTIAL : NOTHING;
  const apiSet = context.apiSet ? `ExcelApi ${context.apiSet}` : 'ExcelApi';
  const office = context.apiSet ? officeFor(context.apiSet) : { 'zh-CN': '更新的 Office', 'en-US': 'a newer Office' };
  const data = (lang: Lang) => ({
    changed: changed[lang],
    apiSet,
    office: office[lang],
    sheet: context.sheet ? (lang === 'zh-CN' ? `“${context.sheet}”` : ` “${context.sheet}”`) : '',
    detail: context.detail || (lang === 'zh-CN' ? '未知错误' : 'unknown error'),
  });
  return new HostError(code, messages(context.reason ?? code, { 'zh-CN': data('zh-CN'), 'en-US': data('en-US') }), cause === undefined ? undefined : { cause });
}

/** The sheet holds more cells than the checker reads. */
export function tooLarge(cells: number, limit: number, address: string): HostError {
  const n = (x: number) => x.toLocaleString('en-US');
  return new HostError('too-large', {
    'zh-CN': `工作表已使用的区域（${address}）有 ${n(cells)} 个单元格，超过了可校验的 ${n(limit)} 个。没有做任何修改。请按 Ctrl+End 找到最后使用的单元格，删除表格以外多余的内容后再试。`,
    'en-US': `The sheet's used range (${address}) has ${n(cells)} cells, more than the ${n(limit)} the checker reads. Nothing was changed. Press Ctrl+End to find the last used cell, delete stray content outside the table and try again.`,
  });
}
