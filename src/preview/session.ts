/**
 * The preview page's state and actions, kept out of React (as the pane's controller is): open a file through the
 * worker (progress, cancel, the reader's own message when it is refused), check through the worker, save the
 * file back, and know whether there are unsaved changes.
 */
import type { Lang } from '../core/i18n';
import type { WorkbookFormat } from '../io';
import { ConfigError } from '../core/rules';
import { HostError } from '../hosts/host';
import { CheckCancelled, type Checker } from '../taskpane/checking';
import { StateStore } from '../taskpane/state-store';
import { breathe, browserStore, PreviewHost } from './preview-host';
import { PreviewWorkbook } from './preview-workbook';
import { layoutInSlices } from './layout';
import { MAX_FILE_BYTES, tooLargeFile } from './file/limits';
import type { SaveNote } from './file/save';
import { savePlan, saveTargets } from './save-plan';
import { Cancelled, PreviewWorker, RequestFailed } from './worker/client';
import { NO_SHEET, SentSheet } from './worker/sheet-memo';
import type { Stage } from './worker/protocol';
import { p } from './messages';

/** The file on screen. */
export interface Current {
  /** Bumped per opened file: the pane and grid are keyed on it, so each file gets fresh ones. */
  id: number;
  workbook: PreviewWorkbook;
  host: PreviewHost;
  format: WorkbookFormat;
  /** The bytes as opened, kept to patch an .xlsx on 保存 (null for other formats and for a blank sheet). */
  original: Uint8Array | null;
  sample: boolean;
}

export type Status =
  | null
  /** Reading a file: since when, and where it is. */
  | { kind: 'opening'; name: string; since: number; stage: Stage | 'reading' | 'building' }
  | { kind: 'saving'; name: string }
  /** `kept`: a file could not be opened and the one open before is still shown. */
  | { kind: 'error'; title: string; text: string; kept: boolean }
  | { kind: 'cancelled'; name: string; kept: boolean }
  | { kind: 'saved'; fileName: string; notes: SaveNote[] };

/** Sheets with more cells than this are not checked ahead of 校验 (prepare). 200 tables have about 40,000. */
const PREPARE_MAX_CELLS = 100_000;

export interface PageState {
  current: Current | null;
  status: Status;
}

export class PreviewSession extends StateStore<PageState> {
  private opened = 0;
  /** Bumped per open: a cancelled or superseded open is dropped when it comes back. */
  private openRun = 0;
  readonly checker: Checker;
  /** The sheet the worker holds and the tables it last sent, so an unchanged sheet is neither sent nor recognised again. */
  private readonly sent = new SentSheet();

  constructor(
    readonly reader: PreviewWorker,
    private readonly lang: Lang,
  ) {
    super({ current: null, status: null });
    this.checker = {
      check: async (snapshot, settings) => {
        const fileName = this.state.current?.workbook.fileName ?? snapshot.name;
        const ask = async () => {
          const worker = this.reader.generation;
          const reply = await this.reader.request({ kind: 'check', snapshot: this.sent.outgoing(snapshot, worker), settings }, { fileName });
          return this.sent.outcomeOf(reply, worker);
        };
        try {
          try {
            return await ask();
          } catch (e) {
            if (!(e instanceof RequestFailed && e.failure.kind === 'unexpected' && e.failure.message === NO_SHEET)) throw e;
            this.sent.forget();
            return await ask();
          }
        } catch (e) {
          throw this.checkError(e);
        }
      },
      cancel: () => this.reader.cancel(),
    };
  }

  dismiss(): void {
    this.set({ status: null });
  }

  /** Say that something did not work (the page's own failures: the sample did not load). */
  showError(title: string, text: string): void {
    this.set({ status: { kind: 'error', title, text, kept: false } });
  }

  /** Open a file the user picked or dropped. */
  async openFile(file: File): Promise<boolean> {
    const run = ++this.openRun;
    // ptcheck's file-size limit, before a byte is read.
    if (file.size > MAX_FILE_BYTES) return this.failed(file.name, tooLargeFile(file.name, file.size).messages[this.lang]);
    this.set({ status: { kind: 'opening', name: file.name, since: Date.now(), stage: 'reading' } });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (thrown) {
      return this.failed(file.name, p('readFailed', this.lang, { detail: thrown instanceof Error ? thrown.message : String(thrown) }));
    }
    if (run !== this.openRun) return false;
    return this.openBytes(bytes, file.name, false, run);
  }

