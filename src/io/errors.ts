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
  /** The limit that refused the file (a key of ReadLimits, or `excelGrid` / `timeout`), when one did. */
  limit?: string;
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
    limit: 'maxCells',
    'zh-CN':
      '“{file}”的工作表“{sheet}”太大（已用区域 {range} 共 {cells} 个单元格，超过“已用区域”上限 {max}）：请删除表格以外的内容，或把绩效目标表复制到新工作簿后再检查',
    'en-US':
      'Sheet “{sheet}” of “{file}” is too large (its used range {range} has {cells} cells; the used-range limit is {max}): delete what lies outside the table, or copy the table into a new workbook and check that',
  },
  'too-large-file': {
    code: 'too-large',
    limit: 'maxFileBytes',
    'zh-CN': '“{file}”太大（{size} MB，上限 {max} MB）：请把绩效目标表复制到新工作簿后再检查',
    'en-US': '“{file}” is too large ({size} MB; the limit is {max} MB): copy the table into a new workbook and check that',
  },
  'too-large-unzipped': {
    code: 'too-large',
    limit: 'maxUnpackedBytes',
    'zh-CN': '“{file}”解压后太大（{size} MB，超过“解压后总大小”上限 {max} MB）：请把绩效目标表复制到新工作簿后再检查',
    'en-US':
      '“{file}” is too large once unpacked ({size} MB, over the limit on the total unpacked size, {max} MB): copy the table into a new workbook and check that',
  },
  'too-large-part': {
    code: 'too-large',
    limit: 'maxPartBytes',
    'zh-CN': '“{file}”中的部件 {part} 解压后有 {size} MB，超过“单个部件解压大小”上限 {max} MB：请把绩效目标表复制到新工作簿后再检查',
    'en-US':
      'The part {part} of “{file}” unpacks to {size} MB, over the limit on the unpacked size of one part ({max} MB): copy the table into a new workbook and check that',
  },
  'too-large-ratio': {
    code: 'too-large',
    limit: 'maxCompressionRatio',
    'zh-CN':
      '“{file}”中的部件 {part} 压缩比高达 {ratio}:1（解压后 {size} MB），超过“压缩比”上限 {max}:1，不像正常的表格（可能是压缩炸弹）：请确认文件来源，或在 Excel 中打开后另存一份再检查',
    'en-US':
      'The part {part} of “{file}” is compressed {ratio}:1 ({size} MB unpacked), over the compression-ratio limit of {max}:1; no real table looks like that (it may be a zip bomb): check where the file came from, or open it in Excel, save a copy and check that',
  },
  'too-many-parts': {
    code: 'too-large',
    limit: 'maxParts',
    'zh-CN': '“{file}”由 {parts} 个部件组成（工作表、批注等），超过“部件数”上限 {max}：请删除不需要的工作表，或把绩效目标表复制到新工作簿后再检查',
    'en-US':
      '“{file}” is made of {parts} parts (sheets, comments and the like), over the limit of {max} parts: delete the sheets you do not need, or copy the table into a new workbook and check that',
  },
  'too-many-cells': {
    code: 'too-large',
    limit: 'maxFilledCells',
    'zh-CN': '“{file}”的非空单元格多于“单元格数”上限 {max} 个（已数到 {cells} 个）：绩效目标表不会这么大；请把绩效目标表复制到新工作簿后再检查',
    'en-US':
      '“{file}” has more non-empty cells than the cell-count limit of {max} ({cells} counted); no target table is that large: copy the table into a new workbook and check that',
  },
  'too-many-merges': {
    code: 'too-large',
    limit: 'maxMerges',
    'zh-CN': '“{file}”的合并单元格区域多于“合并区域数”上限 {max} 个（已数到 {merges} 个）：请把绩效目标表复制到新工作簿后再检查',
    'en-US': '“{file}” has more merged areas than the limit of {max} ({merges} counted): copy the table into a new workbook and check that',
  },
  'too-many-merged-cells': {
    code: 'too-large',
    limit: 'maxMergedCells',
    'zh-CN':
      '“{file}”的工作表“{sheet}”中合并区域共覆盖 {cells} 个单元格（区域互相重叠或覆盖整行整列），超过“合并覆盖单元格数”上限 {max}：文件可能已损坏；请在 Excel 中取消多余的合并，或另存一份后再检查',
    'en-US':
      'The merged areas of sheet “{sheet}” in “{file}” cover {cells} cells (they overlap or span whole rows or columns), over the limit of {max} merged cells; the file may be damaged: unmerge what is not needed in Excel, or save a fresh copy, and check that',
  },
  'too-wide': {
    code: 'too-large',
    limit: 'excelGrid',
    'zh-CN': '“{file}”第 {row} 行有 {cols} 列，超出 Excel 表格的 16,384 列（XFD）：这不是能在 Excel 中打开的表格；请确认选对了文件',
    'en-US': 'Line {row} of “{file}” has {cols} columns, beyond the 16,384 columns (XFD) of an Excel sheet: no spreadsheet looks like that; check that you picked the right file',
  },
  'too-many-rows': {
    code: 'too-large',
    limit: 'excelGrid',
    'zh-CN': '“{file}”超过 1,048,576 行，超出 Excel 表格的行数：请确认选对了文件，或只保留绩效目标表后再检查',
    'en-US': '“{file}” has more than 1,048,576 lines, beyond the rows of an Excel sheet: check that you picked the right file, or keep only the target table and check that',
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
  'no-sheets': {
    code: 'corrupt',
    'zh-CN': '“{file}”已损坏：工作簿里没有任何工作表，无法检查：请在 Excel 中打开原文件另存一份后再检查',
    'en-US': '“{file}” is damaged: the workbook has no sheets to check: open the original in Excel, save a fresh copy and check that',
  },
  'part-missing': {
    code: 'corrupt',
    'zh-CN': '“{file}”已损坏：工作表“{sheet}”的内容（部件 {part}）缺失，无法读取：请重新下载，或在 Excel 中打开原文件另存一份后再检查',
    'en-US':
      '“{file}” is damaged: the content of sheet “{sheet}” (part {part}) is missing: download it again, or open the original in Excel, save a fresh copy and check that',
  },
  'part-unreadable': {
    code: 'corrupt',
    'zh-CN': '“{file}”已损坏：工作表“{sheet}”的内容（部件 {part}）不是有效的工作表数据，无法解析：请重新下载，或在 Excel 中打开原文件另存一份后再检查',
    'en-US':
      '“{file}” is damaged: the content of sheet “{sheet}” (part {part}) is not valid sheet data and cannot be parsed: download it again, or open the original in Excel, save a fresh copy and check that',
  },
  'part-bad-string': {
    code: 'corrupt',
    'zh-CN':
      '“{file}”已损坏：工作表“{sheet}”（部件 {part}）的单元格 {cell} 引用了第 {index} 个共享文本，但共享文本部件只有 {count} 个：请重新下载，或在 Excel 中打开原文件另存一份后再检查',
    'en-US':
      '“{file}” is damaged: cell {cell} of sheet “{sheet}” (part {part}) refers to shared text number {index}, but the shared-text part has only {count}: download it again, or open the original in Excel, save a fresh copy and check that',
  },
  'part-beyond-grid': {
    code: 'corrupt',
    'zh-CN': '“{file}”已损坏：工作表“{sheet}”（部件 {part}）中有单元格 {cell}，超出 Excel 表格范围（最大 XFD1048576）：请在 Excel 中打开原文件另存一份后再检查',
    'en-US':
      '“{file}” is damaged: sheet “{sheet}” (part {part}) has a cell at {cell}, outside an Excel sheet (the last cell is XFD1048576): open the original in Excel, save a fresh copy and check that',
  },
  'stream-empty': {
    code: 'corrupt',
    'zh-CN': '“{file}”已损坏：工作簿数据（{stream} 流）是空的，无法检查：请在 Excel 中打开原文件另存一份后再检查',
    'en-US': '“{file}” is damaged: its workbook data (the {stream} stream) is empty: open the original in Excel, save a fresh copy and check that',
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
  'not-regular': {
    code: 'unreadable',
    'zh-CN': '“{file}”不是普通文件（而是管道、设备或套接字等），不会读取：请选择保存在磁盘上的表格文件',
    'en-US': '“{file}” is not a regular file (a pipe, device, socket or the like) and is not read: choose a spreadsheet file saved on disk',
  },
  'no-match': {
    code: 'not-found',
    'zh-CN': '没有与“{file}”匹配的表格文件（.xlsx .xlsm .xls .csv .tsv）：请检查路径和通配符',
    'en-US': 'No spreadsheet files (.xlsx .xlsm .xls .csv .tsv) match “{file}”: check the path and the pattern',
  },
  'empty-folder': {
    code: 'not-found',
    'zh-CN': '文件夹“{file}”及其子文件夹中没有表格文件（.xlsx .xlsm .xls .csv .tsv）：请检查路径',
    'en-US': 'The folder “{file}” and its subfolders hold no spreadsheet files (.xlsx .xlsm .xls .csv .tsv): check the path',
  },
  timeout: {
    code: 'unreadable',
    limit: 'timeout',
    'zh-CN': '“{file}”在 {seconds} 秒内没有检查完，已停止（“单个文件用时”上限）：文件可能已损坏或过于复杂；请在 Excel 中打开后另存一份再检查',
    'en-US':
      '“{file}” was not checked within {seconds} s and was stopped (the per-file time limit): it may be damaged or too complex; open it in Excel, save a fresh copy and check that',
  },
  'crashed-memory': {
    code: 'unreadable',
    limit: 'memory',
    'zh-CN': '检查“{file}”所需的内存超过了每个文件 {mb} MB 的上限（“单个文件内存”上限），已跳过该文件，其他文件不受影响：请把绩效目标表复制到新工作簿后再检查',
    'en-US':
      'Checking “{file}” needed more than the {mb} MB of memory allowed per file (the per-file memory limit); the file was skipped and the others are unaffected: copy the table into a new workbook and check that',
  },
  crashed: {
    code: 'unreadable',
    'zh-CN': '检查“{file}”时读取程序异常终止（{detail}），已跳过该文件，其他文件不受影响：文件可能已损坏或过大；请在 Excel 中打开后另存一份再检查',
    'en-US':
      'Checking “{file}” stopped abnormally ({detail}); the file was skipped and the others are unaffected: it may be damaged or too large; open it in Excel, save a fresh copy and check that',
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
  /** The limit that refused the file, when one did (docs/cli.md lists them). */
  readonly limit?: string;

  constructor(code: WorkbookReadErrorCode, messages: Record<Lang, string>, options?: { cause?: unknown; limit?: string }) {
    super(messages['en-US'], options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.messages = messages;
    if (options?.limit) this.limit = options.limit;
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
    { cause, limit: entry.limit },
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
