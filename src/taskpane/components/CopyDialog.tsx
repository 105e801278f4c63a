/** When the web view blocks the clipboard: the report text, selected, to copy by hand (Ctrl+C). */

import * as React from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import { t } from '../messages';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export function CopyDialog({ text, lang, onClose }: { text: string | null; lang: Lang; onClose(): void }): React.JSX.Element {
  const styles = useStyles();
  const area = React.useRef<HTMLTextAreaElement>(null);
  const hintId = React.useId();
  React.useEffect(() => {
    if (text === null) return;
    // Select once the dialog has moved focus in, so Ctrl+C copies everything straight away.
    const timer = setTimeout(() => {
      area.current?.focus();
      area.current?.select();
    }, 0);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <Dialog open={text !== null} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby={hintId}>
        <DialogBody>
          <DialogTitle>{t('copyDialogTitle', lang)}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text id={hintId}>{t('copyDialogHint', lang)}</Text>
            <Textarea
              ref={area}
              readOnly
              resize="vertical"
              rows={12}
              value={text ?? ''}
              aria-label={t('copyDialogText', lang)}
              textarea={{ className: styles.text }}
              data-testid="copy-text"
            />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t('close', lang)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
