/**
 * The pane's state and what its buttons do, kept out of React so the order of host calls is plain to read:
 * read → check → (highlight), write → report stale edits → read again. Components render `PaneState` and call
 * these methods; nothing here knows a rule (the checking is core/check/sheet.ts, what is made of it core/outcome.ts).
 */

import type { CellEdit, EditPlan, Finding, TargetTable } from '../core/model';
import type { SheetSnapshot } from '../core/snapshot';
import type { Lang } from '../core/i18n';
import { ConfigError } from '../core/rules';
import { EMPTY_SETTINGS, type WorkbookSettings } from '../core/settings';
import { emailReport, ignoreEntry, ignores, reportSheetRows } from '../core/outcome';
import { HostError, type ApplyResult, type Host, type HostNotice, type InsertionRecord } from '../hosts/host';
import type { BlankTablePlan, InsertionPoint, TemplateRow } from '../core/templates';
import { forgetLabel, loadVocabulary, type Meaning, mergeTaught, teachLabel, type VocabularyData, vocabularyProblemText } from '../core/vocabulary';
import type { ImportProblem } from './templates';
import { importedJson } from './imported-json';
import { parseCellAddress } from '../core/address';
import { copyText } from './clipboard';
import { highlightCells } from './view-model';
import { CheckCancelled, checkHere, type Checker, type PaneOutcome } from './checking';
import { StateStore } from './state-store';

/** Why the last action failed; rendered in the user's language by the pane. */
export type PaneError =
  | { kind: 'host'; error: HostError }
  | { kind: 'config'; problems: ConfigError['problems'] }
  | { kind: 'unexpected'; message: string };

/** What the last successful action wants to tell the user. */
export type PaneNotice =
  | { kind: 'applied'; applied: CellEdit[]; stale: ApplyResult['stale'] }
  | { kind: 'copied' }
  /** 取消: the check was stopped; the findings shown are from before. */
  | { kind: 'cancelled'; kept: boolean }
  | { kind: 'exported'; sheet: string }
  /** 插入: rows written; the `**` placeholders are findings until filled. */
  | { kind: 'inserted'; rows: number }
  | { kind: 'undone' }
  /** 撤销插入 refused: the user edited these new cells since; nothing was removed. */
  | { kind: 'undoRefused'; edited: string[] }
  | { kind: 'blankAdded'; sheet: string }
  | { kind: 'templateSaved'; name: string; rows: number; skipped: string[] }
  /** 保存为模板 found no indicator row with a readable target in the selection. */
  | { kind: 'templateEmpty'; skipped: string[] }
  | { kind: 'templatesImported'; count: number }
  | { kind: 'importFailed'; problems: ImportProblem[] }
  /** 识别栏目 导入: labels taught by a colleague's file. */
  | { kind: 'vocabularyImported'; count: number }
  | { kind: 'vocabularyImportFailed'; problems: ImportProblem[] }
  /** What the host says about how it read the sheet (merged cells unreadable in this Office, say), once a session. */
  | { kind: 'host'; notices: HostNotice[] };

export interface PaneState {
  /** `reading`: the host is reading the sheet (`progress` 0..1 when it reads in chunks). */
  phase: 'idle' | 'reading';
  progress: number | undefined;
  /** A write or settings save is in flight: buttons that write are disabled. */
  busy: boolean;
  /** The check of the sheet read is running (it may run in a worker: it can then be cancelled). */
  checking: boolean;
  outcome: PaneOutcome | null;
  settings: WorkbookSettings;
  highlight: boolean;
  error: PaneError | null;
  notice: PaneNotice | null;
  /** The host's own one-time notice, kept apart so it never hides what a write did. */
  hostNotice: PaneNotice | null;
  /** Text to copy by hand when the clipboard is blocked. */
  copyFallback: string | null;
  /** The selected range when the 模板 tab last asked (null before, or when the host could not tell). */
  selection: { sheet: string; address: string } | null;
  /** The last insertion, while it can be undone (撤销插入). */
  insertion: InsertionRecord | null;
  /** The 模板 tab's chosen set, planned against the sheet as last read (null: none chosen, or it fits nowhere). */
  templatePlan: TemplatePlan | null;
}

