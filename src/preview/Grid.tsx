/**
 * A spreadsheet view of the active sheet: column letters, row numbers, merged cells, fills, the selected cell, an
 * inline editor (double-click, F2 or just typing; Enter to commit), sheet tabs. Only the rows and columns in view
 * are drawn (layout.ts says where everything sits), so a sheet of 100,000 rows scrolls and types like a small one.
 * Each drawn cell is `<div role="gridcell" data-cell="D27">`; the selected one has aria-selected="true"; a merged
 * cell says its range in data-range; a fill is the cell's inline background.
 *
 * Keyboard: arrows, Enter, Tab, Home, Page Up/Down, Ctrl+Home/End move; typing or F2 edits; Delete clears. Tab on
 * the last column in use (Shift+Tab on column A), or Esc then Tab, leaves the grid, so it never traps focus.
 */
import * as React from 'react';
import { cellAddress, columnLetters } from '../core/address';
import type { CellRange } from '../core/snapshot';
import type { Lang } from '../core/i18n';
import type { PreviewSheet, PreviewWorkbook } from './preview-workbook';
import { cellKey, indexAt, layoutKey, sheetLayout, type GridLayout } from './layout';
import { p } from './messages';

/** Row-number column width and column-letter row height, in pixels. */
const HEAD_W = 44;
const HEAD_H = 22;
/** Rows and columns drawn beyond the window, so a quick scroll shows no gap. */
const OVERSCAN_ROWS = 6;
const OVERSCAN_COLS = 2;
/**
 * Characters drawn of a cell's text in the grid (three lines at most show) and in the formula bar (Excel's own limit
 * for a cell): a cell of millions of characters (the hostile corpus) would keep the browser laying it out for seconds.
 */
const CELL_CHARS = 1000;
const BAR_CHARS = 32_767;

