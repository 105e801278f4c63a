/**
 * The summary bar: ready to send (green), N errors (red), no table (amber), or the read and check in progress (with
 * 取消 where the check can be stopped). Its counts — errors, warnings, infos, none shown at 0 — filter the list.
 */

import * as React from 'react';
import { Button, ProgressBar, Text, ToggleButton, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { Severity } from '../../core/model';
import type { Lang } from '../../core/i18n';
import { type CheckOutcome, silencedText } from '../../core/outcome';
import { countOf, verdictSentence } from '../../core/report/wording';
import { t } from '../messages';
import { SEVERITY_ORDER } from '../view-model';
import { SeverityIcon } from './SeverityLabel';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  ready: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    ...shorthands.borderColor(tokens.colorStatusSuccessBorder1),
    color: tokens.colorStatusSuccessForeground1,
  },
  errors: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    ...shorthands.borderColor(tokens.colorStatusDangerBorder1),
    color: tokens.colorStatusDangerForeground1,
  },
  noTable: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    ...shorthands.borderColor(tokens.colorStatusWarningBorder1),
    color: tokens.colorStatusWarningForeground1,
  },
  headline: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
  icon: { width: '20px', height: '20px', flexShrink: 0 },
  detail: { color: tokens.colorNeutralForeground2 },
  status: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  progress: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1 },
});

export interface SummaryProps {
  lang: Lang;
  reading: boolean;
  /** The sheet is read; the check of it is running. */
  checking?: boolean;
  progress: number | undefined;
  outcome: CheckOutcome | null;
  /** The severity the list is narrowed to, if any; the counts toggle it. */
  filter?: Severity | null;
  onFilter?(severity: Severity | null): void;
  /** Present when the read or check can be stopped. */
  onCancel?(): void;
}

function CheckIcon({ className }: { className: string }): React.JSX.Element {
  return (
    <svg className={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="currentColor">
      <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm2.65 4.65L7 9.29 5.35 7.65a.5.5 0 1 0-.7.7l2 2a.5.5 0 0 0 .7 0l4-4a.5.5 0 0 0-.7-.7Z" />
    </svg>
  );
}

export const Summary = React.forwardRef<HTMLDivElement, SummaryProps>(function Summary({ lang, reading, checking = false, progress, outcome, filter = null, onFilter, onCancel }, ref) {
  const styles = useStyles();
  const busy = reading || checking;
  let tone: 'ready' | 'errors' | 'noTable' | undefined;
  let headline: React.ReactNode;
  let detail: string | undefined;
  if (reading) {
    headline = progress === undefined ? t('reading', lang) : t('readingProgress', lang, { percent: Math.round(progress * 100) });
  } else if (checking) {
    headline = t('checking', lang);
  } else if (!outcome) {
    headline = t('notChecked', lang);
  } else if (outcome.sheet.tables.length === 0) {
    tone = 'noTable';
    headline = (
      <>
        <SeverityIcon severity="warning" className={styles.icon} />
        {t('noTableSummary', lang)}
      </>
    );
  } else if (outcome.ready) {
    const { warnings, infos } = outcome.counts;
    tone = 'ready';
    headline = (
      <>
        <CheckIcon className={styles.icon} />
        {verdictSentence(true, outcome.counts, lang)}
      </>
    );
    if (warnings + infos > 0) detail = t('readyRest', lang);
  } else {
    tone = 'errors';
    headline = (
      <>
        <SeverityIcon severity="error" className={styles.icon} />
        {verdictSentence(false, outcome.counts, lang)}
      </>
    );
    detail = t('notReadyRest', lang);
  }
  const counts = outcome && !busy && outcome.sheet.tables.length > 0 ? outcome.counts : null;
  const shown = counts ? SEVERITY_ORDER.filter((s) => countIn(counts, s) > 0) : [];
  return (
    <div ref={ref} tabIndex={-1} className={mergeClasses(styles.root, tone && styles[tone])} data-testid="summary" data-state={reading ? 'reading' : checking ? 'checking' : (tone ?? 'idle')}>
      <div className={styles.status} role="status" aria-live="polite">
        <Text className={styles.headline}>{headline}</Text>
        {detail && !busy && <Text size={200}>{detail}</Text>}
        {outcome &&
          !busy &&
          silencedText(outcome, lang).map((line) => (
            <Text key={line} size={200} weight="semibold" data-testid="summary-silenced">
              {line}
            </Text>
          ))}
        {outcome && !busy && (
          <Text size={200} className={styles.detail}>
            {t('sheetChecked', lang, { name: outcome.sheet.name })}
          </Text>
        )}
      </div>
      {counts && shown.length > 0 && (
        <div className={styles.filters} role="group" aria-label={t('filterGroup', lang)} data-testid="summary-counts">
          {shown.map((s) => {
            const label = countOf(countIn(counts, s), s, lang);
            return (
              <ToggleButton
                key={s}
                size="small"
                appearance="subtle"
                checked={filter === s}
                icon={<SeverityIcon severity={s} className={styles.icon} />}
                title={t('filterTitle', lang, { what: t(`severity.${s}`, lang) })}
                data-severity={s}
                onClick={() => onFilter?.(filter === s ? null : s)}
              >
                {label}
              </ToggleButton>
            );
          })}
          {filter && (
            <Button size="small" appearance="transparent" onClick={() => onFilter?.(null)}>
              {t('showAll', lang)}
            </Button>
          )}
        </div>
      )}
      {busy && (
        <div className={styles.progress}>
          <ProgressBar className={styles.bar} value={reading ? progress : undefined} max={1} thickness="large" aria-label={reading ? t('reading', lang) : t('checking', lang)} />
          {onCancel && (
            <Button size="small" aria-label={t('cancelCheckLabel', lang)} onClick={onCancel}>
              {t('cancelCheck', lang)}
            </Button>
          )}
        </div>
      )}
    </div>
  );
});

function countIn(counts: CheckOutcome['counts'], s: Severity): number {
  return s === 'error' ? counts.errors : s === 'warning' ? counts.warnings : counts.infos;
}
