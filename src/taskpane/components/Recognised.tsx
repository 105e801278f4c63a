/** What the recogniser read, per table: project, 金额单位, year, framework, money items, indicators per 一级. */

import * as React from 'react';
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { MoneyItem, TargetTable } from '../../core/model';
import { type Lang, translate } from '../../core/i18n';
import { RECOGNITION_MESSAGES } from '../../core/messages';
import { reportText } from '../../core/outcome';
import { t } from '../messages';
import { indicatorCounts, tableName } from '../view-model';
import type { Meaning } from '../../core/vocabulary';
import { TeachSelect } from './TaughtLabels';

const useStyles = makeStyles({
  table: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  cell: { fontFamily: tokens.fontFamilyMonospace },
  teach: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface RecognisedProps {
  /** Where settings are kept differs: the workbook in Excel, this browser in the preview. */
  host?: 'excel' | 'wps' | 'preview';
  tables: TargetTable[];
  lang: Lang;
  busy: boolean;
  onSelectCell(sheet: string, cell: string): void;
  /** The user says what a label the checker did not understand is. */
  onTeach(label: string, meaning: Meaning): void;
}

/** The amount as the sheet shows it, with its unit when the text does not say it. */
function moneyText(m: MoneyItem, lang: Lang): string {
  if (!m.text) return t('moneyBlank', lang);
  return m.unit && !m.text.includes(m.unit) ? `${m.text} ${m.unit}` : m.text;
}

function CellLink({ sheet, cell, lang, onSelectCell }: { sheet: string; cell: string; lang: Lang; onSelectCell(sheet: string, cell: string): void }): React.JSX.Element {
  const styles = useStyles();
  return (
    <Link as="button" className={styles.cell} aria-label={t('selectCell', lang, { cell })} onClick={() => onSelectCell(sheet, cell)}>
      {cell}
    </Link>
  );
}

export function Recognised({ tables, lang, busy, host, onSelectCell, onTeach }: RecognisedProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <>
      {tables.map((table, i) => {
        const project = tableName(table);
        const counts = indicatorCounts(table);
        return (
          <section key={i} className={styles.table}>
            <h3 className={styles.heading}>{reportText('table', lang, { n: i + 1, name: project || t('unknown', lang), range: table.range })}</h3>
            <dl className={styles.facts}>
              <dt className={styles.term}>{t('project', lang)}</dt>
              <dd className={styles.value}>{project || t('unknown', lang)}</dd>
              <dt className={styles.term}>{t('kind', lang)}</dt>
              <dd className={styles.value}>{translate(RECOGNITION_MESSAGES, `kind.${table.kind}`, lang)}</dd>
              <dt className={styles.term}>{t('unit', lang)}</dt>
              <dd className={styles.value}>{table.money.unit ?? t('unitNone', lang)}</dd>
              <dt className={styles.term}>{t('year', lang)}</dt>
              <dd className={styles.value}>{table.year ?? t('unknown', lang)}</dd>
              <dt className={styles.term}>{t('framework', lang)}</dt>
              <dd className={styles.value}>{translate(RECOGNITION_MESSAGES, `framework.${table.framework}`, lang)}</dd>
              <dt className={styles.term}>{t('range', lang)}</dt>
              <dd className={styles.value}>{table.range}</dd>
            </dl>
            <Text weight="semibold">{t('money', lang)}</Text>
            {table.money.items.length ? (
              <ul className={styles.list} data-testid="recognised-money">
                {table.money.items.map((m) => (
                  <li key={`${m.key}-${m.cell}`}>
                    <Text>
                      {t('labelValue', lang, { label: m.label.replace(/[:：]\s*$/, ''), value: moneyText(m, lang) })}{' '}
                    </Text>
                    <CellLink sheet={table.sheet} cell={m.cell} lang={lang} onSelectCell={onSelectCell} />
                  </li>
                ))}
              </ul>
            ) : (
              <Text>{t('moneyNone', lang)}</Text>
            )}
            <Text weight="semibold">{t('indicators', lang)}</Text>
            {counts.length ? (
              <ul className={styles.list} data-testid="recognised-indicators">
                {counts.map((c) => (
                  <li key={c.level1}>
                    <Text>
                      {t('labelValue', lang, { label: c.level1 || t('unknown', lang), value: t('indicatorCount', lang, { n: c.count }) })}
                    </Text>
                  </li>
                ))}
              </ul>
            ) : (
              <Text>{t('indicatorsNone', lang)}</Text>
            )}
            {table.unrecognisedLabels?.length ? (
              <>
                <Text weight="semibold">{t('unrecognisedHeading', lang)}</Text>
                <Text size={200}>{t(host === 'preview' ? 'unrecognisedHintPreview' : 'unrecognisedHint', lang)}</Text>
                <ul className={styles.list} data-testid="unrecognised-labels">
                  {table.unrecognisedLabels.map((u) => (
                    <li key={u.cell} className={styles.teach}>
                      <Text>{u.text}</Text>
                      <CellLink sheet={table.sheet} cell={u.cell} lang={lang} onSelectCell={onSelectCell} />
                      <TeachSelect label={u.text} lang={lang} busy={busy} onTeach={onTeach} />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
