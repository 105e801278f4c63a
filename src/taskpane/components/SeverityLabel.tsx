/** A finding's severity as icon + word (never colour alone), coloured from theme tokens so dark mode works. */

import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Severity } from '../../core/model';
import type { Lang } from '../../core/i18n';
import { t } from '../messages';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
  icon: { width: '16px', height: '16px', flexShrink: 0 },
});

// Small inline glyphs (three paths) rather than an icon package: the pane needs no more than these.
const PATHS: Record<Severity, string> = {
  error: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm-2.15 4.15a.5.5 0 0 0-.7.7L7.29 8l-2.14 2.15a.5.5 0 0 0 .7.7L8 8.71l2.15 2.14a.5.5 0 0 0 .7-.7L8.71 8l2.14-2.15a.5.5 0 0 0-.7-.7L8 7.29 5.85 5.15Z',
  warning: 'M7.13 1.5a1 1 0 0 1 1.74 0l6.5 11.5A1 1 0 0 1 14.5 14.5h-13a1 1 0 0 1-.87-1.5l6.5-11.5ZM8 5a.5.5 0 0 0-.5.5v4a.5.5 0 0 0 1 0v-4A.5.5 0 0 0 8 5Zm0 7.25a.75.75 0 1 0 0-1.5.75.75 0 0 0 0 1.5Z',
  info: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 6a.5.5 0 0 0-.5.5v4a.5.5 0 0 0 1 0v-4A.5.5 0 0 0 8 7Zm0-2.75a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5Z',
};

/** The severity glyph alone, decorative (the word next to it carries the meaning). */
export function SeverityIcon({ severity, className }: { severity: Severity; className?: string }): React.JSX.Element {
  return (
    <svg className={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="currentColor">
      <path d={PATHS[severity]} />
    </svg>
  );
}

export function SeverityLabel({ severity, lang }: { severity: Severity; lang: Lang }): React.JSX.Element {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.root, styles[severity])} data-severity={severity}>
      <SeverityIcon severity={severity} className={styles.icon} />
      {t(`severity.${severity}`, lang)}
    </span>
  );
}
