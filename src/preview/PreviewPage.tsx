/**
 * The preview page: a toolbar to open and save the file, the grid of the workbook on the left, and the task pane
 * itself (the same <App/> Excel shows) on the right, talking to a PreviewHost. Files are read, checked and saved
 * in a worker (PreviewSession); opening another file makes a new workbook, a new host and a fresh pane.
 */
import * as React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  Title3,
} from '@fluentui/react-components';
import type { Lang } from '../core/i18n';
import { App } from '../taskpane/App';
import { download } from '../taskpane/download';
import { Grid } from './Grid';
import { PreviewSession } from './session';
import { PreviewWorker } from './worker/client';
import { p } from './messages';
import { installTestHook } from './test-hook';

/** The sample opened on arrival, copied into dist/ with the other assets. */
export const SAMPLE_URL = 'assets/samples/seed-shanghai-2020.xlsx';
const SAMPLE_NAME = 'seed-shanghai-2020.xlsx';

export const ACCEPTED_FILES = '.xlsx,.xlsm,.xls,.csv,.tsv';

export interface PreviewPageProps {
  lang: Lang;
  /** Starts the worker that reads, checks and saves; null where there is none (the work then runs on the page). */
  spawnWorker: (() => Worker) | null;
}

/** A saved workbook to the browser's downloads (its object URL kept a minute: a large file may take a moment). */
const saveFile = (bytes: Uint8Array, fileName: string, mime: string): void => download(fileName, bytes as BlobPart, mime, 60_000);

/** Seconds since `since`, ticking while shown. */
function Elapsed({ since, lang }: { since: number; lang: Lang }): React.JSX.Element {
  const [now, setNow] = React.useState(Date.now());
  React.useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return <>{p('elapsed', lang, { s: Math.max(0, Math.floor((now - since) / 1000)) })}</>;
}

/** The three regions F6 moves between, as in Excel: the toolbar, the sheet, the pane. */
const REGIONS = ['.toolbar', '.sheet-area', '.pane'] as const;

