/** What the last write did: cells changed, and cells left alone because the user edited them since the check. */

import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import type { PaneNotice } from '../controller';
import { t } from '../messages';

const useStyles = makeStyles({
  stale: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  body: { overflowWrap: 'anywhere' },
});

export function NoticeBar({ notice, lang, onDismiss }: { notice: PaneNotice; lang: Lang; onDismiss(): void }): React.JSX.Element {
  const styles = useStyles();
  const stale = notice.kind === 'applied' ? notice.stale : [];
  let text: string;
  if (notice.kind === 'applied') text = t('applied', lang, { n: notice.applied.length });
  else if (notice.kind === 'copied') text = t('copied', lang);
  else if (notice.kind === 'exported') text = t('exported', lang, { name: notice.sheet });
  else text = notice.messages[lang];
  const intent = stale.length ? 'warning' : notice.kind === 'host' ? 'info' : 'success';
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={notice.kind === 'host' ? 'host-notice' : 'notice'}>
      <MessageBarBody className={styles.body}>
        {stale.length > 0 && <MessageBarTitle>{t('staleTitle', lang)}</MessageBarTitle>}
        {text}
        {stale.length > 0 && (
          <ul className={styles.stale}>
            {stale.map((s) => (
              <li key={`${s.edit.sheet}!${s.edit.cell}`}>{t('stale', lang, { cell: s.edit.cell, actual: s.actual })}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label={t('dismiss', lang)} onClick={onDismiss}>
            ✕
          </Button>
        }
      />
    </MessageBar>
  );
}
