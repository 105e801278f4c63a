/** Findings grouped by table (project name + range), then by category (目标值 / 结构 / 资金 / 基本信息). */

import * as React from 'react';
import { Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CellEdit, Finding, TargetTable } from '../../core/model';
import type { Lang } from '../../core/i18n';
import { reportText } from '../../core/session';
import { t } from '../messages';
import { findingKey, groupFindings, tableName } from '../view-model';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  table: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  tableHeading: { margin: 0, overflowWrap: 'anywhere' },
  categoryHeading: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface FindingListProps {
  findings: Finding[];
  tables: TargetTable[];
  lang: Lang;
  busy: boolean;
  ignored?: boolean;
  onSelectCell(sheet: string, cell: string): void;
  onApply(edits: CellEdit[]): void;
  onIgnore(f: Finding): void;
  onUnignore(f: Finding): void;
}

export function FindingList(props: FindingListProps): React.JSX.Element {
  const { findings, tables, lang } = props;
  const styles = useStyles();
  const groups = groupFindings(findings, tables);
  return (
    <>
      {groups.map((g) => {
        const heading =
          g.index === undefined
            ? t('sheetLevel', lang)
            : reportText('table', lang, { n: g.index + 1, name: tableName(g.table) || t('unknown', lang), range: g.table?.range ?? '' });
        return (
          <section key={g.index ?? 'sheet'} className={styles.table} aria-label={heading}>
            {/* Always named, so one table or several read the same way. */}
            <Subtitle2 as="h3" className={styles.tableHeading}>
              {heading}
            </Subtitle2>
            {g.categories.map((c) => (
              <div key={c.category}>
                <h4 className={styles.categoryHeading}>
                  {reportText(`tag.${c.category}`, lang)} · {c.findings.length}
                </h4>
                <ul role="list" className={styles.list} aria-label={`${heading} · ${reportText(`tag.${c.category}`, lang)}`}>
                  {c.findings.map((f, i) => (
                    <FindingItem
                      key={`${findingKey(f)}#${i}`}
                      finding={f}
                      lang={lang}
                      busy={props.busy}
                      ignored={props.ignored}
                      onSelectCell={props.onSelectCell}
                      onApply={props.onApply}
                      onIgnore={props.onIgnore}
                      onUnignore={props.onUnignore}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
      {groups.length === 0 && <Text>{t('noFindings', lang)}</Text>}
    </>
  );
}
