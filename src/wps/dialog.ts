/**
 * The 一键校验 result dialog in WPS: the same page as in Excel (result-view.ts), whose 打开校验面板 opens the task
 * pane itself (WPS lets a dialog do that) and closes the dialog. ES5 (the legacy layer).
 */
import type { Lang } from '../core/i18n';
import { readPayload } from '../commands/payload';
import { renderResult } from '../commands/result-view';
import { findWpsApplication } from '../hosts/wps/api';
import { openPane } from './pane';

/** Where the pane's button is in WPS, should opening it from here fail. */
export const WPS_HINT: Record<Lang, string> = {
  'zh-CN': '请点击“绩效校验”选项卡上的“打开校验窗格”，查看全部问题、定位单元格并应用修改建议。',
  'en-US': 'Click 打开校验窗格 (Open Checker) on the 绩效校验 tab to see every finding, jump to its cell and apply suggested fixes.',
};

function main(): void {
  const root = document.getElementById('root');
  if (!root) return;
  renderResult(root, readPayload(location.search), () => window.close(), {
    hint: WPS_HINT,
    openPane: () => {
      const app = findWpsApplication();
      if (!app) return false;
      try {
        openPane(app, location.href);
      } catch {
        return false;
      }
      window.close();
      return true;
    },
  });
}

if (typeof document !== 'undefined') main();