export function PreviewPage({ lang, spawnWorker }: PreviewPageProps): React.JSX.Element {
  const session = React.useMemo(() => new PreviewSession(new PreviewWorker(spawnWorker), lang), [spawnWorker, lang]);
  const { current, status } = React.useSyncExternalStore(session.subscribe, session.getState);
  // Re-render when the workbook changes, for the 未保存 mark.
  const noop = React.useCallback(() => () => undefined, []);
  const workbookVersion = React.useSyncExternalStore(current?.workbook.subscribe ?? noop, current?.workbook.getVersion ?? (() => 0));
  const unsaved = current?.workbook.unsaved ?? false;
  const [dragging, setDragging] = React.useState(false);
  const [pendingOpen, setPendingOpen] = React.useState<File | null>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const lastFocus = React.useRef(new Map<string, HTMLElement>());
  void workbookVersion;

  React.useEffect(() => {
    session.reader.warm();
    return () => session.reader.dispose();
  }, [session]);

  /** Open `file`, asking first when the open one has unsaved changes. */
  const openFile = React.useCallback(
    (file: File): void => {
      if (session.getState().current?.workbook.unsaved) setPendingOpen(file);
      else void session.openFile(file);
    },
    [session],
  );

  // The sample table on arrival.
  React.useEffect(() => {
    let cancelled = false;
    fetch(SAMPLE_URL)
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      })
      .then(async (bytes) => {
        if (!cancelled && !session.getState().current) await session.openBytes(bytes, SAMPLE_NAME, true);
      })
      .catch((thrown: unknown) => {
        if (cancelled || session.getState().current) return;
        const detail = thrown instanceof Error ? thrown.message : String(thrown);
        const text = window.location.protocol === 'file:' ? p('sampleFailedFile', lang) : p('sampleFailed', lang, { detail });
        // An empty sheet instead, so the page is not blank: the grid to type into, the pane to press 校验 on.
        session.openBlank();
        session.showError(p('sampleFailedTitle', lang), text);
      });
    return () => {
      cancelled = true;
    };
  }, [session, lang]);

  React.useEffect(
    () => installTestHook({ current: current ?? undefined, open: (bytes, name) => session.openBytes(bytes, name), session }),
    [current, session],
  );

  // Leaving the page with unsaved changes: the browser asks first.
  React.useEffect(() => {
    const warn = (e: BeforeUnloadEvent): void => {
      if (!session.getState().current?.workbook.unsaved) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [session]);

  // A file dropped anywhere else must not make the browser navigate away from the page.
  React.useEffect(() => {
    const stop = (e: DragEvent): void => e.preventDefault();
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);

  // F6 / Shift+F6: to the next region: the grid; in the pane and toolbar where focus was last (the 校验 button at first).
  React.useEffect(() => {
    const remember = (e: FocusEvent): void => {
      const target = e.target as HTMLElement | null;
      for (const region of REGIONS) if (target?.closest?.(region)) lastFocus.current.set(region, target);
    };
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'F6' || e.ctrlKey || e.altKey || e.metaKey) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return; // a dialog keeps focus
      e.preventDefault();
      const here = REGIONS.findIndex((r) => (document.activeElement as HTMLElement | null)?.closest?.(r));
      const next = REGIONS[(here + (e.shiftKey ? REGIONS.length - 1 : 1) + (here < 0 ? REGIONS.length : 0)) % REGIONS.length];
      // The sheet: the grid itself (not its tab buttons); the pane and toolbar: where focus was last in them.
      const remembered = next === '.sheet-area' ? null : lastFocus.current.get(next);
      const fallback =
        next === '.sheet-area'
          ? document.querySelector<HTMLElement>('.grid-scroll')
          : next === '.pane'
            ? document.querySelector<HTMLElement>('.pane button:not([disabled])')
            : document.querySelector<HTMLElement>('.toolbar button:not([disabled])');
      const target = remembered && document.contains(remembered) && !remembered.hasAttribute('disabled') ? remembered : fallback;
      target?.focus();
    };
    document.addEventListener('focusin', remember);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('focusin', remember);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  const onDrop = (e: React.DragEvent): void => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) openFile(file);
  };

  const targets = current ? session.targets() : [];
  const saveButtons = targets.map((target) => {
    const onlyAs = current?.format === 'xls' || current?.format === 'csv' || current?.format === 'tsv';
    const ext = target === 'csv' ? (current?.format === 'tsv' ? 'tsv' : 'csv') : 'xlsx';
    const title =
      current?.format === 'xls' ? p('saveXlsTitle', lang) : target === 'csv' ? p('saveCsvTitle', lang) : onlyAs ? p('saveCsvXlsxTitle', lang) : p('saveTitle', lang);
    return (
      <Button
        key={target}
        appearance={target === targets[0] ? 'primary' : 'secondary'}
        disabled={status?.kind === 'saving'}
        title={title}
        data-testid={`save-${target}`}
        onClick={() => void session.save(target, saveFile)}
      >
        {onlyAs ? p('saveAs', lang, { ext }) : p('save', lang)}
      </Button>
    );
  });

  return (
    <div className="page">
      <header className="toolbar" role="toolbar" aria-label={p('toolbarLabel', lang)}>
        <div className="toolbar-title">
          <Title3 as="h1">{p('pageTitle', lang)}</Title3>
          <Text size={200} className="muted">
            {p('intro', lang)}
          </Text>
        </div>
        <div className="toolbar-actions">
          {current && (
            <Text className="file-name" title={current.workbook.fileName}>
              {p('file', lang, { name: current.workbook.fileName })}
              {current.sample ? p('sample', lang) : ''}
              {unsaved && (
                <span className="unsaved" data-testid="unsaved">
                  {' · '}
                  {p('unsaved', lang)}
                </span>
              )}
            </Text>
          )}
          <Button appearance={current ? 'secondary' : 'primary'} onClick={() => fileInput.current?.click()} title={p('openTitle', lang)}>
            {p('open', lang)}
          </Button>
          {saveButtons}
          <input
            ref={fileInput}
            type="file"
            accept={ACCEPTED_FILES}
            hidden
            data-testid="file-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // choosing the same file again must open it again
              if (file) openFile(file);
            }}
          />
        </div>
      </header>
      <StatusBar status={status} lang={lang} session={session} />
      <div className="main">
        <section
          className={dragging ? 'sheet-area dragging' : 'sheet-area'}
          data-testid="sheet-area"
          aria-label={current ? p('grid', lang, { name: current.workbook.activeSheet.name }) : undefined}
          onDragOver={(e) => {
            if (!e.dataTransfer.types.includes('Files')) return;
            e.preventDefault();
            e.dataTransfer.dropEffect = 'copy';
            setDragging(true);
          }}
          onDragLeave={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
          }}
          onDrop={onDrop}
        >
          {current && <Grid key={current.id} workbook={current.workbook} lang={lang} />}
          <Text size={200} className="muted hint">
            {p('hint', lang)}
          </Text>
          {dragging && (
            <div className="drop-overlay" aria-hidden="true">
              {p('dropHere', lang)}
            </div>
          )}
        </section>
        <aside className="pane" aria-label={p('paneLabel', lang)}>
          {current && <App key={current.id} host={current.host} lang={lang} checker={session.checker} app="preview" />}
        </aside>
      </div>
      <Dialog open={pendingOpen !== null} onOpenChange={(_, d) => !d.open && setPendingOpen(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{p('replaceTitle', lang, { name: current?.workbook.fileName ?? '' })}</DialogTitle>
            <DialogContent>{p('replaceBody', lang)}</DialogContent>
            <DialogActions>
              {targets.length > 0 && (
                <Button
                  appearance="primary"
                  onClick={() => {
                    const file = pendingOpen;
                    setPendingOpen(null);
                    void session.save(targets[0], saveFile).then((saved) => {
                      if (saved && file) void session.openFile(file);
                    });
                  }}
                >
                  {p('replaceSave', lang)}
                </Button>
              )}
              <Button
                onClick={() => {
                  const file = pendingOpen;
                  setPendingOpen(null);
                  if (file) void session.openFile(file);
                }}
              >
                {p('replaceDiscard', lang)}
              </Button>
              <Button appearance="subtle" onClick={() => setPendingOpen(null)}>
                {p('replaceCancel', lang)}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}

/** What the page is doing or has to say: opening (with time and cancel), saving, saved, refused. */
function StatusBar({ status, lang, session }: { status: ReturnType<PreviewSession['getState']>['status']; lang: Lang; session: PreviewSession }): React.JSX.Element | null {
  const cancelRef = React.useRef<HTMLButtonElement>(null);
  if (!status) return null;
  const dismiss = (
    <MessageBarActions>
      <Button size="small" onClick={() => session.dismiss()}>
        {p('dismiss', lang)}
      </Button>
    </MessageBarActions>
  );
  switch (status.kind) {
    case 'opening':
      return (
        <MessageBar intent="info" className="page-message" data-testid="preview-loading" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{p('loading', lang, { name: status.name })}</MessageBarTitle>
            <div>
              {p(`stage_${status.stage === 'checking' || status.stage === 'writing' ? 'unpacking' : status.stage}`, lang)} <Elapsed since={status.since} lang={lang} />
            </div>
            {session.reader.onPage && <div className="kept">{p('onPage', lang)}</div>}
            <ProgressBar thickness="large" aria-label={p('loading', lang, { name: status.name })} />
          </MessageBarBody>
          <MessageBarActions>
            <Button ref={cancelRef} size="small" aria-label={p('cancelOpenLabel', lang, { name: status.name })} onClick={() => session.cancelOpen()}>
              {p('cancelOpen', lang)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'saving':
      return (
        <MessageBar intent="info" className="page-message" data-testid="preview-saving">
          <MessageBarBody>{p('saving', lang, { name: status.name })}</MessageBarBody>
        </MessageBar>
      );
    case 'saved':
      return (
        <MessageBar intent="success" className="page-message" data-testid="preview-saved" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{p('saved', lang, { name: status.fileName })}</MessageBarTitle>
            {status.notes.length === 0 && <div>{p('savedPatched', lang)}</div>}
            {status.notes.map((n) => (
              <div key={n}>{p(`note.${n}`, lang)}</div>
            ))}
          </MessageBarBody>
          {dismiss}
        </MessageBar>
      );
    case 'cancelled':
      return (
        <MessageBar intent="info" className="page-message" data-testid="preview-cancelled">
          <MessageBarBody>
            {p('openCancelled', lang, { name: status.name })}
            {status.kept ? ` ${p('keptPrevious', lang)}` : ''}
          </MessageBarBody>
          {dismiss}
        </MessageBar>
      );
    case 'error':
      return (
        <MessageBar intent="error" className="page-message" data-testid="preview-error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{status.title}</MessageBarTitle>
            <div>{status.text}</div>
            {status.kept && <div className="kept">{p('keptPrevious', lang)}</div>}
          </MessageBarBody>
          {dismiss}
        </MessageBar>
      );
  }
}
