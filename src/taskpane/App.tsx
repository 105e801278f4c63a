/**
 * Root component of the task pane: press 校验, see whether the table can be emailed, click a finding to land on its
 * cell, fix or ignore it. The spreadsheet is reached only through `host` (Excel, or the browser preview).
 *
 * What most checks never need — the 模板 tab with its catalogue, 识别结果, 规则设置, 识别栏目 and the dialogs — is
 * loaded when first opened (and fetched in the background once the pane is up), so the pane starts small.
 * After every action focus lands somewhere sensible: on the summary after 全部修正, on 撤销插入 after 插入, on the
 * notice after 撤销插入, back on the button that opened a dialog when it closes.
 */

import * as React from 'react';
import { Button, Subtitle2, Text, Title3, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { CellEdit, Finding, Severity } from '../core/model';
import type { Lang } from '../core/i18n';
import type { Host, HostApp } from '../hosts/host';
import { PaneController } from './controller';
import { loadEngine, type Checker } from './checking';
import { t } from './messages';
import { noTable } from './view-model';
import { Summary } from './components/Summary';
import { ErrorBar } from './components/ErrorBar';
import { NoticeBar } from './components/NoticeBar';
import { FindingList, type FindingListHandle } from './components/FindingList';
import { EmptyState } from './components/EmptyState';
import { Disclosure, SwitchControl, Tabs } from './components/controls';

// Loaded on demand: each is its own chunk.
const loadTemplates = () => import(/* webpackChunkName: "pane-templates" */ './components/TemplatesTab');
const loadViews = () => import(/* webpackChunkName: "pane-views" */ './components/views');
const loadDialogs = () => import(/* webpackChunkName: "pane-dialogs" */ './components/dialogs');
const TemplatesTab = React.lazy(() => loadTemplates().then((m) => ({ default: m.TemplatesTab })));
const Recognised = React.lazy(() => loadViews().then((m) => ({ default: m.Recognised })));
const RuleSettings = React.lazy(() => loadViews().then((m) => ({ default: m.RuleSettings })));
const TaughtLabels = React.lazy(() => loadViews().then((m) => ({ default: m.TaughtLabels })));
const FixAllDialog = React.lazy(() => loadDialogs().then((m) => ({ default: m.FixAllDialog })));
const CopyDialog = React.lazy(() => loadDialogs().then((m) => ({ default: m.CopyDialog })));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    boxSizing: 'border-box',
    // The pane is ~350 px wide: one column, nothing with a fixed width.
    width: '100%',
    minWidth: 0,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  validate: { alignSelf: 'stretch' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  findings: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sectionHeading: { margin: 0 },
  ignored: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  ignoredToggle: { alignSelf: 'flex-start' },
  hint: { color: tokens.colorNeutralForeground3 },
  panel: { paddingBottom: tokens.spacingVerticalM },
});

export interface AppProps {
  host: Host;
  lang: Lang;
  /** Where checks run (the preview: its worker); on the pane's own thread by default. */
  checker?: Checker;
  /** Which spreadsheet the pane is in: the preview says its settings and templates are kept in this browser. */
  app?: HostApp;
}

/** Where focus goes once an action is done. */
type FocusTarget = 'summary' | 'undo' | 'notice' | 'fixAll' | 'copy' | null;

const Loading = ({ lang }: { lang: Lang }): React.JSX.Element => <Text size={200}>{t('loadingView', lang)}</Text>;

