/** Shown when the active sheet holds no table: what the checker looks for, and that it checks the active sheet. */

import * as React from 'react';
import { Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import { t } from '../messages';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function EmptyState({ lang }: { lang: Lang }): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.root} data-testid="empty-state" aria-labelledby="empty-state-title">
      <Subtitle2 as="h2" id="empty-state-title" className={styles.heading}>
        {t('emptyTitle', lang)}
      </Subtitle2>
      <Text>{t('emptyBody', lang)}</Text>
      <ul className={styles.list}>
        <li>
          <Text>{t('emptyIndicators', lang)}</Text>
        </li>
        <li>
          <Text>{t('emptyFields', lang)}</Text>
        </li>
        <li>
          <Text>{t('emptyMoney', lang)}</Text>
        </li>
      </ul>
    </section>
  );
}