  /** Open `bytes` as file `fileName` (the sample, a test, a file read above). */
  async openBytes(bytes: Uint8Array, fileName: string, sample = false, run = ++this.openRun): Promise<boolean> {
    const since = this.state.status?.kind === 'opening' ? this.state.status.since : Date.now();
    const stage = (s: Extract<Status, { kind: 'opening' }>['stage']) => {
      if (run === this.openRun) this.set({ status: { kind: 'opening', name: fileName, since, stage: s } });
    };
    stage('unpacking');
    let read;
    try {
      // The worker gets its own copy; the page keeps these bytes to patch on 保存.
      const copy = bytes.slice();
      read = await this.reader.request({ kind: 'open', bytes: copy, fileName }, { fileName, onStage: stage, transfer: [copy.buffer] });
    } catch (e) {
      if (run !== this.openRun) return false;
      if (e instanceof Cancelled) {
        this.set({ status: { kind: 'cancelled', name: fileName, kept: this.state.current !== null } });
        return false;
      }
      return this.failed(fileName, e instanceof RequestFailed ? e.text(this.lang) : p('readFailed', this.lang, { detail: e instanceof Error ? e.message : String(e) }));
    }
    if (run !== this.openRun) return false;
    stage('building');
    await new Promise((resolve) => setTimeout(resolve, 0)); // let "building" paint
    const workbook = await PreviewWorkbook.fromSnapshotsInSlices(fileName, read.sheets, read.looks, breathe);
    if (run !== this.openRun) return false; // cancelled or superseded meanwhile
    // The grid's first drawing of a large sheet: laid out here in slices, then drawn in a task of its own.
    await layoutInSlices(workbook.activeSheet, breathe);
    await breathe();
    if (run !== this.openRun) return false;
    const original = read.format === 'xlsx' || read.format === 'xlsm' ? bytes : null;
    this.show(workbook, read.format, original, sample);
    this.set({ status: null });
    void this.prepare();
    return true;
  }

  /**
   * Right after a file opens, while the user looks at it: the worker recognises the active sheet and runs the rules
   * once, unseen, so the first 校验 finds the engine compiled and the tables read (it still runs every rule). Not for
   * very large sheets, whose check the user may not want to wait behind. Failures are the check's to report.
   */
  private async prepare(): Promise<void> {
    await breathe(); // not in the task that draws the file
    const current = this.state.current;
    if (!current || this.reader.onPage) return;
    const sheet = current.workbook.activeSheet;
    if (sheet.cells.size > PREPARE_MAX_CELLS || sheet.merges.length > PREPARE_MAX_CELLS / 10) return;
    try {
      const settings = await current.host.loadSettings();
      const { snapshot } = await current.host.readActiveSheet();
      if (this.state.current !== current) return;
      const worker = this.reader.generation;
      const out = this.sent.outgoing(snapshot, worker);
      if (out === 'same') return;
      const { recognition, tables } = await this.reader.request({ kind: 'recognise', snapshot: out, settings }, { fileName: current.workbook.fileName });
      if (this.reader.generation === worker) this.sent.received(worker, recognition, tables);
    } catch {
      // Nothing was promised: 校验 reads and checks the sheet as it always does, and says what goes wrong.
    }
  }

  /** An empty sheet to type into (when the sample cannot load). */
  openBlank(): void {
    this.show(new PreviewWorkbook(p('blankName', this.lang), []), 'xlsx', null, false);
  }

  /** Stop reading the file (the one open before stays). */
  cancelOpen(): void {
    if (this.state.status?.kind !== 'opening') return;
    this.openRun++;
    this.reader.cancel();
    this.set({ status: { kind: 'cancelled', name: this.state.status.name, kept: this.state.current !== null } });
  }

  /** How the open file can be saved. */
  targets(): ('xlsx' | 'csv')[] {
    return this.state.current ? saveTargets(this.state.current.format) : [];
  }

  /** 保存: the file back as `target`, downloaded; true when it was. */
  async save(target: 'xlsx' | 'csv', download: (bytes: Uint8Array, fileName: string, mime: string) => void): Promise<boolean> {
    const current = this.state.current;
    if (!current || this.state.status?.kind === 'saving') return false;
    const revision = current.workbook.contentRevision();
    const plan = savePlan(current.workbook, current.original, current.format, target);
    this.set({ status: { kind: 'saving', name: current.workbook.fileName } });
    try {
      const transfer = plan.original ? [(plan.original = plan.original.slice()).buffer] : [];
      const saved = await this.reader.request({ kind: 'save', plan }, { fileName: current.workbook.fileName, transfer });
      download(saved.bytes, saved.fileName, saved.mime);
      if (this.state.current === current) current.workbook.markSaved(revision);
      this.set({ status: { kind: 'saved', fileName: saved.fileName, notes: saved.notes } });
      return true;
    } catch (e) {
      const text = e instanceof RequestFailed ? e.text(this.lang) : e instanceof Error ? e.message : String(e);
      this.set({ status: { kind: 'error', title: p('saveFailedTitle', this.lang, { name: current.workbook.fileName }), text: p('saveFailed', this.lang, { detail: text }), kept: false } });
      return false;
    }
  }

  private show(workbook: PreviewWorkbook, format: WorkbookFormat, original: Uint8Array | null, sample: boolean): void {
    this.opened += 1;
    this.set({ current: { id: this.opened, workbook, host: new PreviewHost(workbook, browserStore()), format, original, sample } });
  }

  private failed(fileName: string, text: string): false {
    this.set({ status: { kind: 'error', title: p('readFailedTitle', this.lang, { name: fileName }), text, kept: this.state.current !== null } });
    return false;
  }

  /** A worker failure as the pane understands it. */
  private checkError(e: unknown): Error {
    if (e instanceof Cancelled) return new CheckCancelled();
    if (e instanceof RequestFailed) {
      const f = e.failure;
      if (f.kind === 'config') return new ConfigError(f.problems);
      if (f.kind === 'read') return new HostError('failed', { app: 'preview', detail: f.messages[this.lang] });
      return new HostError('failed', { app: 'preview', detail: f.message });
    }
    return e instanceof Error ? e : new Error(String(e));
  }
}