/** Root component of the task pane. */
export function App({ host, lang, checker, app = 'excel' }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const controller = React.useMemo(() => new PaneController(host, checker), [host, checker]);
  const state = React.useSyncExternalStore(controller.subscribe, controller.getState);
  const [fixAll, setFixAll] = React.useState<CellEdit[] | null>(null);
  const [showIgnored, setShowIgnored] = React.useState(false);
  const [tab, setTab] = React.useState<'check' | 'templates'>('check');
  const [filter, setFilter] = React.useState<Severity | null>(null);
  const [openPanels, setOpenPanels] = React.useState<string[]>([]);
  const [focusAfter, setFocusAfter] = React.useState<FocusTarget>(null);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const findingsRef = React.useRef<HTMLElement>(null);
  const listRef = React.useRef<FindingListHandle>(null);
  const noticeRef = React.useRef<HTMLDivElement>(null);
  const fixAllRef = React.useRef<HTMLButtonElement>(null);
  const copyRef = React.useRef<HTMLButtonElement>(null);
  /** The error 下一个错误 went to last. */
  const lastError = React.useRef<Finding | null>(null);

  React.useEffect(() => {
    controller.start();
    return () => controller.stop();
  }, [controller]);

  // Fetch the parts loaded on demand once the pane is up, so opening them does not wait.
  React.useEffect(() => {
    void loadEngine().catch(() => undefined); // wanted at the first 校验
    const timer = setTimeout(() => {
      void loadViews().catch(() => undefined);
      void loadDialogs().catch(() => undefined);
      void loadTemplates().catch(() => undefined);
    }, 1500);
    return () => clearTimeout(timer);
  }, []);

  const { outcome, busy } = state;
  const reading = state.phase === 'reading';
  const working = reading || state.checking;
  /** The outcome when it found a table (otherwise the empty state shows). */
  const checked = outcome && !noTable(outcome) ? outcome : null;
  const fixAllEdits = outcome ? controller.fixAllEdits() : [];

  // A filter on a severity that no longer has findings shows nothing: drop it.
  React.useEffect(() => {
    if (!filter || !outcome) return;
    const n = filter === 'error' ? outcome.counts.errors : filter === 'warning' ? outcome.counts.warnings : outcome.counts.infos;
    if (n === 0) setFilter(null);
  }, [filter, outcome]);

  // Focus where the last action asked, once the pane has settled.
  React.useEffect(() => {
    if (!focusAfter || busy || working) return;
    const target =
      focusAfter === 'summary'
        ? summaryRef.current
        : focusAfter === 'undo'
          ? (noticeRef.current?.querySelector<HTMLElement>('[data-action="undo"]') ?? noticeRef.current)
          : focusAfter === 'notice'
            ? noticeRef.current
            : focusAfter === 'fixAll'
              ? (fixAllRef.current ?? summaryRef.current)
              : (copyRef.current ?? summaryRef.current);
    setFocusAfter(null);
    // The whole notice in view when focus goes to it or its 撤销插入: the confirmation is read with the button.
    const shown = focusAfter === 'undo' || focusAfter === 'notice' ? (noticeRef.current ?? target) : target;
    shown?.scrollIntoView?.({ block: 'nearest' });
    target?.focus({ preventScroll: true });
  }, [focusAfter, busy, working, state.notice]);

  /**
   * An action may remove the finding the user acted on: keep keyboard focus in the list, on the finding now at the
   * same place, or on the summary when the list is empty.
   */
  const keepFocus = async (action: Promise<void>): Promise<void> => {
    const item = (document.activeElement as HTMLElement | null)?.closest?.('[data-testid="finding"]');
    const items = () => [...(findingsRef.current?.querySelectorAll<HTMLElement>('[data-testid="finding"]') ?? [])];
    const index = item ? items().indexOf(item as HTMLElement) : -1;
    await action;
    if (index < 0 || (document.activeElement && document.activeElement !== document.body && document.contains(document.activeElement))) return;
    const now = items();
    (now[Math.min(index, now.length - 1)] ?? summaryRef.current)?.focus();
  };

  /** 下一个错误: the first error after the one focused (or gone to last), in list order; then its cell. */
  const nextError = (): void => {
    if (!checked) return;
    const errors = checked.findings.filter((f) => f.severity === 'error');
    if (errors.length === 0) return;
    if (filter && filter !== 'error') setFilter(null);
    const order = [...errors].sort((a, b) => (a.table ?? Infinity) - (b.table ?? Infinity));
    const focused = listRef.current?.focusedFinding() ?? null;
    const from = order.indexOf((focused?.severity === 'error' ? focused : lastError.current) as Finding);
    const next = order[(from + 1) % order.length];
    lastError.current = next;
    // After the filter change has re-rendered the list.
    setTimeout(() => {
      listRef.current?.focusFinding(next);
      if (next.cells[0]) void controller.selectCell(next.sheet, next.cells[0]);
    }, 0);
  };

  const listProps = {
    tables: outcome?.sheet.tables ?? [],
    lang,
    busy: busy || working,
    onSelectCell: (sheet: string, cell: string) => void controller.selectCell(sheet, cell),
    onApply: (edits: CellEdit[]) => void keepFocus(controller.applyEdits(edits)),
    onIgnore: (f: Finding) => void keepFocus(controller.ignore(f)),
    onUnignore: (f: Finding) => void keepFocus(controller.unignore(f)),
  };
  const panelOpen = (value: string) => openPanels.includes(value);
  const toggle = (value: string, on: boolean) => setOpenPanels((open) => (on ? [...open, value] : open.filter((v) => v !== value)));
  /** A section whose content is loaded on demand, drawn only while open (`id` is also its test id). */
  const lazyPanel = (id: string, title: string, content: React.ReactNode) => (
    <Disclosure title={title} open={panelOpen(id)} onToggle={(on) => toggle(id, on)} data-testid={id}>
      <div className={styles.panel}>
        <React.Suspense fallback={<Loading lang={lang} />}>{content}</React.Suspense>
      </div>
    </Disclosure>
  );

  return (
    <main className={styles.root} lang={lang}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.heading}>
          {t('title', lang)}
        </Title3>
        <Text size={200}>{t('intro', lang)}</Text>
      </header>

      {/* Stays focusable while reading, so keyboard focus is not lost when the user presses it. */}
      <Button appearance="primary" size="large" className={styles.validate} disabledFocusable={working || busy} onClick={() => void controller.validate()}>
        {outcome ? t('validateAgain', lang) : t('validate', lang)}
      </Button>

      <Summary
        ref={summaryRef}
        lang={lang}
        reading={reading}
        checking={state.checking}
        progress={state.progress}
        outcome={outcome}
        filter={filter}
        onFilter={(s) => {
          setFilter(s);
          setTab('check');
        }}
        onCancel={controller.canCancel ? () => controller.cancelCheck() : undefined}
      />

      {state.error && (
        <ErrorBar error={state.error} lang={lang} busy={busy} onResetRules={() => void controller.resetRules()} onDismiss={() => controller.dismissError()} />
      )}
      {state.notice && (
        <NoticeBar
          ref={noticeRef}
          notice={state.notice}
          lang={lang}
          busy={busy || working}
          onDismiss={() => controller.dismissNotice()}
          onUndo={state.insertion ? () => void controller.undoInsertion().then(() => setFocusAfter('notice')) : undefined}
        />
      )}
      {state.hostNotice && <NoticeBar notice={state.hostNotice} lang={lang} onDismiss={() => controller.dismissHostNotice()} />}

      <Tabs<'check' | 'templates'>
        label={t('tabsLabel', lang)}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { value: 'check', text: t('tabCheck', lang) },
          { value: 'templates', text: t('tabTemplates', lang) },
        ]}
      />

      {tab === 'templates' && (
        <React.Suspense fallback={<Loading lang={lang} />}>
          <TemplatesTab controller={controller} state={state} lang={lang} host={app} onInserted={() => setFocusAfter('undo')} onUndone={() => setFocusAfter('notice')} />
        </React.Suspense>
      )}

      {tab === 'check' && (
        <>
          {outcome && !checked && <EmptyState lang={lang} />}

          {checked && (
            <>
              <div className={styles.actions} role="group" aria-label={t('findings', lang)}>
                {checked.counts.errors > 0 && (
                  <Button title={t('nextErrorTitle', lang)} disabled={working} onClick={nextError} data-testid="next-error">
                    {t('nextError', lang)}
                  </Button>
                )}
                {fixAllEdits.length > 0 && (
                  <Button ref={fixAllRef} appearance="primary" disabled={busy || working} onClick={() => setFixAll(fixAllEdits)}>
                    {t('fixAll', lang, { n: fixAllEdits.length })}
                  </Button>
                )}
                <Button ref={copyRef} disabled={working} onClick={() => void controller.copyReport(lang)}>
                  {t('copyReport', lang)}
                </Button>
                <Button disabled={busy || working} onClick={() => void controller.exportReport(lang)}>
                  {t('exportReport', lang)}
                </Button>
                <SwitchControl checked={state.highlight} label={t('highlight', lang)} onChange={(on) => void controller.setHighlight(on)} />
              </div>

              <section className={styles.findings} ref={findingsRef} aria-labelledby="findings-heading">
                <Subtitle2 as="h2" id="findings-heading" className={styles.sectionHeading}>
                  {t('findings', lang)}
                </Subtitle2>
                {checked.omitted.findings > 0 && (
                  <Text size={200} weight="semibold" data-testid="omitted">
                    {t('omitted', lang, { shown: checked.findings.length.toLocaleString('en-US'), n: checked.omitted.findings.toLocaleString('en-US') })}
                  </Text>
                )}
                <FindingList ref={listRef} findings={checked.findings} only={filter} {...listProps} />
                {checked.ignored.length > 0 && (
                  <div className={styles.ignored}>
                    <ToggleButton
                      className={styles.ignoredToggle}
                      size="small"
                      checked={showIgnored}
                      aria-expanded={showIgnored}
                      onClick={() => setShowIgnored(!showIgnored)}
                    >
                      {t('ignoredToggle', lang, { n: checked.ignored.length + checked.omitted.ignored })}
                    </ToggleButton>
                    {showIgnored && (
                      <div data-testid="ignored">
                        <Text size={200} className={styles.hint}>
                          {t('ignoredHeading', lang)}
                        </Text>
                        <FindingList findings={checked.ignored} ignored {...listProps} />
                      </div>
                    )}
                  </div>
                )}
                <Text size={200} className={styles.hint}>
                  {t('autoRecheck', lang)}
                </Text>
              </section>
            </>
          )}

          {/* Sections are drawn only while open: nothing hidden stays in the page (or in the tab order). */}
          <div>
            {checked &&
              lazyPanel(
                'recognised',
                t('recognised', lang),
                <Recognised
                  tables={checked.sheet.tables}
                  lang={lang}
                  busy={busy || working}
                  host={app}
                  onSelectCell={listProps.onSelectCell}
                  onTeach={(label, meaning) => void controller.teachLabel(label, meaning)}
                />,
              )}
            {lazyPanel(
              'settings',
              t('settings', lang),
              <RuleSettings rules={state.settings.rules} lang={lang} busy={busy} host={app} onChange={(id, on) => void controller.setRuleEnabled(id, on)} />,
            )}
            {lazyPanel(
              'labels',
              t('taughtHeading', lang),
              <TaughtLabels
                vocabulary={state.settings.vocabulary}
                lang={lang}
                busy={busy}
                onForget={(label) => void controller.forgetLabel(label)}
                onExport={() => controller.exportVocabulary()}
                onImport={(text) => void controller.importVocabulary(text)}
              />,
            )}
          </div>
        </>
      )}

      {fixAll !== null && (
        <React.Suspense fallback={null}>
          <FixAllDialog
            open
            edits={fixAll}
            lang={lang}
            onCancel={() => {
              setFixAll(null);
              setFocusAfter('fixAll');
            }}
            onConfirm={() => {
              const edits = fixAll;
              setFixAll(null);
              void controller.applyEdits(edits).then(() => setFocusAfter('summary'));
            }}
          />
        </React.Suspense>
      )}
      {state.copyFallback !== null && (
        <React.Suspense fallback={null}>
          <CopyDialog
            text={state.copyFallback}
            lang={lang}
            onClose={() => {
              controller.closeCopyFallback();
              setFocusAfter('copy');
            }}
          />
        </React.Suspense>
      )}
    </main>
  );
}
