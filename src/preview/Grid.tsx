/**
 * A plain spreadsheet view of the active sheet: column letters, row numbers, merged cells, fills, the selected cell,
 * an inline editor (double-click, F2 or just typing; Enter to commit), sheet tabs. Each cell is
 * `<td data-cell="D27">`; the selected one has aria-selected="true"; a fill is the cell's inline background.
 */
import * as React from 'react';
import { cellAddress, columnLetters } from '../core/address';
import type { Lang } from '../core/i18n';
import { cellKey, type PreviewWorkbook } from './workbook';
import { gridLayout } from './layout';
import { p } from './messages';

interface Editing {
  row: number;
  col: number;
  draft: string;
}

export interface GridProps {
  workbook: PreviewWorkbook;
  lang: Lang;
}

export function Grid({ workbook, lang }: GridProps): React.JSX.Element {
  const version = React.useSyncExternalStore(workbook.subscribe, workbook.getVersion);
  const sheet = workbook.activeSheet;
  const selection = workbook.selection();
  const [editing, setEditingState] = React.useState<Editing | null>(null);
  // The editor's state also lives in a ref: Enter, Esc and the blur that follows them must see each other at once.
  const editingRef = React.useRef<Editing | null>(null);
  const setEditing = React.useCallback((next: Editing | null): void => {
    editingRef.current = next;
    setEditingState(next);
  }, []);
  const scrollRef = React.useRef<HTMLDivElement>(null);
  // The layout depends on the sheet's content, which `version` stands for.
  const layout = React.useMemo(() => gridLayout(sheet), [sheet, version]);

  const selectedAddress = cellAddress(selection.row, selection.col);
  const selectedCell = sheet.cell(selection.row, selection.col);

  // Keep the selected cell in view: just in view after a click or an arrow key, in the middle when the pane
  // selected it (the user is looking for it, so show what lies around it too).
  const movedHere = React.useRef(false);
  React.useEffect(() => {
    const td = scrollRef.current?.querySelector(`td[data-cell="${selectedAddress}"]`);
    const block = movedHere.current ? 'nearest' : 'center';
    movedHere.current = false;
    td?.scrollIntoView({ block, inline: 'nearest' });
  }, [selectedAddress, sheet]);
  const selectHere = (row: number, col: number): void => {
    const at = sheet.anchor(row, col);
    movedHere.current = at.row !== selection.row || at.col !== selection.col;
    workbook.select(row, col);
  };

  // A sheet switch or the host writing elsewhere leaves a stale editor behind: drop it when its sheet changes.
  React.useEffect(() => setEditing(null), [sheet, setEditing]);

  const focusGrid = (): void => scrollRef.current?.focus({ preventScroll: true });

  const commit = (next?: { row: number; col: number }): void => {
    const open = editingRef.current;
    if (!open) return;
    setEditing(null);
    workbook.editByUser(open.row, open.col, open.draft);
    if (next) selectHere(next.row, next.col);
    focusGrid();
  };

  const cancel = (): void => {
    setEditing(null);
    focusGrid();
  };

  const startEditing = (row: number, col: number, draft?: string): void => {
    setEditing({ row, col, draft: draft ?? sheet.text(row, col) });
  };

  // Moving out of a merged area steps from its edge, as Excel does.
  const step = (dRow: number, dCol: number): { row: number; col: number } => {
    const m = sheet.mergeAt(selection.row, selection.col);
    const bottom = m ? m.bottom : selection.row;
    const right = m ? m.right : selection.col;
    const row = dRow > 0 ? bottom + dRow : selection.row + dRow;
    const col = dCol > 0 ? right + dCol : selection.col + dCol;
    return { row: Math.min(Math.max(row, 0), layout.rows - 1), col: Math.min(Math.max(col, 0), layout.cols - 1) };
  };

  const onGridKeyDown = (e: React.KeyboardEvent): void => {
    if (editing || e.target !== scrollRef.current) return;
    const move = (dRow: number, dCol: number): void => {
      e.preventDefault();
      const to = step(dRow, dCol);
      selectHere(to.row, to.col);
    };
    switch (e.key) {
      case 'ArrowUp':
        return move(-1, 0);
      case 'ArrowDown':
      case 'Enter':
        return move(1, 0);
      case 'ArrowLeft':
        return move(0, -1);
      case 'ArrowRight':
        return move(0, 1);
      case 'Tab':
        return move(0, e.shiftKey ? -1 : 1);
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

  const onEditorKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(editing ? step(1, 0) : undefined);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      commit(editing ? step(0, e.shiftKey ? -1 : 1) : undefined);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      cancel();
    }
  };

  const header: React.JSX.Element[] = [];
  for (let c = 0; c < layout.cols; c++) {
    header.push(
      <th key={c} scope="col" className={c === selection.col ? 'col-head current' : 'col-head'}>
        {columnLetters(c)}
      </th>,
    );
  }

  const body: React.JSX.Element[] = [];
  for (let r = 0; r < layout.rows; r++) {
    const cells: React.JSX.Element[] = [];
    for (let c = 0; c < layout.cols; c++) {
      const key = cellKey(r, c);
      if (layout.covered.has(key)) continue;
      const merge = layout.anchors.get(key);
      const address = cellAddress(r, c);
      const selected = r === selection.row && c === selection.col;
      const cell = sheet.cell(r, c);
      const fill = sheet.fills.get(key);
      const isEditing = editing !== null && editing.row === r && editing.col === c;
      const classes = ['cell'];
      if (typeof cell?.value === 'number') classes.push('number');
      if (merge) classes.push('merged');
      if (selected) classes.push('selected');
      cells.push(
        <td
          key={c}
          data-cell={address}
          aria-selected={selected}
          rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
          colSpan={merge ? merge.right - merge.left + 1 : undefined}
          className={classes.join(' ')}
          style={cellStyle(fill, sheet.bold.has(key), sheet.borders.has(key))}
          onMouseDown={(e) => {
            if (isEditing) return;
            if (editing) commit();
            e.preventDefault(); // keep focus on the grid, not on the text
            selectHere(r, c);
            focusGrid();
          }}
          onDoubleClick={() => startEditing(r, c)}
        >
          {isEditing ? (
            <input
              className="cell-editor"
              aria-label={p('editor', lang, { cell: address })}
              autoFocus
              value={editing.draft}
              onChange={(e) => setEditing({ ...editing, draft: e.target.value })}
              onKeyDown={onEditorKeyDown}
              onBlur={() => commit()}
            />
          ) : cell ? (
            // At most three lines show, as in a sheet of fixed-height rows; the formula bar shows all of it.
            <div className="cell-text">{sheet.text(r, c)}</div>
          ) : null}
        </td>,
      );
    }
    body.push(
      <tr key={r}>
        <th scope="row" className={r === selection.row ? 'row-head current' : 'row-head'}>
          {r + 1}
        </th>
        {cells}
      </tr>,
    );
  }

  return (
    <div className="sheet">
      <div className="formula-bar">
        <output className="name-box" aria-label={p('nameBox', lang)}>
          {selectedAddress}
        </output>
        <output className="cell-content" aria-label={p('content', lang)}>
          {selectedCell?.formula ?? sheet.text(selection.row, selection.col)}
        </output>
      </div>
      {layout.truncated && <p className="truncated">{p('truncated', lang, { rows: layout.rows, cols: layout.cols })}</p>}
      <div
        className="grid-scroll"
        ref={scrollRef}
        tabIndex={0}
        onKeyDown={onGridKeyDown}
        aria-label={p('grid', lang, { name: sheet.name })}
      >
        <table className="grid" role="grid" aria-label={p('grid', lang, { name: sheet.name })}>
          <colgroup>
            <col className="row-head-col" />
            {layout.widths.map((w, c) => (
              <col key={c} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className="corner" aria-hidden="true" />
              {header}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
      <div className="tabs" role="tablist" aria-label={p('sheetTabs', lang)}>
        {workbook.sheets.map((s, i) => (
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

/** A cell's own looks: its fill, bold text, thin borders (a blank table's); undefined when it has none. */
function cellStyle(fill: string | undefined, bold: boolean, border: boolean): React.CSSProperties | undefined {
  if (!fill && !bold && !border) return undefined;
  return {
    ...(fill ? { backgroundColor: fill } : {}),
    ...(bold ? { fontWeight: 'bold' } : {}),
    ...(border ? { border: '1px solid #000' } : {}),
  };
}
