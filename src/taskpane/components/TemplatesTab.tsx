/**
 * The 模板 tab: templates that suit the table on the sheet (by its framework), grouped by 一级/二级 and searched;
 * for the chosen one its rows, where they go (planned against the sheet as read) and the plan's notes; 插入 and
 * 撤销插入; blank whole tables when the sheet has none; the user's own templates (保存为模板, 导出, 导入).
 */

import * as React from 'react';
import { Button, Caption1, Field, Input, Subtitle2, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { EditPlan, TargetTable } from '../../core/model';
import { type Lang, translate } from '../../core/i18n';
import { RECOGNITION_MESSAGES } from '../../core/messages';
import { parseCellAddress } from '../../core/address';
import { type InsertionPoint, defaultCatalogue, planBlankTable, planNoteText, tableTemplates, targetText } from '../../core/templates';
import { BLANK_SHEET, type PaneController, type PaneState } from '../controller';
import { t } from '../messages';
import { downloadText, readTextFile } from '../download';
import { exportTemplatesJson, groupedTemplates, importTemplates, insertionPoint, saveTemplate, type OfferedTemplate } from '../templates';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyle: 'none', margin: 0, padding: 0 },
  preview: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px', textAlign: 'left', verticalAlign: 'top', overflowWrap: 'anywhere' },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  hidden: { display: 'none' },
});

export interface TemplatesTabProps {
  controller: PaneController;
  state: PaneState;
  lang: Lang;
  /** Where the user's templates are kept differs: the workbook in Excel, this browser in the preview. */
  host?: 'excel' | 'wps' | 'preview';
  /** After 插入 and 撤销插入: the pane moves focus to the confirmation. */
  onInserted?(): void;
  onUndone?(): void;
}

const keyOf = (o: OfferedTemplate): string => `${o.own ? 'own' : 'cat'}:${o.template.id}`;

/** The table the selection is on, else the first table of the sheet. */
function currentTable(tables: TargetTable[], selection: PaneState['selection']): TargetTable | null {
  const row = selection ? parseCellAddress(selection.address.split(':')[0])?.row : undefined;
  return tables.find((t) => row !== undefined && (t.indicatorBlocks ?? []).some((b) => row >= b.firstRow && row <= b.lastRow)) ?? tables[0] ?? null;
}

/** `28、29、30` → `28–30`: 1-based sheet rows the plan writes into. */
/** The rows a plan writes, as runs of adjacent rows (`28–33`): each run is one indicator group the set lands in. */
function rowRuns(plan: EditPlan): string[] {
  const rows = [...new Set(plan.writes.map((w) => (parseCellAddress(w.cell)?.row ?? -1) + 1))].filter((r) => r > 0).sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    runs.push(i === j ? String(rows[i]) : `${rows[i]}–${rows[j]}`);
    i = j + 1;
  }
  return runs;
}

/** Where a planned set goes: one group (the selected cell's, or by category), or "6 组：…" when it lands in several. */
function whereText(planned: { plan: EditPlan; where: InsertionPoint }, lang: Lang): string {
  const runs = rowRuns(planned.plan);
  if (runs.length > 1) return t('whereGroups', lang, { n: runs.length, rows: runs.join(', ') });
  const where = 'cell' in planned.where ? t('whereSelection', lang, { cell: planned.where.cell }) : t('whereCategory', lang);
  return runs.length ? `${where} — ${t('whereRows', lang, { rows: runs[0] })}` : where;
}

