/**
 * taskpane.html opened in a plain browser tab (README's certificate step, a bookmark): no Excel behind it, so nothing
 * to check. A calm page saying where the pane runs and that the browser preview needs no Excel — not an error.
 */

import * as React from 'react';
import { Link, Subtitle1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import { t } from '../messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: '40em' },
  heading: { margin: 0 },
});

export function OutsideOffice({ lang }: { lang: Lang }): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root} data-testid="outside-office">
      <Subtitle1 as="h1" className={styles.heading}>
        {t('title', lang)}
      </Subtitle1>
      <Text>{t('outsideBody', lang)}</Text>
      <Text>
        {t('outsidePreview', lang)} <Link href="preview.html">{t('outsidePreviewLink', lang)}</Link>
      </Text>
    </main>
  );
}
