/**
 * What the last action did: cells changed (and those left alone because the user edited them since the check),
 * rows inserted — with 撤销插入 right here, in view — a report added, a file imported. It takes focus after the
 * actions whose result the user should hear (it is focusable, not in the tab order).
 */

import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import type { PaneNotice } from '../controller';
import { t } from '../messages';
import { hostNoticeText } from '../../hosts/messages';

const useStyles = makeStyles({
  stale: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  body: { overflowWrap: 'anywhere' },
});

export interface NoticeBarProps {
  notice: PaneNotice;
  lang: Lang;
  busy?: boolean;
  onDismiss(): void;
  /** 撤销插入, offered with the notice of an insertion while it can be undone. */
  onUndo?(): void;
}

export const NoticeBar = React.forwardRef<HTMLDivElement, NoticeBarProps>(function NoticeBar({ notice, lang, busy = false, onDismiss, onUndo }, ref) {
  const styles = useStyles();
  const stale = notice.kind === 'applied' ? notice.stale : [];
  let text: string;
  let list: string[] = [];
  let title: string | null = null;
  let intent: 'success' | 'warning' | 'info' | 'error' = 'success';
  switch (notice.kind) {
    case 'applied':
      text = t('applied', lang, { n: notice.applied.length });
      if (stale.length) intent = 'warning';
      break;
    case 'copied':
      text = t('copied', lang);
      break;
    case 'exported':
      text = t('exported', lang, { name: notice.sheet });
      break;
    case 'inserted':
      text = t('inserted', lang, { n: notice.rows });
      break;
    case 'undone':
      text = t('undone', lang);
      break;
    case 'undoRefused':
      text = t('undoRefused', lang, { cells: notice.edited.join(', ') });
      intent = 'warning';
      break;
    case 'blankAdded':
      text = t('blankAdded', lang, { name: notice.sheet });
      break;
    case 'templateSaved':
      text = t('templateSaved', lang, { name: notice.name, n: notice.rows });
      if (notice.skipped.length) list = [t('templateSkipped', lang, { rows: notice.skipped.join('、') })];
      break;
    case 'templateEmpty':
      text = t('templateEmpty', lang);
      intent = 'warning';
      break;
    case 'templatesImported':
      text = t('templatesImported', lang, { n: notice.count });
      break;
    case 'importFailed':
      text = '';
      title = t('importFailedTitle', lang);
      list = notice.problems.map((p) => p[lang]);
      intent = 'error';
      break;
    case 'vocabularyImported':
      text = t('vocabularyImported', lang, { n: notice.count });
      break;
    case 'vocabularyImportFailed':
      text = '';
      title = t('vocabularyImportFailedTitle', lang);
      list = notice.problems.map((p) => p[lang]);
      intent = 'error';
      break;
    case 'cancelled':
      text = t(notice.kept ? 'cancelledKept' : 'cancelled', lang);
      intent = 'info';
      break;
    default:
      text = notice.notices.map((n) => hostNoticeText(n, lang)).join(lang === 'zh-CN' ? '' : ' ');
      intent = 'info';
  }
  if (stale.length) title = t('staleTitle', lang);
  return (
    <MessageBar ref={ref} tabIndex={-1} intent={intent} layout="multiline" data-testid={notice.kind === 'host' ? 'host-notice' : 'notice'}>
      <MessageBarBody className={styles.body}>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {text}
        {list.length > 0 && (
          <ul className={styles.stale}>
            {list.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
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
      >
        {notice.kind === 'inserted' && onUndo && (
          <Button size="small" disabled={busy} data-action="undo" onClick={onUndo}>
            {t('undoInsert', lang)}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
});
