/** Placeholder task pane: title and a disabled 校验 button until the checker lands. */

import * as React from 'react';
import { Button, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../core/i18n';
import { t } from './messages';

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
  action: { alignSelf: 'flex-start' },
});

export interface AppProps {
  lang: Lang;
}

/** Root component of the task pane. */
export function App({ lang }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const statusId = React.useId();
  return (
    <main className={styles.root} lang={lang}>
      <Title3 as="h1">{t('title', lang)}</Title3>
      <Text>{t('intro', lang)}</Text>
      <Button appearance="primary" className={styles.action} disabled aria-describedby={statusId}>
        {t('validate', lang)}
      </Button>
      <Text id={statusId} size={200}>
        {t('underConstruction', lang)}
      </Text>
    </main>
  );
}
