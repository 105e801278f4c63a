/**
 * Reading in Excel: the active sheet and the workbook's checker settings, with the API sets detected once. All the
 * ribbon's 一键校验 needs (commands.ts imports this alone, so its ES5 bundle carries no writing code), and the
 * reading half of ExcelHost.
 */
import type { Lang } from '../../core/i18n';
import type { SheetSnapshot } from '../../core/snapshot';
import type { WorkbookSettings } from '../../core/settings';
import { detectCapabilities, officeApiCheck, officeFor, officeRun, type ExcelApiCheck, type ExcelCapabilities, type ExcelRun } from './api';
import { toHostError } from './errors';
import { READ_LIMITS, readActiveSheet, type ReadLimits } from './read';
import { loadSettings } from './settings';

/** Something the pane should tell the user once: a feature this Office lacks, with what would bring it. */
export type HostNotice = Record<Lang, string>;

export interface ExcelReaderOptions {
  /** Excel.run (tests hand in a fake workbook). */
  run?: ExcelRun;
  /** isSetSupported('ExcelApi', version). */
  supports?: ExcelApiCheck;
  /** Chunking thresholds of big reads. */
  limits?: Partial<ReadLimits>;
}

/** The sheet a read found, by name and by Excel's id (which survives renaming). */
export interface SheetRef {
  name: string;
  id: string;
}

export class ExcelReader {
  readonly run: ExcelRun;
  readonly supports: ExcelApiCheck;
  private readonly limits: ReadLimits;
  private detected: ExcelCapabilities | null = null;
  private lastReadBig = false;
  private pendingNotice: HostNotice | null = null;
  private readonly noticesGiven = new Set<string>();
  /** The sheet of the last successful read. */
  lastSheet: SheetRef | null = null;

  constructor(options: ExcelReaderOptions = {}) {
    this.run = options.run ?? officeRun;
    this.supports = options.supports ?? officeApiCheck;
    this.limits = { ...READ_LIMITS, ...options.limits };
  }

  /** Which optional features this Office has, and what the missing ones need (detected once, after Office is ready). */
  capabilities(): ExcelCapabilities {
    this.detected ??= detectCapabilities(this.supports);
    return this.detected;
  }

  /** A notice to show once (merged cells unreadable in this Office, say), or null; taking it clears it. */
  takeNotice(): HostNotice | null {
    const notice = this.pendingNotice;
    this.pendingNotice = null;
    return notice;
  }

  async readActiveSheet(onProgress?: (fraction: number) => void): Promise<SheetSnapshot> {
    const { features } = this.capabilities();
    try {
      const result = await readActiveSheet(this.run, { merges: features.merges, probeFirst: this.lastReadBig, limits: this.limits, onProgress });
      this.lastReadBig = result.chunked || result.cells > this.limits.chunkAbove;
      this.lastSheet = result.sheet;
      if (!features.merges && result.cells > 0) this.notice('merges', MERGES_MISSING);
      if (result.merges === 'incomplete') this.notice('merges-incomplete', MERGES_INCOMPLETE);
      if (result.merges === 'failed') this.notice('merges-failed', MERGES_FAILED);
      return result.snapshot;
    } catch (error) {
      throw toHostError(error);
    }
  }

  loadSettings(): Promise<WorkbookSettings> {
    return loadSettings(this.run);
  }

  private notice(id: string, notice: HostNotice): void {
    if (this.noticesGiven.has(id)) return;
    this.noticesGiven.add(id);
    this.pendingNotice = notice;
  }
}

const OFFICE_1_13 = officeFor('1.13');

const MERGES_MISSING: HostNotice = {
  'zh-CN': `这个 Office 版本读不到合并单元格（需要 ExcelApi 1.13，即 ${OFFICE_1_13['zh-CN']}），表格结构按空白单元格推断，个别单元格的归属可能不准。`,
  'en-US': `This Office version cannot read merged cells (that needs ExcelApi 1.13: ${OFFICE_1_13['en-US']}); the table layout is inferred from blank cells and may be off in places.`,
};

const MERGES_FAILED: HostNotice = {
  'zh-CN': 'Excel 这次没有返回合并单元格，表格结构按空白单元格推断，个别单元格的归属可能不准。再校验一次通常可以读到。',
  'en-US': 'Excel did not return the merged cells this time; the table layout is inferred from blank cells and may be off in places. Checking again usually reads them.',
};

const MERGES_INCOMPLETE: HostNotice = {
  'zh-CN': '这个工作表的合并单元格太多，有一部分没有读到；这些地方的表格结构按空白单元格推断。',
  'en-US': 'This sheet has too many merged areas to read them all; where some are missing, the layout is inferred from blank cells.',
};
