/** 全部修正 asks first: how many cells will change, and which. */

import * as React from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CellEdit } from '../../core/model';
import type { Lang } from '../../core/i18n';
import { t } from '../messages';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalL, maxHeight: '40vh', overflowY: 'auto' },
  edit: { overflowWrap: 'anywhere' },
});

/** Cells listed in the dialog; the count says the rest. */
const LISTED = 200;

export interface FixAllDialogProps {
  open: boolean;
  edits: CellEdit[];
  lang: Lang;
  onConfirm(): void;
  onCancel(): void;
}

export function FixAllDialog({ open, edits, lang, onConfirm, onCancel }: FixAllDialogProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t('fixAllTitle', lang)}</DialogTitle>
          <DialogContent>
            <Text>{t('fixAllConfirm', lang, { n: edits.length.toLocaleString('en-US') })}</Text>
            <ul className={styles.list}>
              {edits.slice(0, LISTED).map((e) => (
                <li key={`${e.sheet}!${e.cell}`} className={styles.edit}>
                  {t('editDescription', lang, { cell: e.cell, value: e.value })}
                </li>
              ))}
              {edits.length > LISTED && <li>{t('fixAllMore', lang, { n: (edits.length - LISTED).toLocaleString('en-US') })}</li>}
            </ul>
            <Text size={200}>{t('fixAllNote', lang)}</Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t('confirm', lang)}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {t('cancel', lang)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
