/** Why a file could not be read, in both languages, with what to do about it. */
import { formatMessage, type Lang } from '../core/i18n';

/** What went wrong, coarse enough for a caller to branch on. */
export type WorkbookReadErrorCode =
  | 'unsupported-type'
  | 'not-a-spreadsheet'
  | 'corrupt'
  | 'encrypted'
  | 'too-large'
  | 'empty-file'
  | 'not-found'
  | 'unreadable';

interface Entry {
  code: WorkbookReadErrorCode;
  'zh-CN': string;
  'en-US': string;
}

// One entry per situation (several may share a code) so each message can say exactly what happened.
const MESSAGES = {
  'unsupported-type': {
    code: 'unsupported-type',
    'zh-CN': '不支持“{file}”的文件类型（{ext}）：请选择 .xlsx、.xlsm、.xls、.csv、.tsv 或 .txt 文件，其他格式请先在 Excel 中另存为 .xlsx',
    'en-US':
      'The file type of “{file}” ({ext}) is not supported: choose an .xlsx, .xlsm, .xls, .csv, .tsv or .txt file, or save other formats as .xlsx in Excel first',
  },
  'not-a-spreadsheet': {
    code: 'not-a-spreadsheet',
    'zh-CN': '“{file}”不是电子表格（内容与扩展名 {ext} 不符）：请确认选对了文件，或在 Excel 中打开后另存为 .xlsx',
    'en-US':
      '“{file}” is not a spreadsheet (its content does not match its {ext} extension): check that you picked the right file, or open it in Excel and save it as .xlsx',
  },
  corrupt: {
    code: 'corrupt',
    'zh-CN': '“{file}”已损坏或不完整，无法读取（{detail}）：请重新下载，或在 Excel 中打开原文件另存一份后再检查',
    'en-US':
      '“{file}” is damaged or incomplete and cannot be read ({detail}): download it again, or open the original in Excel, save a fresh copy and check that',
  },
  encrypted: {
    code: 'encrypted',
    'zh-CN': '工作簿“{file}”有打开密码，无法读取：请在 Excel 中另存为无密码的副本后再检查',
    'en-US': 'The workbook “{file}” is password-protected: save an unprotected copy in Excel and check that',
  },
  'too-large-sheet': {
    code: 'too-large',
    'zh-CN':
      '“{file}”的工作表“{sheet}”太大（已用区域 {range} 共 {cells} 个单元格，上限 {max}）：请删除表格以外的内容，或把绩效目标表复制到新工作簿后再检查',
    'en-US':
      'Sheet “{sheet}” of “{file}” is too large (its used range {range} has {cells} cells; the limit is {max}): delete what lies outside the table, or copy the table into a new workbook and check that',
  },
  'too-large-file': {
    code: 'too-large',
    'zh-CN': '“{file}”太大（{size} MB，上限 {max} MB）：请把绩效目标表复制到新工作簿后再检查',
    'en-US': '“{file}” is too large ({size} MB; the limit is {max} MB): copy the table into a new workbook and check that',
  },
  'too-large-unzipped': {
    code: 'too-large',
    'zh-CN': '“{file}”解压后太大（{size} MB，上限 {max} MB）：请把绩效目标表复制到新工作簿后再检查',
    'en-US':
      '“{file}” is too large once unpacked ({size} MB; the limit is {max} MB): copy the table into a new workbook and check that',
  },
  'too-large-memory': {
    code: 'too-large',
    'zh-CN': '“{file}”太大，读取时内存不足：请把绩效目标表复制到新工作簿后再检查',
    'en-US': '“{file}” is too large to read in the memory available: copy the table into a new workbook and check that',
  },
  'empty-file': {
    code: 'empty-file',
    'zh-CN': '“{file}”是空文件（0 字节）：请确认文件已完整保存或下载后再检查',
    'en-US': '“{file}” is empty (0 bytes): make sure it was saved or downloaded completely and check it again',
  },
  'not-found': {
    code: 'not-found',
    'zh-CN': '找不到文件“{file}”：请检查路径和文件名',
    'en-US': 'File “{file}” not found: check the path and the file name',
  },
  'unreadable-directory': {
    code: 'unreadable',
    'zh-CN': '“{file}”是文件夹，不是文件：请选择文件夹里的表格文件',
    'en-US': '“{file}” is a folder, not a file: choose a spreadsheet file inside it',
  },
  'unreadable-permission': {
    code: 'unreadable',
    'zh-CN': '没有读取“{file}”的权限：请修改文件权限，或把文件复制到自己的文件夹后再检查',
    'en-US': 'No permission to read “{file}”: change its permissions, or copy it into a folder of your own and check the copy',
  },
  unreadable: {
    code: 'unreadable',
    'zh-CN': '无法读取“{file}”（{detail}）：请确认有读取权限，且文件没有被其他程序独占打开',
    'en-US':
      'Cannot read “{file}” ({detail}): make sure you may read it and that no other program holds it open exclusively',
  },
} satisfies Record<string, Entry>;

/** The message ids `readError` knows. */
export type ReadErrorId = keyof typeof MESSAGES;

/** A file that could not be turned into sheet snapshots. `message` is the English text; `messages` has both. */
export class WorkbookReadError extends Error {
  override readonly name = 'WorkbookReadError';
  readonly code: WorkbookReadErrorCode;
  readonly messages: Record<Lang, string>;

  constructor(code: WorkbookReadErrorCode, messages: Record<Lang, string>, options?: { cause?: unknown }) {
    super(messages['en-US'], options);
    this.code = code;
    this.messages = messages;
  }
}

/** Build the error for situation `id`, filling `{file}`, `{detail}`… in both languages. */
export function readError(
  id: ReadErrorId,
  data: Record<string, string | number>,
  cause?: unknown,
): WorkbookReadError {
  const entry: Entry = MESSAGES[id];
  return new WorkbookReadError(
    entry.code,
    { 'zh-CN': formatMessage(entry['zh-CN'], data), 'en-US': formatMessage(entry['en-US'], data) },
    cause === undefined ? undefined : { cause },
  );
}

/** Short text of anything thrown (SheetJS sometimes throws bare strings), to quote in a message. */
export function describeThrown(thrown: unknown): string {
  let text: string;
  if (thrown instanceof Error) text = thrown.message || thrown.name;
  else if (typeof thrown === 'string') text = thrown;
  else {
    try {
      text = JSON.stringify(thrown) ?? String(thrown);
    } catch {
      text = String(thrown);
    }
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
