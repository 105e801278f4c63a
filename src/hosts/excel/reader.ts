/**
 * Reading in Excel: the active sheet and the workbook's checker settings, with the API sets detected once. All the
 * ribbon's 一键校验 needs (commands.ts imports this alone, so its ES5 bundle carries no writing code), and the
 * reading half of ExcelHost.
 */
import type { HostNotice, SheetRead } from '../host';
import type { WorkbookSettings } from '../../core/settings';
import { detectCapabilities, officeApiCheck, officeRun, type ExcelApiCheck, type ExcelCapabilities, type ExcelRun } from './api';
import { toHostError } from './errors';
import { READ_LIMITS, readActiveSheet, type ReadLimits } from './read';
import { loadSettings } from './settings';

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

  async readActiveSheet(onProgress?: (fraction: number) => void): Promise<SheetRead> {
    const { features } = this.capabilities();
    try {
      const result = await readActiveSheet(this.run, { merges: features.merges, probeFirst: this.lastReadBig, limits: this.limits, onProgress });
      this.lastReadBig = result.chunked || result.cells > this.limits.chunkAbove;
      this.lastSheet = result.sheet;
      const notices: HostNotice[] = [];
      if (!features.merges && result.cells > 0) notices.push('merges-missing');
      if (result.merges === 'incomplete') notices.push('merges-incomplete');
      if (result.merges === 'failed') notices.push('merges-failed');
      return { snapshot: result.snapshot, notices };
    } catch (error) {
      throw toHostError(error);
    }
  }

  loadSettings(): Promise<WorkbookSettings> {
    return loadSettings(this.run);
  }
}