export function TemplatesTab({ controller, state, lang, host, onInserted, onUndone }: TemplatesTabProps): React.JSX.Element {
  const styles = useStyles();
  const [query, setQuery] = React.useState('');
  const [chosen, setChosen] = React.useState<string | null>(null);
  const [name, setName] = React.useState('');
  const fileRef = React.useRef<HTMLInputElement>(null);
  const { outcome, busy, selection } = state;
  const reading = state.phase === 'reading';
  const disabled = busy || reading;

  React.useEffect(() => {
    void controller.openTemplates();
  }, [controller]);

  const tables = outcome?.sheet.tables ?? [];
  const table = currentTable(tables, selection);
  const framework = table?.framework ?? 'unknown';
  const groups = React.useMemo(() => (table ? groupedTemplates(framework, state.settings.templates, query) : []), [table, framework, state.settings.templates, query]);
  const offered = groups.flatMap((g) => g.templates).find((o) => keyOf(o) === chosen) ?? null;
  // The controller plans against the sheet as it last read it; a new read brings a new outcome: plan again then.
  React.useEffect(() => {
    const point = offered && table ? insertionPoint(table, offered.rows, selection) : null;
    void controller.planTemplate(point && table && offered ? { table, rows: offered.rows, ...point } : null);
  }, [controller, offered, table, selection, outcome]);
  const planned = offered && state.templatePlan?.rows === offered.rows ? state.templatePlan : null;

  const choose = (o: OfferedTemplate): void => {
    setChosen(keyOf(o));
    void controller.refreshSelection();
  };

  const exportFile = (): void => downloadText('我的指标模板.json', exportTemplatesJson(state.settings.templates ?? []));

  const importFile = (file: File | undefined): void => {
    if (!file) return;
    readTextFile(file, (text) => void importTemplates(controller, text));
    if (fileRef.current) fileRef.current.value = '';
  };

  // 撤销插入 shows with the insertion's notice at the top of the pane; here only once that notice is gone.
  const undo = state.insertion && state.notice?.kind !== 'inserted' && (
    <Button disabled={disabled} onClick={() => void controller.undoInsertion().then(() => onUndone?.())}>
      {t('undoInsert', lang)}
    </Button>
  );

  let body: React.ReactNode;
  if (!outcome) {
    body = (
      <div className={styles.section}>
        <Text>{t('templatesNotRead', lang)}</Text>
        <Button disabled={disabled} onClick={() => void controller.openTemplates()}>
          {t('templatesRead', lang)}
        </Button>
      </div>
    );
  } else if (!table) {
    body = (
      <section className={styles.section} aria-labelledby="blank-heading" data-testid="blank-templates">
        <Subtitle2 as="h2" id="blank-heading" className={styles.heading}>
          {t('blankTitle', lang)}
        </Subtitle2>
        <Text size={200}>{t('blankHint', lang)}</Text>
        {tableTemplates(defaultCatalogue()).map((tt) => (
          <Button key={tt.id} disabled={disabled} onClick={() => void controller.addBlankTable(planBlankTable(tt, BLANK_SHEET))}>
            {t('blankInsert', lang, { name: tt.name[lang] })}
          </Button>
        ))}
      </section>
    );
  } else if (framework === 'unknown') {
    body = <Text>{t('templatesUnknownFramework', lang)}</Text>;
  } else {
    body = (
      <>
        <Text size={200} className={styles.hint}>
          {t('templatesFramework', lang, { framework: translate(RECOGNITION_MESSAGES, `framework.${framework}`, lang) })}
        </Text>
        <Field label={t('templateSearch', lang)}>
          <Input type="search" value={query} onChange={(_, d) => setQuery(d.value)} />
        </Field>
        <div className={styles.section} data-testid="template-list">
          {groups.length === 0 && <Text>{t('templateNone', lang)}</Text>}
          {groups.map((g) => {
            const heading = g.key === 'own' ? t('templateGroupOwn', lang) : g.key === 'sets' ? t('templateGroupSets', lang) : g.key;
            return (
              <div key={g.key} className={styles.group} role="group" aria-label={heading} data-testid="template-group">
                <h3 className={styles.groupHeading}>{heading}</h3>
                <ul className={styles.list}>
                  {g.templates.map((o) => (
                    <li key={keyOf(o)}>
                      <ToggleButton size="small" checked={keyOf(o) === chosen} onClick={() => choose(o)} data-testid="template">
                        {o.template.name[lang]}
                      </ToggleButton>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>

        {offered && (
          <section className={styles.section} aria-labelledby="preview-heading" data-testid="template-preview">
            <Subtitle2 as="h2" id="preview-heading" className={styles.heading}>
              {t('templatePreview', lang)}：{offered.template.name[lang]}
            </Subtitle2>
            <table className={styles.preview}>
              <thead>
                <tr>
                  {(['colWhere', 'colLevel3', 'colTarget', 'colExplanation'] as const).map((c) => (
                    <th key={c} className={styles.cell} scope="col">
                      {t(c, lang)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {offered.rows.map((r, i) => (
                  <tr key={i}>
                    <td className={styles.cell}>{r.level1 && r.level2 ? `${r.level1}/${r.level2}` : ''}</td>
                    <td className={styles.cell}>{r.level3}</td>
                    <td className={styles.cell}>{targetText(r.target)}</td>
                    <td className={styles.cell}>{r.explanation ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {planned && (
              <>
                <Text size={200} data-testid="template-where">
                  {whereText(planned, lang)}
                </Text>
                {planned.plan.notes.length > 0 && (
                  <div data-testid="plan-notes">
                    <Caption1>{t('planNotes', lang)}</Caption1>
                    <ul className={styles.notes}>
                      {planned.plan.notes.map((n, i) => (
                        <li key={i}>{planNoteText(n, lang)}</li>
                      ))}
                    </ul>
                  </div>
                )}
              </>
            )}
            <div className={styles.actions}>
              {planned && planned.plan.writes.length > 0 ? (
                <Button appearance="primary" disabled={disabled} onClick={() => {
                    // The preview would be recomputed against the changed sheet (every row now "already there"): close it.
                    void controller.insertPlan(planned.plan).then(() => {
                      setChosen(null);
                      onInserted?.();
                    });
                  }}>
                  {t('insert', lang)}
                </Button>
              ) : (
                <Text>{t('nothingToInsert', lang)}</Text>
              )}
            </div>
          </section>
        )}
      </>
    );
  }

  const own = state.settings.templates ?? [];
  return (
    <div className={styles.root} data-testid="templates-tab">
      <Text size={200}>{t('templatesHint', lang)}</Text>
      {undo && <div className={styles.actions}>{undo}</div>}
      {body}
      <section className={styles.section} aria-labelledby="own-heading" data-testid="own-templates">
        <Subtitle2 as="h2" id="own-heading" className={styles.heading}>
          {t('ownTitle', lang)}
        </Subtitle2>
        <Text size={200} className={styles.hint}>
          {t(host === 'preview' ? 'ownHintPreview' : 'ownHint', lang)}
        </Text>
        <Field label={t('templateName', lang)}>
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <div className={styles.actions}>
          <Button
            disabled={disabled || name.trim() === ''}
            onClick={() => {
              void saveTemplate(controller, name).then(() => setName(''));
            }}
          >
            {t('saveTemplate', lang)}
          </Button>
          <Button disabled={own.length === 0} onClick={exportFile}>
            {t('exportTemplates', lang)}
          </Button>
          <Button disabled={disabled} onClick={() => fileRef.current?.click()}>
            {t('importTemplates', lang)}
          </Button>
          <input
            ref={fileRef}
            className={styles.hidden}
            type="file"
            accept=".json"
            aria-label={t('importFile', lang)}
            onChange={(e) => importFile(e.target.files?.[0])}
          />
        </div>
        {own.length > 0 && (
          <ul className={styles.notes}>
            {own.map((o) => (
              <li key={o.id}>
                {o.name[lang]}（{t('templateRows', lang, { n: o.rows.length })}）{' '}
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={disabled}
                  aria-label={t('deleteTemplate', lang, { name: o.name[lang] })}
                  onClick={() => void controller.deleteTemplate(o.id)}
                >
                  ✕
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
