/**
 * Root component of the task pane: press 校验, see whether the table can be emailed, click a finding to land on its
 * cell, fix or ignore it. The spreadsheet is reached only through `host` (Excel, or the browser preview).
 */

import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Subtitle2,
  Switch,
  Tab,
  TabList,
  Text,
  Title3,
  ToggleButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CellEdit, Finding } from '../core/model';
import type { Lang } from '../core/i18n';
import type { Host } from '../hosts/host';
import { PaneController } from './controller';
import type { Checker } from './checking';
import { t } from './messages';
import { noTable } from './view-model';
import { Summary } from './components/Summary';
import { ErrorBar } from './components/ErrorBar';
import { NoticeBar } from './components/NoticeBar';
import { FindingList } from './components/FindingList';
import { EmptyState } from './components/EmptyState';
import { Recognised } from './components/Recognised';
import { RuleSettings } from './components/RuleSettings';
import { TaughtLabels } from './components/TaughtLabels';
import { FixAllDialog } from './components/FixAllDialog';
import { CopyDialog } from './components/CopyDialog';
import { TemplatesTab } from './components/TemplatesTab';

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
  findings: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
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
}

/** Root component of the task pane. */
export function App({ host, lang, checker }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const controller = React.useMemo(() => new PaneController(host, checker), [host, checker]);
  const state = React.useSyncExternalStore(controller.subscribe, controller.getState);
  const [fixAll, setFixAll] = React.useState<CellEdit[] | null>(null);
  const [showIgnored, setShowIgnored] = React.useState(false);
  const [tab, setTab] = React.useState<'check' | 'templates'>('check');
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const findingsRef = React.useRef<HTMLElement>(null);

  React.useEffect(() => {
    controller.start();
    return () => controller.stop();
  }, [controller]);

  const { outcome, busy } = state;
  const reading = state.phase === 'reading';
  /** The outcome when it found a table (otherwise the empty state shows). */
  const checked = outcome && !noTable(outcome) ? outcome : null;
  const fixAllEdits = outcome ? controller.fixAllEdits() : [];

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

  const listProps = {
    tables: outcome?.sheet.tables ?? [],
    lang,
    busy: busy || reading,
    onSelectCell: (sheet: string, cell: string) => void controller.selectCell(sheet, cell),
    onApply: (edits: CellEdit[]) => void keepFocus(controller.applyEdits(edits)),
    onIgnore: (f: Finding) => void keepFocus(controller.ignore(f)),
    onUnignore: (f: Finding) => void keepFocus(controller.unignore(f)),
  };

  return (
    <main className={styles.root} lang={lang}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.heading}>
          {t('title', lang)}
        </Title3>
        <Text size={200}>{t('intro', lang)}</Text>
      </header>

      {/* Stays focusable while reading, so keyboard focus is not lost when the user presses it. */}
      <Button appearance="primary" size="large" className={styles.validate} disabledFocusable={reading || busy} onClick={() => void controller.validate()}>
        {outcome ? t('validateAgain', lang) : t('validate', lang)}
      </Button>

      <Summary ref={summaryRef} lang={lang} reading={reading} progress={state.progress} outcome={outcome} />

      {state.error && (
        <ErrorBar error={state.error} lang={lang} busy={busy} onResetRules={() => void controller.resetRules()} onDismiss={() => controller.dismissError()} />
      )}
      {state.notice && <NoticeBar notice={state.notice} lang={lang} onDismiss={() => controller.dismissNotice()} />}
      {state.hostNotice && <NoticeBar notice={state.hostNotice} lang={lang} onDismiss={() => controller.dismissHostNotice()} />}

      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as 'check' | 'templates')} aria-label={t('tabsLabel', lang)}>
        <Tab value="check">{t('tabCheck', lang)}</Tab>
        <Tab value="templates">{t('tabTemplates', lang)}</Tab>
      </TabList>

      {tab === 'templates' && <TemplatesTab controller={controller} state={state} lang={lang} />}

      {tab === 'check' && (
        <>
        {outcome && !checked && <EmptyState lang={lang} />}

        {checked && (
          <>
            <div className={styles.actions} role="group" aria-label={t('findings', lang)}>
              {fixAllEdits.length > 0 && (
                <Button appearance="primary" disabled={busy || reading} onClick={() => setFixAll(fixAllEdits)}>
                  {t('fixAll', lang, { n: fixAllEdits.length })}
                </Button>
              )}
              <Button disabled={reading} onClick={() => void controller.copyReport(lang)}>
                {t('copyReport', lang)}
              </Button>
              <Button disabled={busy || reading} onClick={() => void controller.exportReport(lang)}>
                {t('exportReport', lang)}
              </Button>
              <Switch checked={state.highlight} label={t('highlight', lang)} onChange={(_, d) => void controller.setHighlight(d.checked)} />
            </div>

            <section className={styles.findings} ref={findingsRef} aria-labelledby="findings-heading">
              <Subtitle2 as="h2" id="findings-heading" className={styles.sectionHeading}>
                {t('findings', lang)}
              </Subtitle2>
              <FindingList findings={checked.findings} {...listProps} />
              {checked.ignored.length > 0 && (
                <div className={styles.ignored}>
                  <ToggleButton
                    className={styles.ignoredToggle}
                    size="small"
                    checked={showIgnored}
                    aria-expanded={showIgnored}
                    onClick={() => setShowIgnored(!showIgnored)}
                  >
                    {t('ignoredToggle', lang, { n: checked.ignored.length })}
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

        <Accordion collapsible multiple>
          {checked && (
            <AccordionItem value="recognised" data-testid="recognised">
              <AccordionHeader as="h2">{t('recognised', lang)}</AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <Recognised
                  tables={checked.sheet.tables}
                  lang={lang}
                  busy={busy || reading}
                  onSelectCell={listProps.onSelectCell}
                  onTeach={(label, meaning) => void controller.teachLabel(label, meaning)}
                />
              </AccordionPanel>
            </AccordionItem>
          )}
          <AccordionItem value="settings" data-testid="settings">
            <AccordionHeader as="h2">{t('settings', lang)}</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <RuleSettings rules={state.settings.rules} lang={lang} busy={busy} onChange={(id, on) => void controller.setRuleEnabled(id, on)} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="labels" data-testid="labels">
            <AccordionHeader as="h2">{t('taughtHeading', lang)}</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <TaughtLabels
                vocabulary={state.settings.vocabulary}
                lang={lang}
                busy={busy}
                onForget={(label) => void controller.forgetLabel(label)}
                onExport={() => controller.exportVocabulary()}
                onImport={(text) => void controller.importVocabulary(text)}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
        </>
      )}

      <FixAllDialog
        open={fixAll !== null}
        edits={fixAll ?? []}
        lang={lang}
        onCancel={() => setFixAll(null)}
        onConfirm={() => {
          const edits = fixAll ?? [];
          setFixAll(null);
          void controller.applyEdits(edits);
        }}
      />
      <CopyDialog text={state.copyFallback} lang={lang} onClose={() => controller.closeCopyFallback()} />
    </main>
  );
}