/** A template set planned for insertion: the plan, and where it goes. */
export interface TemplatePlan {
  /** The set's rows as chosen (the tab shows a plan only for the set it shows). */
  rows: TemplateRow[];
  plan: EditPlan;
  where: InsertionPoint;
  /** It goes at the selected cell (else under its own 一级/二级). */
  fromSelection: boolean;
}

/** The sheet name the exported report gets (the host adds ` (2)` … when it is taken). */
export const REPORT_SHEET = '校验报告';

/** Edits arrive in bursts while typing and pasting: wait this long after the last one before checking again. */
export const RECHECK_DELAY_MS = 800;

const INITIAL: PaneState = {
  phase: 'idle',
  progress: undefined,
  busy: false,
  checking: false,
  outcome: null,
  settings: EMPTY_SETTINGS,
  highlight: false,
  error: null,
  notice: null,
  hostNotice: null,
  copyFallback: null,
  selection: null,
  insertion: null,
  templatePlan: null,
};

/** The sheet a blank whole-table template is written on (the host adds ` (2)` … when it is taken). */
export const BLANK_SHEET = '绩效目标表';

/** The task pane's controller: one per mounted pane. */
export class PaneController extends StateStore<PaneState> {
  private snapshot: SheetSnapshot | null = null;
  private settingsLoad: Promise<WorkbookSettings> | null = null;
  /** Incremented per read: a slower, older read never overwrites a newer one. */
  private run = 0;
  /** planTemplate calls, so a slower one never replaces a newer one. */
  private planAsked = 0;
  private validatedOnce = false;
  /** Host notices already shown: each is said once a session, not on every check. */
  private readonly noticesShown = new Set<HostNotice>();
  private started = false;
  private unsubscribe: (() => void) | null = null;
  private subscribing = false;
  private recheckTimer: ReturnType<typeof setTimeout> | null = null;
  /** The highlights last sent to the host, so an unchanged re-check does not repaint (and re-trigger events). */
  private highlighted: string | null = null;

  constructor(
    private readonly host: Host,
    private readonly checker: Checker = checkHere,
  ) {
    super(INITIAL);
  }

  /** True when a check in flight can be stopped (the preview checks in a worker; Excel on the pane's thread). */
  get canCancel(): boolean {
    return typeof this.checker.cancel === 'function';
  }

  // --- lifecycle ------------------------------------------------------------------------------------------------

  /** Mounting: load the workbook's settings; resume listening for edits after a remount. */
  start(): void {
    this.started = true;
    void this.loadSettings().catch((e: unknown) => this.set({ error: toPaneError(e) }));
    if (this.validatedOnce) void this.listenForEdits();
  }

