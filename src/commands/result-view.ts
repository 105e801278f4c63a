/**
 * The 一键校验 result, as the dialog shows it in Excel and in WPS: headline, the first few findings (cell + message)
 * and 打开校验面板. Plain DOM, no React: the dialog must open fast, in Internet Explorer 11 too.
 */
import type { Lang } from '../core/i18n';
import type { Severity } from '../core/model';
import type { DialogPayload } from './payload';

const TEXT: Record<string, Record<Lang, string>> = {
  openPane: { 'zh-CN': '打开校验面板', 'en-US': 'Open Checker' },
  hint: {
    'zh-CN': '请点击“开始”选项卡上的“打开校验面板”，查看全部问题、定位单元格并应用修改建议。',
    'en-US': 'Click Open Checker on the Home tab to see every finding, jump to its cell and apply suggested fixes.',
  },
  close: { 'zh-CN': '关闭', 'en-US': 'Close' },
  more: { 'zh-CN': '还有 {n} 个问题，请在校验面板中查看。', 'en-US': '{n} more in the checker pane.' },
  missing: { 'zh-CN': '没有收到校验结果。', 'en-US': 'No check result was received.' },
};

const SEVERITY: Record<Severity, Record<Lang, string>> = {
  error: { 'zh-CN': '错误', 'en-US': 'Error' },
  warning: { 'zh-CN': '警告', 'en-US': 'Warning' },
  info: { 'zh-CN': '提示', 'en-US': 'Info' },
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

/** What the host can do for the dialog's buttons. */
export interface ResultOptions {
  /**
   * Open the task pane from the dialog (WPS can; Excel without a shared runtime cannot): true when it did, and the
   * dialog may close. Without it, or when it fails, 打开校验面板 shows where the pane's button is.
   */
  openPane?: () => boolean;
  /** That hint, where the pane's button is elsewhere than on Excel's Home tab. */
  hint?: Record<Lang, string>;
}

/** Render the result into `root`. */
export function renderResult(root: HTMLElement, payload: DialogPayload | null, close: () => void, options: ResultOptions = {}): void {
  const lang: Lang = payload?.lang ?? 'zh-CN';
  document.documentElement.lang = lang;
  root.textContent = ''; // (no replaceChildren, append or prepend in Internet Explorer 11: appendChild only)
  root.appendChild(element('h1', payload?.headline ?? TEXT.missing[lang], payload?.kind ?? 'error'));
  if (payload?.findings.length) {
    const list = element('ul');
    for (const f of payload.findings) {
      const item = element('li');
      item.appendChild(element('span', f.cell || '—', 'cell'));
      item.appendChild(element('span', SEVERITY[f.severity][lang], `severity ${f.severity}`));
      item.appendChild(element('span', f.message));
      list.appendChild(item);
    }
    root.appendChild(list);
  }
  if (payload?.more) root.appendChild(element('p', TEXT.more[lang].replace('{n}', String(payload.more)), 'more'));

  const hint = element('p', (options.hint ?? TEXT.hint)[lang], 'hint');
  hint.hidden = true;
  hint.id = 'pane-hint';
  const open = element('button', TEXT.openPane[lang], 'primary');
  open.type = 'button';
  open.setAttribute('aria-controls', hint.id);
  open.addEventListener('click', () => {
    if (options.openPane?.()) return;
    hint.hidden = false;
    hint.tabIndex = -1;
    hint.focus();
  });
  const closeButton = element('button', TEXT.close[lang]);
  closeButton.type = 'button';
  closeButton.addEventListener('click', close);
  const actions = element('div', undefined, 'actions');
  actions.appendChild(open);
  actions.appendChild(closeButton);
  root.appendChild(hint);
  root.appendChild(actions);
}
