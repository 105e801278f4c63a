/**
 * Opening the checker's task pane in WPS: one pane per WPS session, found again by the ID kept in PluginStorage
 * (shared by every page of the add-in), docked on the right. Used by the ribbon's 打开校验窗格 and by the result
 * dialog's 打开校验面板. ES5-safe: it runs in the entry page and the dialog.
 */
import { XL, type WpsApplication } from '../hosts/wps/api';

export const PANE_KEY = 'ptcheck.taskpane';

/** `page` in the folder of `href` (no URL(): old embedded browsers). */
export function siblingUrl(href: string, page: string): string {
  const path = href.replace(/[?#].*$/, '');
  return path.slice(0, path.lastIndexOf('/') + 1) + page;
}

/** Show the task pane (made on first use from taskpane.html next to `href`). */
export function openPane(app: WpsApplication, href: string): void {
  const storage = app.PluginStorage;
  const id = storage.getItem(PANE_KEY);
  let pane = id !== undefined && id !== null && id !== '' ? app.GetTaskPane(id as string | number) : null;
  if (!pane) {
    pane = app.CreateTaskPane(siblingUrl(href, 'taskpane.html'));
    storage.setItem(PANE_KEY, pane.ID);
    try {
      pane.DockPosition = XL.dockRight;
    } catch {
      // WPS docks it where it likes
    }
  }
  pane.Visible = true;
}
