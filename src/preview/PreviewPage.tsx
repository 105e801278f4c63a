/**
 * The preview page: a toolbar to open a file, the grid of the workbook on the left, and the task pane itself
 * (the same <App/> Excel shows) on the right, talking to a PreviewHost. Opening another file makes a new
 * workbook, a new host and a fresh pane.
 */
import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Title3,
} from '@fluentui/react-components';
import type { Lang } from '../core/i18n';
import { App } from '../taskpane/App';
import { Grid } from './Grid';
import type { OpenWorkbook } from './open';
import { browserStore, PreviewHost } from './preview-host';
import { PreviewWorkbook } from './workbook';
import { p } from './messages';
import { installTestHook } from './test-hook';

/** The sample opened on arrival, copied into dist/ with the other assets. */
export const SAMPLE_URL = 'assets/samples/seed-shanghai-2020.xlsx';
const SAMPLE_NAME = 'seed-shanghai-2020.xlsx';

export const ACCEPTED_FILES = '.xlsx,.xlsm,.xls,.csv,.tsv';

interface Current extends OpenWorkbook {
  /** Bumped per opened file: the pane is keyed on it, so each file gets a fresh pane. */
  id: number;
  sample: boolean;
}

type Status =
  | { kind: 'loading'; text: string }
  /** `kept`: a file could not be opened and the one open before is still shown. */
  | { kind: 'error'; title: string; text: string; kept?: boolean }
  | null;

export function PreviewPage({ lang }: { lang: Lang }): React.JSX.Element {
  const [current, setCurrent] = React.useState<Current | null>(null);
  const [status, setStatus] = React.useState<Status>(null);
  const [dragging, setDragging] = React.useState(false);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const opened = React.useRef(0);

  const open = React.useCallback(
    async (bytes: Uint8Array, fileName: string, sample = false): Promise<boolean> => {
      const failed = (text: string): false => {
        setStatus({ kind: 'error', title: p('readFailedTitle', lang, { name: fileName }), text, kept: opened.current > 0 });
        return false;
      };
      let reader: typeof import('./open');
      try {
        reader = await import(/* webpackChunkName: "reader" */ './open');
      } catch (thrown) {
        // The reader chunk did not load (the server went away, say).
        return failed(p('readFailed', lang, { detail: thrown instanceof Error ? thrown.message : String(thrown) }));
      }
      try {
        const next = reader.openWorkbook(bytes, fileName, browserStore());
        opened.current += 1;
        setCurrent({ ...next, id: opened.current, sample });
        setStatus(null);
        return true;
      } catch (thrown) {
        return failed(reader.openFailure(thrown, lang));
      }
    },
    [lang],
  );

  const openFile = React.useCallback(
    async (file: File): Promise<void> => {
      setStatus({ kind: 'loading', text: p('loading', lang, { name: file.name }) });
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch (thrown) {
        const detail = thrown instanceof Error ? thrown.message : String(thrown);
        setStatus({
          kind: 'error',
          title: p('readFailedTitle', lang, { name: file.name }),
          text: p('readFailed', lang, { detail }),
          kept: opened.current > 0,
        });
        return;
      }
      // Let the loading message paint before the (synchronous) read.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await open(bytes, file.name);
    },
    [lang, open],
  );

  // The sample table on arrival.
  React.useEffect(() => {
    let cancelled = false;
    setStatus({ kind: 'loading', text: p('loadingSample', lang) });
    fetch(SAMPLE_URL)
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      })
      .then(async (bytes) => {
        if (!cancelled && opened.current === 0) await open(bytes, SAMPLE_NAME, true);
      })
      .catch((thrown: unknown) => {
        if (cancelled || opened.current > 0) return;
        const detail = thrown instanceof Error ? thrown.message : String(thrown);
        const text = window.location.protocol === 'file:' ? p('sampleFailedFile', lang) : p('sampleFailed', lang, { detail });
        // An empty sheet instead, so the page is not blank: the grid to type into, the pane to press 校验 on.
        const workbook = new PreviewWorkbook(p('blankName', lang), []);
        opened.current += 1;
        setCurrent({ workbook, host: new PreviewHost(workbook, browserStore()), id: opened.current, sample: false });
        setStatus({ kind: 'error', title: p('sampleFailedTitle', lang), text });
      });
    return () => {
      cancelled = true;
    };
  }, [lang, open]);

  React.useEffect(() => installTestHook({ current: current ?? undefined, open }), [current, open]);

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

  const onDrop = (e: React.DragEvent): void => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void openFile(file);
  };

  return (
    <div className="page">
      <header className="toolbar">
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
            </Text>
          )}
          <Button appearance="primary" onClick={() => fileInput.current?.click()} title={p('openTitle', lang)}>
            {p('open', lang)}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept={ACCEPTED_FILES}
            hidden
            data-testid="file-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // choosing the same file again must open it again
              if (file) void openFile(file);
            }}
          />
        </div>
      </header>
      {status?.kind === 'error' && (
        <MessageBar intent="error" className="page-message" data-testid="preview-error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{status.title}</MessageBarTitle>
            <div>{status.text}</div>
            {status.kept && <div className="kept">{p('keptPrevious', lang)}</div>}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setStatus(null)}>
              {p('dismiss', lang)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {status?.kind === 'loading' && (
        <MessageBar intent="info" className="page-message" data-testid="preview-loading">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      <div className="main">
        <section
          className={dragging ? 'sheet-area dragging' : 'sheet-area'}
          data-testid="sheet-area"
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
          {current && <App key={current.id} host={current.host} lang={lang} />}
        </aside>
      </div>
    </div>
  );
}
