/**
 * The 一键校验 result dialog in Excel (result-view.ts draws it). Without a shared runtime (not available at ExcelApi
 * 1.7) a dialog cannot open the task pane, so 打开校验面板 tells the user where the pane's button is.
 */
import { readPayload } from './payload';
import { renderResult } from './result-view';

export { renderResult } from './result-view';

function main(): void {
  const root = document.getElementById('root');
  if (!root) return;
  // Render at once; Office is only needed to tell the command that the user closed the dialog.
  renderResult(root, readPayload(location.search), () => {
    try {
      Office.context.ui.messageParent('close');
    } catch {
      window.close(); // opened outside Office
    }
  });
  if (typeof Office !== 'undefined') void Office.onReady();
}

if (typeof document !== 'undefined') main();
