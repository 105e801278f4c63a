/**
 * Findings grouped by table (project name + range), then by severity — errors first. A long list draws only the
 * rows in view (and a few around them), measured as they appear, so 10,000 findings cost what a screenful costs;
 * the pane or page keeps scrolling as one. Up and Down move between findings.
 */

import * as React from 'react';
import { Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { CellEdit, Finding, Severity, TargetTable } from '../../core/model';
import type { Lang } from '../../core/i18n';
import { reportText } from '../../core/outcome';
import { t } from '../messages';
import { countOf } from '../../core/report/wording';
import { groupFindings, listRows, tableName, type ListRow, type TableGroup } from '../view-model';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column' },
  tableHeading: { ...typographyStyles.subtitle2, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`, overflowWrap: 'anywhere' },
  severityHeading: {
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: { marginBottom: tokens.spacingVerticalS },
});

/** Lists up to this many rows are drawn whole; longer ones draw the rows in view. */
export const DRAW_ALL_ROWS = 150;
/** Pixels drawn above and below the view. */
const OVERSCAN_PX = 800;
/** Guesses for rows not measured yet. */
const ESTIMATE: Record<ListRow['kind'], number> = { table: 36, severity: 28, finding: 112 };

export interface FindingListProps {
  findings: Finding[];
  tables: TargetTable[];
  lang: Lang;
  busy: boolean;
  ignored?: boolean;
  /** Show one severity only (the summary's counts act as filters). */
  only?: Severity | null;
  onSelectCell(sheet: string, cell: string): void;
  onApply(edits: CellEdit[]): void;
  onIgnore(f: Finding): void;
  onUnignore(f: Finding): void;
}

/** What the pane can ask of the list. */
export interface FindingListHandle {
  /** Bring finding `f` into view and focus it; false when it is not in the list. */
  focusFinding(f: Finding): boolean;
  /** The finding whose item has focus, if one has. */
  focusedFinding(): Finding | null;
}

/** The element that scrolls the list: the nearest scrolling ancestor, or the page. */
function scrollParent(el: HTMLElement): HTMLElement | Window {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return window;
}

/** The drawn element of row `key`, if it is drawn. */
function rowElement(root: HTMLElement | null, key: string): HTMLElement | null {
  for (const el of root?.querySelectorAll<HTMLElement>('[data-row]') ?? []) if (el.dataset.row === key) return el;
  return null;
}

function groupHeading(g: TableGroup, lang: Lang): string {
  return g.index === undefined ? t('sheetLevel', lang) : reportText('table', lang, { n: g.index + 1, name: tableName(g.table) || t('unknown', lang), range: g.table?.range ?? '' });
}

export const FindingList = React.forwardRef<FindingListHandle, FindingListProps>(function FindingList(props, ref) {
  const { findings, tables, lang, only = null } = props;
  const styles = useStyles();
  const rows = React.useMemo(() => listRows(groupFindings(findings, tables, only)), [findings, tables, only]);
  const all = rows.length <= DRAW_ALL_ROWS;
  const rootRef = React.useRef<HTMLDivElement>(null);
  const heights = React.useRef(new Map<string, number>());
  const [range, setRange] = React.useState<[number, number]>([0, Math.min(rows.length, 40) - 1]);
  const [measured, setMeasured] = React.useState(0);
  const pendingFocus = React.useRef<string | null>(null);

  const offsets = React.useMemo(() => {
    const out = new Float64Array(rows.length + 1);
    rows.forEach((r, i) => (out[i + 1] = out[i] + (heights.current.get(r.key) ?? ESTIMATE[r.kind])));
    return out;
    // `measured` stands for the heights map, which changes in place.
  }, [rows, measured]);

  // Which rows are in view: the list's place in its scrolling parent, against the row offsets.
  const update = React.useCallback(() => {
    const el = rootRef.current;
    if (!el || all) return;
    const scroller = scrollParent(el);
    const viewTop = scroller === window ? 0 : (scroller as HTMLElement).getBoundingClientRect().top;
    const viewHeight = scroller === window ? window.innerHeight : (scroller as HTMLElement).clientHeight;
    const top = viewTop - el.getBoundingClientRect().top;
    const from = top - OVERSCAN_PX;
    const to = top + viewHeight + OVERSCAN_PX;
    let start = 0;
    while (start < rows.length - 1 && offsets[start + 1] < from) start++;
    let end = start;
    while (end < rows.length - 1 && offsets[end + 1] < to) end++;
    setRange((r) => (r[0] === start && r[1] === end ? r : [start, end]));
  }, [all, rows, offsets]);

  React.useLayoutEffect(() => {
    if (all) return;
    update();
    const el = rootRef.current;
    if (!el) return;
    const scroller = scrollParent(el);
    let frame = 0;
    const onScroll = (): void => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [all, update]);

  // Rows are measured as they are drawn; a change of height moves the rows below.
  const observer = React.useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            let changed = false;
            for (const e of entries) {
              const key = (e.target as HTMLElement).dataset.row;
              if (!key) continue;
              const style = getComputedStyle(e.target);
              const h = (e.target as HTMLElement).offsetHeight + parseFloat(style.marginTop || '0') + parseFloat(style.marginBottom || '0');
              if (h > 0 && heights.current.get(key) !== h) {
                heights.current.set(key, h);
                changed = true;
              }
            }
            if (changed) setMeasured((n) => n + 1);
          }),
    [],
  );
  React.useEffect(() => () => observer?.disconnect(), [observer]);
  const measure = (el: HTMLElement | null): void => {
    if (el && observer && !all) observer.observe(el);
  };

  // A finding asked for (next error) but not drawn yet: focus it once it is.
  React.useEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    const el = rowElement(rootRef.current, key);
    if (!el) return;
    pendingFocus.current = null;
    el.focus();
    el.scrollIntoView?.({ block: 'nearest' });
  });

  React.useImperativeHandle(
    ref,
    () => ({
      focusedFinding(): Finding | null {
        const el = (document.activeElement as HTMLElement | null)?.closest?.('[data-testid="finding"]') as HTMLElement | null;
        const row = el && rootRef.current?.contains(el) ? rows.find((r) => r.key === el.dataset.row) : undefined;
        return row?.kind === 'finding' ? row.finding : null;
      },
      focusFinding(f: Finding): boolean {
        const index = rows.findIndex((r) => r.kind === 'finding' && r.finding === f);
        if (index < 0) return false;
        const key = rows[index].key;
        const el = rowElement(rootRef.current, key);
        if (el) {
          el.focus();
          el.scrollIntoView?.({ block: 'nearest' });
          return true;
        }
        // Not drawn: scroll its estimated place into view; the effect above focuses it once drawn.
        pendingFocus.current = key;
        const root = rootRef.current;
        if (root) {
          const scroller = scrollParent(root);
          const y = offsets[index] - 80;
          if (scroller === window) window.scrollTo({ top: root.getBoundingClientRect().top + window.scrollY + y });
          else {
            const s = scroller as HTMLElement;
            s.scrollTop += root.getBoundingClientRect().top - s.getBoundingClientRect().top + y;
          }
        }
        setRange([Math.max(0, index - 20), Math.min(rows.length - 1, index + 20)]);
        return true;
      },
    }),
    [rows, offsets],
  );

  // Up and Down on a finding move to the previous or next one.
  const onKeyDown = (e: React.KeyboardEvent): void => {
    if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || !(e.target as HTMLElement).matches('[data-testid="finding"]')) return;
    const key = (e.target as HTMLElement).dataset.row;
    const index = rows.findIndex((r) => r.key === key);
    const dir = e.key === 'ArrowDown' ? 1 : -1;
    for (let i = index + dir; i >= 0 && i < rows.length; i += dir) {
      const r = rows[i];
      if (r.kind !== 'finding') continue;
      e.preventDefault();
      pendingFocus.current = r.key;
      const el = rowElement(rootRef.current, r.key);
      if (el) {
        pendingFocus.current = null;
        el.focus();
        el.scrollIntoView?.({ block: 'nearest' });
      }
      return;
    }
  };

  if (rows.length === 0) return <Text>{t(only ? 'noFindingsOfSeverity' : 'noFindings', lang)}</Text>;

  const [start, end] = all ? [0, rows.length - 1] : [Math.min(range[0], rows.length - 1), Math.min(range[1], rows.length - 1)];
  const out: React.ReactNode[] = [];
  for (let i = start; i <= end; ) {
    const row = rows[i];
    if (row.kind === 'table') {
      out.push(
        <h3 key={row.key} data-row={row.key} ref={measure} className={styles.tableHeading}>
          {groupHeading(row.group, lang)}
        </h3>,
      );
      i++;
    } else if (row.kind === 'severity') {
      out.push(
        <h4 key={row.key} data-row={row.key} ref={measure} className={styles.severityHeading}>
          {countOf(row.count, row.severity, lang)}
        </h4>,
      );
      i++;
    } else {
      // The findings of one table and severity in view, as one list.
      const run: (ListRow & { kind: 'finding' })[] = [];
      while (i <= end && rows[i].kind === 'finding' && rows[i].group === row.group && (rows[i] as { severity: Severity }).severity === row.severity) {
        run.push(rows[i] as ListRow & { kind: 'finding' });
        i++;
      }
      out.push(
        <ul key={`${run[0].key}:list`} role="list" className={styles.list} aria-label={`${groupHeading(row.group, lang)} · ${t(`severity.${row.severity}`, lang)}`}>
          {run.map((r) => (
            <FindingItem
              key={r.key}
              rowKey={r.key}
              ref={measure}
              className={styles.item}
              position={r.position}
              setSize={r.setSize}
              finding={r.finding}
              lang={lang}
              busy={props.busy}
              ignored={props.ignored}
              onSelectCell={props.onSelectCell}
              onApply={props.onApply}
              onIgnore={props.onIgnore}
              onUnignore={props.onUnignore}
            />
          ))}
        </ul>,
      );
    }
  }
  return (
    <div ref={rootRef} className={styles.root} data-testid="finding-list" data-total={rows.filter((r) => r.kind === 'finding').length} onKeyDown={onKeyDown}>
      {!all && <div aria-hidden="true" style={{ height: offsets[start] }} />}
      {out}
      {!all && <div aria-hidden="true" style={{ height: offsets[rows.length] - offsets[end + 1] }} />}
    </div>
  );
});
