/**
 * The second host: the task pane's `Host` over the preview's in-memory workbook. Behaves as the Excel host does
 * where the pane can tell (compare-and-set writes, highlights that give the user's fills back, change events for
 * the user's edits only), with nothing of Office.js.
 */
import type { CellEdit, Severity } from '../core/model';
import type { SheetSnapshot } from '../core/snapshot';
import { parseCellAddress } from '../core/address';
import { EMPTY_SETTINGS, sanitizeSettings, type WorkbookSettings } from '../core/settings';
import { HostError, type ApplyResult, type Host, type HighlightCell } from '../hosts/host';
import { cellKey, type PreviewSheet, type PreviewWorkbook } from './workbook';

/** Highlight colours by severity (light fills that keep black text readable). */
export const HIGHLIGHT_FILLS: Record<Severity, string> = {
  error: '#FDE7E9',
  warning: '#FFF4CE',
  info: '#EFF6FC',
};

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Where settings are kept between visits: localStorage, when the browser allows it. */
export interface SettingsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The browser's localStorage, or null where it is blocked (some privacy settings throw on access). */
export function browserStore(): SettingsStore | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** localStorage key of a workbook's settings. */
export const settingsKey = (fileName: string): string => `ptcheck-preview:settings:${fileName}`;

export class PreviewHost implements Host {
  readonly kind = 'preview' as const;
  /** The fill each highlighted cell had before, and the colour put over it, per sheet. */
  private readonly originals = new Map<PreviewSheet, Map<number, { original: string | undefined; put: string }>>();
  private settings: WorkbookSettings | undefined;

  constructor(
    readonly workbook: PreviewWorkbook,
    private readonly store: SettingsStore | null = null,
  ) {}

  async readActiveSheet(onProgress?: (fraction: number) => void): Promise<SheetSnapshot> {
    const snapshot = this.workbook.activeSheet.snapshot();
    onProgress?.(1);
    return snapshot;
  }

  async selectCell(sheetName: string, cell: string): Promise<void> {
    const sheet = this.sheetNamed(sheetName);
    const p = this.parse(cell);
    this.workbook.activate(this.workbook.sheets.indexOf(sheet));
    this.workbook.select(p.row, p.col);
  }

  async applyEdits(edits: CellEdit[]): Promise<ApplyResult> {
    // Check every edit before writing any, so a bad one leaves the sheet untouched (as HostError promises).
    const targets = edits.map((edit) => ({ edit, sheet: this.sheetNamed(edit.sheet), at: this.parse(edit.cell) }));
    const result: ApplyResult = { applied: [], stale: [] };
    for (const { edit, sheet, at } of targets) {
      const actual = sheet.text(at.row, at.col);
      if (actual !== edit.expected) {
        result.stale.push({ edit, actual });
        continue;
      }
      // One write at a time: a second edit of the same cell in the batch then sees the first one's result.
      this.workbook.writeByHost(sheet, [{ row: at.row, col: at.col, text: edit.value }]);
      result.applied.push(edit);
    }
    return result;
  }

  async highlight(sheetName: string, cells: HighlightCell[]): Promise<void> {
    await this.clearHighlights();
    const sheet = this.workbook.sheet(sheetName);
    if (!sheet) return;
    // A cell named by several findings takes the most severe colour; a cell inside a merge colours the merge.
    const severity = new Map<number, Severity>();
    for (const { cell, severity: s } of cells) {
      const p = parseCellAddress(cell);
      if (!p) continue;
      const at = sheet.anchor(p.row, p.col);
      const key = cellKey(at.row, at.col);
      const seen = severity.get(key);
      if (!seen || RANK[s] > RANK[seen]) severity.set(key, s);
    }
    const saved = new Map<number, { original: string | undefined; put: string }>();
    const fills: [number, string][] = [];
    for (const [key, s] of severity) {
      const put = HIGHLIGHT_FILLS[s];
      saved.set(key, { original: sheet.fills.get(key), put });
      fills.push([key, put]);
    }
    this.originals.set(sheet, saved);
    this.workbook.setFills(sheet, fills);
  }

  async clearHighlights(): Promise<void> {
    for (const [sheet, saved] of this.originals) {
      const fills: [number, string | undefined][] = [];
      for (const [key, { original, put }] of saved) {
        // A cell the user has coloured since keeps the user's colour.
        if (sheet.fills.get(key) === put) fills.push([key, original]);
      }
      this.workbook.setFills(sheet, fills);
    }
    this.originals.clear();
  }

  async onSheetChanged(listener: () => void): Promise<() => void> {
    return this.workbook.onUserEdit(listener);
  }

  async loadSettings(): Promise<WorkbookSettings> {
    if (!this.settings) {
      let stored: unknown = EMPTY_SETTINGS;
      try {
        const text = this.store?.getItem(settingsKey(this.workbook.fileName));
        if (text) stored = JSON.parse(text);
      } catch {
        // unreadable or blocked storage: start from the defaults
      }
      this.settings = sanitizeSettings(stored);
    }
    return clone(this.settings);
  }

  async saveSettings(settings: WorkbookSettings): Promise<void> {
    this.settings = clone(settings);
    try {
      this.store?.setItem(settingsKey(this.workbook.fileName), JSON.stringify(settings));
    } catch {
      // storage full or blocked: the settings still hold for this page
    }
  }

  async addReportSheet(name: string, rows: string[][]): Promise<string> {
    return this.workbook.addSheet(name, rows).name;
  }

  private sheetNamed(name: string): PreviewSheet {
    const sheet = this.workbook.sheet(name);
    if (!sheet) {
      throw new HostError('no-sheet', {
        'zh-CN': `找不到工作表“${name}”：它可能已被删除或改名，请重新校验`,
        'en-US': `Sheet "${name}" is not there: it may have been deleted or renamed; check again`,
      });
    }
    return sheet;
  }

  private parse(cell: string): { row: number; col: number } {
    const p = parseCellAddress(cell);
    if (!p) {
      throw new HostError('failed', {
        'zh-CN': `“${cell}”不是单元格地址`,
        'en-US': `"${cell}" is not a cell address`,
      });
    }
    return p;
  }
}

function clone(settings: WorkbookSettings): WorkbookSettings {
  return JSON.parse(JSON.stringify(settings)) as WorkbookSettings;
}