  /** Unmounting: stop listening for edits and drop a pending re-check. */
  stop(): void {
    this.started = false;
    this.clearRecheck();
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private loadSettings(): Promise<WorkbookSettings> {
    if (!this.settingsLoad) {
      this.settingsLoad = this.host.loadSettings().then(
        (settings) => {
          this.set({ settings });
          return settings;
        },
        (e: unknown) => {
          this.settingsLoad = null; // try again on the next check
          throw e;
        },
      );
    }
    return this.settingsLoad;
  }

  // --- checking -------------------------------------------------------------------------------------------------

  /**
   * Read the active sheet and check it. Resolves when done; failures end up in `state.error`. `repaint: false` (a
   * re-check after the user's own edit) leaves the highlights as they are: writing them would clear, or add to, the
   * user's undo stack, so Ctrl+Z would no longer undo their edit. 校验 and the highlight toggle repaint.
   */
  async validate(options: { repaint?: boolean } = {}): Promise<void> {
    const run = ++this.run;
    this.clearRecheck();
    this.set({ phase: 'reading', progress: undefined, error: null });
    try {
      await this.loadSettings();
      const { snapshot, notices } = await this.host.readActiveSheet((fraction) => {
        if (run === this.run) this.set({ progress: Math.max(0, Math.min(1, fraction)) });
      });
      if (run !== this.run) return;
      this.snapshot = snapshot;
      this.set({ phase: 'idle', progress: undefined });
      // The settings as they are now: the user may have ignored a finding while the sheet was being read.
      if (!(await this.check(this.state.settings, run))) return;
      const fresh = notices.filter((n) => !this.noticesShown.has(n));
      fresh.forEach((n) => this.noticesShown.add(n));
      if (fresh.length) this.set({ hostNotice: { kind: 'host', notices: fresh } });
      this.validatedOnce = true;
      void this.listenForEdits();
      if (options.repaint !== false) await this.repaint();
    } catch (e) {
      if (run === this.run) this.set({ error: toPaneError(e) });
    } finally {
      if (run === this.run) this.set({ phase: 'idle', progress: undefined, checking: false });
    }
  }

  /**
   * Check the last read snapshot (again) under `settings`, as run `run` (a newer run or a cancel makes it stale).
   * False when it did not finish: cancelled, superseded, or refused settings (the error is then shown).
   */
  private async check(settings: WorkbookSettings, run = ++this.run): Promise<boolean> {
    if (!this.snapshot) return false;
    this.set({ checking: true });
    try {
      const outcome = await this.checker.check(this.snapshot, settings);
      if (run !== this.run) return false;
      this.set({ outcome, error: null, checking: false });
      return true;
    } catch (e) {
      if (run !== this.run) return false;
      this.set({ checking: false });
      if (e instanceof CheckCancelled) return false;
      if (!(e instanceof ConfigError)) throw e;
      // Stored settings the engine refuses: say which, keep the old list out of sight.
      this.set({ outcome: null, error: { kind: 'config', problems: e.problems } });
      return false;
    }
  }

  /** 取消: stop the read or check in flight; the findings shown stay those of the last finished check. */
  cancelCheck(): void {
    if (this.state.phase !== 'reading' && !this.state.checking) return;
    this.run++;
    this.checker.cancel?.();
    this.set({ phase: 'idle', progress: undefined, checking: false, notice: { kind: 'cancelled', kept: this.state.outcome !== null } });
  }

  private async listenForEdits(): Promise<void> {
    if (this.unsubscribe || this.subscribing || !this.started) return;
    this.subscribing = true;
    try {
      const unsubscribe = await this.host.onSheetChanged(() => this.scheduleRecheck());
      if (this.started) this.unsubscribe = unsubscribe;
      else unsubscribe();
    } catch {
      // Without change events the user presses 校验 again; not worth an error bar.
    } finally {
      this.subscribing = false;
    }
  }

  private scheduleRecheck(): void {
    // Our own writes are not the user's edits; they are followed by a check anyway.
    if (this.state.busy) return;
    this.clearRecheck();
    this.recheckTimer = setTimeout(() => {
      this.recheckTimer = null;
      void this.validate({ repaint: false });
    }, RECHECK_DELAY_MS);
  }

  private clearRecheck(): void {
    if (this.recheckTimer !== null) clearTimeout(this.recheckTimer);
    this.recheckTimer = null;
  }

  // --- selecting and writing ------------------------------------------------------------------------------------

  async selectCell(sheet: string, cell: string): Promise<void> {
    try {
      await this.host.selectCell(sheet, cell);
    } catch (e) {
      this.set({ error: toPaneError(e) });
    }
  }

  /** Write `edits` compare-and-set, tell which were refused as stale, then read and check again. */
  async applyEdits(edits: CellEdit[]): Promise<void> {
    if (edits.length === 0 || this.state.busy) return;
    this.set({ busy: true, error: null, notice: null });
    let result: ApplyResult;
    try {
      result = await this.host.applyEdits(edits);
    } catch (e) {
      this.set({ busy: false, error: toPaneError(e) });
      return;
    }
    this.set({ busy: false, notice: { kind: 'applied', applied: result.applied, stale: result.stale } });
    await this.validate();
  }

  /** 全部修正: the safe autofixes of every finding, listed or not (ignored ones are left alone). */
  fixAllEdits(): CellEdit[] {
    return this.state.outcome?.fixAll ?? [];
  }

  // --- settings -------------------------------------------------------------------------------------------------

  private async saveSettings(settings: WorkbookSettings): Promise<boolean> {
    this.set({ busy: true, error: null });
    try {
      await this.host.saveSettings(settings);
      this.set({ busy: false, settings });
      return true;
    } catch (e) {
      this.set({ busy: false, error: toPaneError(e) });
      return false;
    }
  }

  /** Save new settings and check the same snapshot under them. */
  private async changeSettings(settings: WorkbookSettings): Promise<void> {
    if (this.state.busy) return;
    if (!(await this.saveSettings(settings))) return;
    if (await this.check(settings)) await this.repaint();
  }

  /** 忽略: remember the finding with its cell's current value; it returns when the cell changes. */
  async ignore(f: Finding): Promise<void> {
    if (!this.snapshot) return;
    const s = this.state.settings;
    await this.changeSettings({ ...s, ignored: [...s.ignored, ignoreEntry(f, this.snapshot)] });
  }

  /** 取消忽略: forget every entry that ignores `f` as the sheet stands now. */
  async unignore(f: Finding): Promise<void> {
    const snapshot = this.snapshot;
    if (!snapshot) return;
    const s = this.state.settings;
    await this.changeSettings({ ...s, ignored: s.ignored.filter((x) => !ignores(x, f, snapshot)) });
  }

  /** Switch one rule on or off, keeping any options stored with it. */
  async setRuleEnabled(id: string, on: boolean): Promise<void> {
    const s = this.state.settings;
    const rules = { ...s.rules };
    const current = rules[id];
    if (on) {
      if (typeof current === 'object' && current !== null) {
        const { severity: _off, ...rest } = current;
        rules[id] = rest;
      } else if (current === 'off') delete rules[id];
    } else {
      rules[id] = typeof current === 'object' && current !== null ? { ...current, severity: 'off' } : 'off';
    }
    await this.changeSettings({ ...s, rules });
  }

  /** 恢复默认规则: drop the stored rule settings (ignored findings stay), then check again. */
  async resetRules(): Promise<void> {
    if (this.state.busy) return;
    const settings = { ...this.state.settings, rules: {} };
    if (!(await this.saveSettings(settings))) return;
    if (this.snapshot) {
      if (await this.check(settings)) await this.repaint();
    } else await this.validate();
  }

  // --- labels taught (识别栏目) ---------------------------------------------------------------------------------

  /** Say what a label the checker did not understand means; the sheet is checked again with it. */
  async teachLabel(label: string, meaning: Meaning): Promise<void> {
    const s = this.state.settings;
    await this.changeSettings({ ...s, vocabulary: teachLabel(s.vocabulary, label, meaning) });
  }

  /** Forget what was taught about a label. */
  async forgetLabel(label: string): Promise<void> {
    const s = this.state.settings;
    const vocabulary = forgetLabel(s.vocabulary, label);
    const { vocabulary: _old, ...rest } = s;
    await this.changeSettings(Object.keys(vocabulary).length > 1 ? { ...rest, vocabulary } : rest);
  }

  /** 导出: what was taught, as a vocabulary file colleagues can import (and `ptcheck --vocabulary` reads). */
  exportVocabulary(): string {
    return JSON.stringify(this.state.settings.vocabulary ?? ({ version: 1 } satisfies VocabularyData), null, 2);
  }

  /** 导入: a vocabulary file's labels added (a label taught both ways takes the file's meaning); a bad file changes nothing. */
  async importVocabulary(text: string): Promise<void> {
    if (this.state.busy) return;
    const read = importedJson(text);
    if ('problems' in read) {
      this.set({ notice: { kind: 'vocabularyImportFailed', problems: read.problems } });
      return;
    }
    const { data, problems } = loadVocabulary(read.json, { extension: true });
    if (!data) {
      this.set({ notice: { kind: 'vocabularyImportFailed', problems: problems.map((p) => ({ 'zh-CN': vocabularyProblemText(p, 'zh-CN'), 'en-US': vocabularyProblemText(p, 'en-US') })) } });
      return;
    }
    const count = Object.values(data.fields ?? {}).reduce((n, l) => n + l.length, 0) + (data.money ?? []).reduce((n, m) => n + m.labels.length, 0) + (data.sections?.money?.length ?? 0) + (data.sections?.other?.length ?? 0) + (data.ignored?.length ?? 0);
    const s = this.state.settings;
    if (this.state.busy || !(await this.saveSettings({ ...s, vocabulary: mergeTaught(s.vocabulary, data) }))) return;
    this.set({ notice: { kind: 'vocabularyImported', count } });
    if (await this.check(this.state.settings)) await this.repaint();
  }

  // --- highlights -----------------------------------------------------------------------------------------------

  async setHighlight(on: boolean): Promise<void> {
    this.set({ highlight: on, error: null });
    try {
      if (on) await this.repaint();
      else {
        this.highlighted = null;
        await this.host.clearHighlights();
      }
    } catch (e) {
      this.set({ highlight: !on, error: toPaneError(e) });
    }
  }

  /** Send the current findings' cells to the host when highlighting is on and they changed. */
  private async repaint(): Promise<void> {
    const o = this.state.outcome;
    if (!this.state.highlight) return;
    const sheet = o?.sheet.name ?? this.snapshot?.name;
    if (!sheet) return;
    const cells = highlightCells(o?.findings ?? []);
    const key = `${sheet}\n${JSON.stringify(cells)}`;
    if (key === this.highlighted) return;
    await this.host.highlight(sheet, cells);
    this.highlighted = key;
  }

  // --- reports --------------------------------------------------------------------------------------------------

  /** 复制报告: the email text to the clipboard, or into a dialog to copy by hand when the clipboard is blocked. */
  async copyReport(lang: Lang): Promise<void> {
    const o = this.state.outcome;
    if (!o) return;
    const text = emailReport(o, lang);
    if (await copyText(text)) this.set({ notice: { kind: 'copied' }, copyFallback: null });
    else this.set({ copyFallback: text });
  }

  closeCopyFallback(): void {
    this.set({ copyFallback: null });
  }

  /** 导出报告: a new 校验报告 sheet with one row per finding. */
  async exportReport(lang: Lang): Promise<void> {
    const o = this.state.outcome;
    if (!o || this.state.busy) return;
    this.set({ busy: true, error: null, notice: null });
    try {
      const sheet = await this.host.addReportSheet(REPORT_SHEET, reportSheetRows(o, lang));
      this.set({ busy: false, notice: { kind: 'exported', sheet } });
    } catch (e) {
      this.set({ busy: false, error: toPaneError(e) });
    }
  }

  // --- templates ------------------------------------------------------------------------------------------------

  /** The snapshot the outcome was checked on (plans are computed against it). */
  get snapshotNow(): SheetSnapshot | null {
    return this.snapshot;
  }

  /**
   * The 模板 tab chose a set (or none): plan it against the sheet as last read, into `templatePlan`. The tab asks
   * again whenever the set, the table, the selection or the outcome change; a newer request wins over a slower one.
   */
  async planTemplate(choice: { table: TargetTable; rows: TemplateRow[]; where: InsertionPoint; fromSelection: boolean } | null): Promise<void> {
    const ask = ++this.planAsked;
    const snapshot = this.snapshot;
    if (!choice || !snapshot) {
      if (this.state.templatePlan) this.set({ templatePlan: null });
      return;
    }
    // The planner comes with the 模板 tab's code, not with the pane's first load.
    const { planInsertion } = await import(/* webpackChunkName: "pane-templates" */ '../core/templates');
    if (ask !== this.planAsked) return;
    let templatePlan: TemplatePlan | null = null;
    try {
      templatePlan = { rows: choice.rows, plan: planInsertion(snapshot, choice.table, choice.rows, choice.where), where: choice.where, fromSelection: choice.fromSelection };
    } catch {
      templatePlan = null; // the table changed under the choice: nothing to offer until the next read
    }
    this.set({ templatePlan });
  }

  /** The 模板 tab opened: read the sheet when it has not been read yet, and ask where the selection is. */
  async openTemplates(): Promise<void> {
    if (!this.snapshot && this.state.phase !== 'reading') await this.validate();
    await this.refreshSelection();
  }

  /** Ask the host for the selected range (the 模板 tab inserts there when it is on the indicator rows). */
  async refreshSelection(): Promise<void> {
    try {
      const selection = await this.host.getSelection();
      this.set({ selection });
    } catch {
      this.set({ selection: null }); // insert under the template's own 二级 then
    }
  }

  /** 插入: apply the plan, then check again so the `**` placeholders show as findings. */
  async insertPlan(plan: EditPlan): Promise<void> {
    if (this.state.busy || plan.writes.length === 0) return;
    this.set({ busy: true, error: null, notice: null });
    let record: InsertionRecord;
    try {
      record = await this.host.applyPlan(plan);
    } catch (e) {
      this.set({ busy: false, error: toPaneError(e) });
      return;
    }
    this.set({ busy: false, insertion: record, notice: { kind: 'inserted', rows: new Set(plan.writes.map((w) => parseCellAddress(w.cell)?.row)).size } });
    await this.validate();
  }

  /** 撤销插入: remove the inserted rows unless the user edited them since; check again. */
  async undoInsertion(): Promise<void> {
    const record = this.state.insertion;
    if (!record || this.state.busy) return;
    this.set({ busy: true, error: null, notice: null });
    try {
      const { undone, edited } = await this.host.undoInsertion(record);
      this.set({ busy: false, insertion: undone ? null : record, notice: undone ? { kind: 'undone' } : { kind: 'undoRefused', edited } });
    } catch (e) {
      this.set({ busy: false, error: toPaneError(e) });
      return;
    }
    await this.validate();
  }

  /** A blank whole table (planned by the 模板 tab) on a new sheet, then check that sheet (the host makes it active). */
  async addBlankTable(plan: BlankTablePlan): Promise<void> {
    if (this.state.busy) return;
    this.set({ busy: true, error: null, notice: null });
    try {
      const sheet = await this.host.addBlankTable(plan, BLANK_SHEET);
      this.set({ busy: false, insertion: null, notice: { kind: 'blankAdded', sheet } });
    } catch (e) {
      this.set({ busy: false, error: toPaneError(e) });
      return;
    }
    await this.validate();
  }

  /** The tables of the last check. */
  get tables(): TargetTable[] {
    return this.state.outcome?.sheet.tables ?? [];
  }

  /** The selected range as the host says it (also kept in state); null, with the error shown, when it cannot tell. */
  async readSelection(): Promise<{ sheet: string; address: string } | null> {
    try {
      const selection = await this.host.getSelection();
      this.set({ selection });
      return selection;
    } catch (e) {
      this.set({ error: toPaneError(e) });
      return null;
    }
  }

  /**
   * Save new settings that need no new check (the user's templates), then show `notice`; false when the save
   * failed (the error is shown).
   */
  async storeSettings(settings: WorkbookSettings, notice?: PaneNotice): Promise<boolean> {
    if (this.state.busy) return false;
    if (!(await this.saveSettings(settings))) return false;
    if (notice) this.set({ notice });
    return true;
  }

  /** Show `notice` (what a template import or save found). */
  showNotice(notice: PaneNotice): void {
    this.set({ notice });
  }

  /** Remove one of the user's templates. */
  async deleteTemplate(id: string): Promise<void> {
    if (this.state.busy) return;
    const s = this.state.settings;
    await this.saveSettings({ ...s, templates: (s.templates ?? []).filter((t) => t.id !== id) });
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }

  dismissHostNotice(): void {
    this.set({ hostNotice: null });
  }

  dismissError(): void {
    this.set({ error: null });
  }
}

/** Any failure as something the pane can say: HostError and ConfigError carry both languages already. */
export function toPaneError(e: unknown): PaneError {
  if (e instanceof HostError) return { kind: 'host', error: e };
  if (e instanceof ConfigError) return { kind: 'config', problems: e.problems };
  return { kind: 'unexpected', message: e instanceof Error ? e.message : String(e) };
}
