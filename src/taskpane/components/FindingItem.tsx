/** One finding: severity and category, its cells as links that select them, the message, and what the user can do. */

import * as React from 'react';
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CellEdit, Finding } from '../../core/model';
import type { Lang } from '../../core/i18n';
import { messageOf } from '../../core/report/messages';
import { categoryOf, reportText } from '../../core/outcome';
import { t } from '../messages';
import { SeverityLabel } from './SeverityLabel';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForegroundLink, minWidth: 0, padding: `0 ${tokens.spacingHorizontalXXS}`, textDecorationLine: 'underline' },
  category: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  message: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** Cells shown per finding; a finding about a whole block (a sum over many cells) lists the first few. */
const MAX_CELLS = 6;

export interface FindingItemProps {
  finding: Finding;
  /** The list's key of this row (data-row), by which the list measures and finds it. */
  rowKey?: string;
  className?: string;
  /** Its place among the findings of its table and severity (read out as "3 of 12"). */
  position?: number;
  setSize?: number;
  lang: Lang;
  /** Disable the writing buttons while another write is in flight. */
  busy: boolean;
  /** True in the 已忽略 list: offers 取消忽略 instead of fixes. */
  ignored?: boolean;
  onSelectCell(sheet: string, cell: string): void;
  onApply(edits: CellEdit[]): void;
  onIgnore(f: Finding): void;
  onUnignore(f: Finding): void;
}

function describeEdits(edits: CellEdit[], lang: Lang): string {
  return edits.map((e) => t('editDescription', lang, { cell: e.cell, value: e.value })).join('；');
}

export const FindingItem = React.forwardRef<HTMLLIElement, FindingItemProps>(function FindingItem(props, ref) {
  const { finding: f, lang, busy, ignored } = props;
  const styles = useStyles();
  const messageId = React.useId();
  const cells = f.cells.slice(0, MAX_CELLS);
  const firstCell = f.cells[0] ?? '';
  return (
    <li
      ref={ref}
      className={mergeClasses(styles.root, props.className)}
      data-testid="finding"
      data-rule={f.rule}
      data-severity={f.severity}
      data-row={props.rowKey}
      tabIndex={-1}
      aria-describedby={messageId}
      aria-posinset={props.position}
      aria-setsize={props.setSize}
    >
      <div className={styles.head}>
        <SeverityLabel severity={f.severity} lang={lang} />
        <Text className={styles.category}>{reportText(`tag.${categoryOf(f)}`, lang)}</Text>
        {cells.map((cell) => (
          <Button key={cell} size="small" appearance="transparent" className={styles.cell} aria-label={t('selectCell', lang, { cell })} onClick={() => props.onSelectCell(f.sheet, cell)}>
            {cell}
          </Button>
        ))}
        {f.cells.length > MAX_CELLS && <Text size={200}>…</Text>}
      </div>
      <Text id={messageId} className={styles.message}>
        {messageOf(f, lang)}
      </Text>
      <div className={styles.actions}>
        {!ignored && f.fix && f.fix.length > 0 && (
          <Button size="small" appearance="primary" disabled={busy} aria-label={t('fixLabel', lang, { edits: describeEdits(f.fix, lang) })} onClick={() => props.onApply(f.fix!)}>
            {t('fix', lang)}
          </Button>
        )}
        {!ignored &&
          (f.suggestions ?? []).map((s, i) => {
            const text = messageOf({ rule: f.rule, messageId: s.messageId, data: s.data }, lang);
            return (
              <Button
                key={i}
                size="small"
                disabled={busy || s.edits.length === 0}
                aria-label={t('suggestionLabel', lang, { text, cells: describeEdits(s.edits, lang) })}
                onClick={() => props.onApply(s.edits)}
              >
                {text}
              </Button>
            );
          })}
        {firstCell &&
          (ignored ? (
            <Button size="small" appearance="subtle" disabled={busy} aria-label={t('unignoreLabel', lang, { cell: firstCell })} onClick={() => props.onUnignore(f)}>
              {t('unignore', lang)}
            </Button>
          ) : (
            <Button size="small" appearance="subtle" disabled={busy} aria-label={t('ignoreLabel', lang, { cell: firstCell })} onClick={() => props.onIgnore(f)}>
              {t('ignore', lang)}
            </Button>
          ))}
      </div>
    </li>
  );
});
