/** Why the last action failed, in the user's language: host errors (nothing was changed) and bad stored settings. */

import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import type { PaneError } from '../controller';
import { t } from '../messages';
import { hostErrorText } from '../../hosts/messages';

const useStyles = makeStyles({
  problems: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  body: { overflowWrap: 'anywhere' },
});

export interface ErrorBarProps {
  error: PaneError;
  lang: Lang;
  busy: boolean;
  onResetRules(): void;
  onDismiss(): void;
}

export function ErrorBar({ error, lang, busy, onResetRules, onDismiss }: ErrorBarProps): React.JSX.Element {
  const styles = useStyles();
  const dismiss = (
    <Button appearance="transparent" size="small" aria-label={t('dismiss', lang)} onClick={onDismiss}>
      ✕
    </Button>
  );
  if (error.kind === 'config') {
    return (
      <MessageBar intent="error" layout="multiline" data-testid="error">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{t('configTitle', lang)}</MessageBarTitle>
          <ul className={styles.problems}>
            {error.problems.map((p, i) => (
              <li key={i}>{p[lang]}</li>
            ))}
          </ul>
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" appearance="primary" disabled={busy} onClick={onResetRules}>
            {t('resetRules', lang)}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  const text = error.kind === 'host' ? hostErrorText(error.error, lang) : t('errorUnexpected', lang, { message: error.message });
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t('errorTitle', lang)}</MessageBarTitle>
        {text}
      </MessageBarBody>
      <MessageBarActions containerAction={dismiss} />
    </MessageBar>
  );
}
