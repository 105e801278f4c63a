/** The summary bar: ready to send (green), N errors (red), no table (amber), or the read in progress. */

import * as React from 'react';
import { ProgressBar, Text, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import { type CheckOutcome, silencedText } from '../../core/session';
import { t } from '../messages';
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
});

export interface SummaryProps {
  lang: Lang;
  reading: boolean;
  progress: number | undefined;
  outcome: CheckOutcome | null;
}

function CheckIcon({ className }: { className: string }): React.JSX.Element {
  return (
    <svg className={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="currentColor">
      <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm2.65 4.65L7 9.29 5.35 7.65a.5.5 0 1 0-.7.7l2 2a.5.5 0 0 0 .7 0l4-4a.5.5 0 0 0-.7-.7Z" />
    </svg>
  );
}

export const Summary = React.forwardRef<HTMLDivElement, SummaryProps>(function Summary({ lang, reading, progress, outcome }, ref) {
  const styles = useStyles();
  let tone: 'ready' | 'errors' | 'noTable' | undefined;
  let headline: React.ReactNode;
  let detail: string | undefined;
  if (reading) {
    headline = progress === undefined ? t('reading', lang) : t('readingProgress', lang, { percent: Math.round(progress * 100) });
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
        {t('ready', lang)}
      </>
    );
    if (warnings + infos > 0) detail = t('readyRest', lang, { warnings, infos });
  } else {
    tone = 'errors';
    headline = (
      <>
        <SeverityIcon severity="error" className={styles.icon} />
        {t('notReady', lang, outcome.counts)}
      </>
    );
    detail = t('notReadyRest', lang, outcome.counts);
  }
  return (
    <div ref={ref} tabIndex={-1} className={mergeClasses(styles.root, tone && styles[tone])} data-testid="summary" data-state={reading ? 'reading' : (tone ?? 'idle')} role="status" aria-live="polite">
      <Text className={styles.headline}>{headline}</Text>
      {detail && <Text size={200}>{detail}</Text>}
      {outcome &&
        !reading &&
        silencedText(outcome, lang).map((line) => (
          <Text key={line} size={200} weight="semibold" data-testid="summary-silenced">
            {line}
          </Text>
        ))}
      {outcome && !reading && (
        <Text size={200} className={styles.detail}>
          {t('sheetChecked', lang, { name: outcome.sheet.name })}
        </Text>
      )}
      {reading && <ProgressBar value={progress} max={1} thickness="large" aria-label={t('reading', lang)} />}
    </div>
  );
});