/** `text`, cut to `max` characters with "…" when longer. */
function shown(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

interface Editing {
  row: number;
  col: number;
  /** The text the editor starts with (the cell's, or the key that was typed over it). */
  initial: string;
}

interface View {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface GridProps {
  workbook: PreviewWorkbook;
  lang: Lang;
}

/** The rectangle of cells `r`×`c` (a merged area's whole extent) in the cells layer. */
function rectOf(layout: GridLayout, area: CellRange): { left: number; top: number; width: number; height: number } {
  const right = Math.min(area.right, layout.cols - 1);
  const bottom = Math.min(area.bottom, layout.rows - 1);
  return {
    left: layout.colLeft[area.left],
    top: layout.rowTop[area.top],
    width: layout.colLeft[right + 1] - layout.colLeft[area.left],
    height: layout.rowTop[bottom + 1] - layout.rowTop[area.top],
  };
}

export function Grid({ workbook, lang }: GridProps): React.JSX.Element {
  const version = React.useSyncExternalStore(workbook.subscribe, workbook.getVersion);
  const sheet = workbook.activeSheet;
  const selection = workbook.selection();
  const [editing, setEditing] = React.useState<Editing | null>(null);
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const [view, setView] = React.useState<View>({ top: 0, left: 0, width: 1200, height: 800 });
  /** Esc was pressed on the grid: the next Tab leaves it. */
  const tabOut = React.useRef(false);
  // The layout depends on content, merges and fills, not on the selection: recomputed only when they change.
  // A file just opened has its layout worked out already, in slices (layoutInSlices).
  const contentKey = layoutKey(sheet);
  const { extent, layout } = React.useMemo(() => sheetLayout(sheet), [sheet, contentKey]);
  void version;

  const selectedAddress = cellAddress(selection.row, selection.col);
  const selectedCell = sheet.cell(selection.row, selection.col);
  const selectedArea = sheet.mergeAt(selection.row, selection.col) ?? { top: selection.row, left: selection.col, bottom: selection.row, right: selection.col };

  // The window: what the scroll position and the viewport size show.
  const measure = React.useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    setView((v) => {
      const next = { top: el.scrollTop, left: el.scrollLeft, width: el.clientWidth, height: el.clientHeight };
      return v.top === next.top && v.left === next.left && v.width === next.width && v.height === next.height ? v : next;
    });
  }, []);
  React.useLayoutEffect(() => {
    measure();
    const el = scrollRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  // Keep the selected cell in view: just in view after a click or a key, in the middle when the pane selected it
  // (the user is looking for it, so show what lies around it too).
  const movedHere = React.useRef(false);
  React.useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const r = rectOf(layout, selectedArea);
    const viewW = el.clientWidth - HEAD_W;
    const viewH = el.clientHeight - HEAD_H;
    const nearest = movedHere.current;
    movedHere.current = false;
    const fit = (start: number, size: number, scroll: number, room: number): number => {
      if (start >= scroll && start + size <= scroll + room) return scroll;
      if (nearest) return start < scroll ? start : Math.min(start, start + size - room);
      return Math.max(0, start - Math.max(0, (room - size) / 2));
    };
    const top = fit(r.top, r.height, el.scrollTop, viewH);
    const left = fit(r.left, r.width, el.scrollLeft, viewW);
    if (top !== el.scrollTop) el.scrollTop = top;
    if (left !== el.scrollLeft) el.scrollLeft = left;
    measure();
    }, [selectedAddress, sheet, layout]);

  const selectHere = (row: number, col: number): void => {
    const at = sheet.anchor(row, col);
    movedHere.current = at.row !== selection.row || at.col !== selection.col;
    workbook.select(row, col);
  };

  // A sheet switch leaves a stale editor behind: drop it when the sheet changes.
  React.useEffect(() => setEditing(null), [sheet]);

  const focusGrid = (): void => scrollRef.current?.focus({ preventScroll: true });

  const commit = (draft: string, next?: { row: number; col: number }): void => {
    const open = editing;
    if (!open) return;
    setEditing(null);
    workbook.editByUser(open.row, open.col, draft);
    if (next) selectHere(next.row, next.col);
    focusGrid();
  };

  const cancel = (): void => {
    setEditing(null);
    focusGrid();
  };

  const startEditing = (row: number, col: number, initial?: string): void => {
    setEditing({ row, col, initial: initial ?? sheet.text(row, col) });
  };

  // Moving out of a merged area steps from its edge, as Excel does.
  const step = (dRow: number, dCol: number): { row: number; col: number } => {
    const row = dRow > 0 ? selectedArea.bottom + dRow : selection.row + dRow;
    const col = dCol > 0 ? selectedArea.right + dCol : selection.col + dCol;
    return { row: Math.min(Math.max(row, 0), layout.rows - 1), col: Math.min(Math.max(col, 0), layout.cols - 1) };
  };

  /** The last column in use (Tab there leaves the grid), at least column A. */
  const lastCol = Math.max(0, extent.cols - 1);
  const pageRows = Math.max(1, Math.floor((view.height - HEAD_H) / 24) - 1);

  const onGridKeyDown = (e: React.KeyboardEvent): void => {
    if (editing || e.target !== scrollRef.current) return;
    const move = (dRow: number, dCol: number): void => {
      e.preventDefault();
      const to = step(dRow, dCol);
      selectHere(to.row, to.col);
    };
    const go = (row: number, col: number): void => {
      e.preventDefault();
      selectHere(Math.min(Math.max(row, 0), layout.rows - 1), Math.min(Math.max(col, 0), layout.cols - 1));
    };
    const armed = tabOut.current;
    tabOut.current = false;
    switch (e.key) {
      case 'ArrowUp':
        return move(-1, 0);
      case 'ArrowDown':
      case 'Enter':
        return move(e.key === 'Enter' && e.shiftKey ? -1 : 1, 0);
      case 'ArrowLeft':
        return move(0, -1);
      case 'ArrowRight':
        return move(0, 1);
      case 'Tab':
        // Out of the grid: after Esc, past the last column in use, or back from column A. The browser moves focus.
        if (armed || (!e.shiftKey && selectedArea.right >= lastCol) || (e.shiftKey && selection.col === 0)) return;
        return move(0, e.shiftKey ? -1 : 1);
      case 'Escape':
        tabOut.current = true;
        return;
      case 'Home':
        return e.ctrlKey || e.metaKey ? go(0, 0) : go(selection.row, 0);
      case 'End':
        return e.ctrlKey || e.metaKey ? go(Math.max(0, extent.rows - 1), lastCol) : go(selection.row, lastCol);
      case 'PageDown':
        return go(selection.row + pageRows, selection.col);
      case 'PageUp':
        return go(selection.row - pageRows, selection.col);
      case 'F2':
        e.preventDefault();
        return startEditing(selection.row, selection.col);
      case 'Delete':
      case 'Backspace':
        e.preventDefault();
        workbook.editByUser(selection.row, selection.col, '');
        return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key.length === 1) {
      // Typing over a cell replaces its content, as in Excel.
      e.preventDefault();
      startEditing(selection.row, selection.col, e.key);
    } else if (e.key === 'Process') {
      // An input method is composing: open an empty editor for it to type into.
      startEditing(selection.row, selection.col, '');
    }
  };

  // The window of rows and columns to draw.
  const r0 = Math.max(0, indexAt(layout.rowTop, view.top) - OVERSCAN_ROWS);
  const r1 = Math.min(layout.rows - 1, indexAt(layout.rowTop, view.top + view.height) + OVERSCAN_ROWS);
  const c0 = Math.max(0, indexAt(layout.colLeft, view.left) - OVERSCAN_COLS);
  const c1 = Math.min(layout.cols - 1, indexAt(layout.colLeft, view.left + view.width) + OVERSCAN_COLS);

  const colHeads: React.JSX.Element[] = [];
  for (let c = c0; c <= c1; c++) {
    const current = c >= selectedArea.left && c <= selectedArea.right;
    colHeads.push(
      <div key={c} role="columnheader" aria-colindex={c + 1} className={current ? 'col-head current' : 'col-head'} style={{ left: HEAD_W + layout.colLeft[c], width: layout.widths[c] }}>
        {columnLetters(c)}
      </div>,
    );
  }

  const rowsOut: React.JSX.Element[] = [];
  const rowHeads: React.JSX.Element[] = [];
  const drawnMerges = new Set<CellRange>();
  for (let r = r0; r <= r1; r++) {
    const top = layout.rowTop[r];
    const height = layout.rowTop[r + 1] - top;
    const current = r >= selectedArea.top && r <= selectedArea.bottom;
    rowHeads.push(
      <div key={r} className={current ? 'row-head current' : 'row-head'} style={{ top, height }} aria-hidden="true">
        {r + 1}
      </div>,
    );
    const cells: React.JSX.Element[] = [];
    for (let c = c0; c <= c1; c++) {
      const m = sheet.mergeAt(r, c);
      if (m) {
        // A merged area is drawn once, whole, in the first of its rows and columns the window shows.
        if (drawnMerges.has(m) || r !== Math.max(m.top, r0) || c !== Math.max(m.left, c0)) continue;
        drawnMerges.add(m);
        cells.push(cellElement(m.top, m.left, m));
      } else cells.push(cellElement(r, c, undefined));
    }
    rowsOut.push(
      <div key={r} role="row" aria-rowindex={r + 1} className="grid-row">
        {cells}
      </div>,
    );
  }

  function cellElement(r: number, c: number, merge: CellRange | undefined): React.JSX.Element {
    const key = cellKey(r, c);
    const address = cellAddress(r, c);
    const selected = r === selection.row && c === selection.col;
    const cell = sheet.cell(r, c);
    const fill = sheet.fills.get(key);
    const classes = ['cell'];
    if (typeof cell?.value === 'number') classes.push('number');
    if (merge) classes.push('merged');
    if (selected) classes.push('selected');
    if (fill) classes.push('filled');
    if (sheet.bold.has(key)) classes.push('bold');
    if (sheet.borders.has(key)) classes.push('bordered');
    const rect = rectOf(layout, merge ?? { top: r, left: c, bottom: r, right: c });
    return (
      <div
        key={c}
        id={`cell-${address}`}
        role="gridcell"
        data-cell={address}
        data-range={merge ? `${address}:${cellAddress(merge.bottom, merge.right)}` : undefined}
        aria-colindex={c + 1}
        aria-colspan={merge ? merge.right - merge.left + 1 : undefined}
        aria-rowspan={merge ? merge.bottom - merge.top + 1 : undefined}
        aria-selected={selected}
        className={classes.join(' ')}
        style={{ ...rect, ...(fill ? { backgroundColor: fill } : {}) }}
        onMouseDown={(e) => {
          if (editing && editing.row === r && editing.col === c) return;
          e.preventDefault(); // keep focus on the grid, not on the text
          selectHere(r, c);
          focusGrid();
        }}
        onDoubleClick={() => startEditing(r, c)}
      >
        {/* At most three lines show, as in a sheet of fixed-height rows; the formula bar shows all of it. */}
        {cell ? <div className="cell-text">{shown(sheet.text(r, c), CELL_CHARS)}</div> : null}
      </div>
    );
  }

  const editorRect = editing ? rectOf(layout, sheet.mergeAt(editing.row, editing.col) ?? { top: editing.row, left: editing.col, bottom: editing.row, right: editing.col }) : null;
  const width = HEAD_W + layout.colLeft[layout.cols];
  const height = HEAD_H + layout.rowTop[layout.rows];
  const activeRendered = selection.row >= r0 && selection.row <= r1 && selection.col >= c0 && selection.col <= c1;

  return (
    <div className="sheet">
      <div className="formula-bar">
        <output className="name-box" aria-label={p('nameBox', lang)}>
          {selectedAddress}
        </output>
        <output className="cell-content" aria-label={p('content', lang)} title={shown(selectedCell?.formula ?? sheet.text(selection.row, selection.col), CELL_CHARS)}>
          {shown(selectedCell?.formula ?? sheet.text(selection.row, selection.col), BAR_CHARS)}
        </output>
      </div>
      <div
        className="grid-scroll"
        ref={scrollRef}
        tabIndex={0}
        role="grid"
        aria-label={p('grid', lang, { name: sheet.name })}
        aria-rowcount={layout.rows}
        aria-colcount={layout.cols}
        aria-activedescendant={activeRendered && !editing ? `cell-${cellAddress(selectedArea.top, selectedArea.left)}` : undefined}
        onKeyDown={onGridKeyDown}
        onScroll={measure}
      >
        <div className="grid-canvas" style={{ width, height }}>
          <div className="col-heads" role="row" aria-rowindex={0} style={{ width }}>
            <div className="corner" aria-hidden="true" />
            {colHeads}
          </div>
          <div className="row-heads" style={{ height: layout.rowTop[layout.rows] }}>
            {rowHeads}
          </div>
          <div className="cells" role="rowgroup">
            {rowsOut}
            {editing && editorRect && (
              <CellEditor
                key={`${editing.row}:${editing.col}`}
                label={p('editor', lang, { cell: cellAddress(editing.row, editing.col) })}
                initial={editing.initial}
                rect={editorRect}
                onCommit={(draft, d) => commit(draft, d ? step(d.row, d.col) : undefined)}
                onCancel={cancel}
              />
            )}
          </div>
        </div>
      </div>
      <div className="tabs" role="tablist" aria-label={p('sheetTabs', lang)}>
        {workbook.sheets.map((s: PreviewSheet, i) => (
          <button
            key={`${i}:${s.name}`}
            type="button"
            role="tab"
            aria-selected={i === workbook.activeIndex}
            className={i === workbook.activeIndex ? 'tab active' : 'tab'}
            onClick={() => {
              setEditing(null);
              workbook.activate(i);
            }}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}

/**
 * The inline editor, over the cell. Its text lives here, so typing re-renders this input only, not the grid:
 * Enter commits and moves down, Tab right (Shift the other way), Esc gives the old text back; leaving it commits.
 */
function CellEditor({
  label,
  initial,
  rect,
  onCommit,
  onCancel,
}: {
  label: string;
  initial: string;
  rect: { left: number; top: number; width: number; height: number };
  onCommit(draft: string, move?: { row: number; col: number }): void;
  onCancel(): void;
}): React.JSX.Element {
  const [draft, setDraft] = React.useState(initial);
  // Enter, Esc and the blur that follows them must see each other at once.
  const done = React.useRef(false);
  const finish = (action: () => void): void => {
    if (done.current) return;
    done.current = true;
    action();
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      finish(() => onCommit(draft, { row: e.shiftKey ? -1 : 1, col: 0 }));
    } else if (e.key === 'Tab') {
      e.preventDefault();
      finish(() => onCommit(draft, { row: 0, col: e.shiftKey ? -1 : 1 }));
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(onCancel);
    }
  };
  return (
    <input
      className="cell-editor"
      aria-label={label}
      autoFocus
      value={draft}
      style={{ left: rect.left, top: rect.top, width: Math.max(rect.width, 120), height: rect.height }}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(() => onCommit(draft))}
    />
  );
}
