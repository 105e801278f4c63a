/**
 * The WPS add-in's entry page script (index.html, loaded by WPS when it starts): the ribbon's callbacks as the global
 * object `ribbon` that ribbon.xml names (`ribbon.OnAction`…). 一键校验 reads and checks the active sheet and shows
 * the result dialog, as in Excel; 打开校验窗格 shows the task pane. Built as ES5 (the legacy layer), so it runs in
 * every WPS that runs add-ins, whatever its embedded browser.
 */
import { pickLang, type Lang } from '../core/i18n';
import { checkSheet } from '../core/outcome';
import { dialogUrl, type DialogPayload } from '../commands/payload';
import { errorPayload, payloadOf } from '../commands/summary';
import { findWpsApplication, type WpsApplication } from '../hosts/wps/api';
import { toHostError, wpsError } from '../hosts/wps/errors';
import { readActiveSheet } from '../hosts/wps/read';
import { loadSettings } from '../hosts/wps/settings';
import { openPane, siblingUrl } from './pane';

/** The ribbon's buttons (ids in ribbon.xml). */
export const BUTTONS = { validate: 'ptcheckValidate', openPane: 'ptcheckOpenPane' } as const;

/** The result dialog's size in CSS pixels (WPS takes device pixels). */
const DIALOG = { width: 480, height: 440 };

const TITLE: Record<Lang, string> = { 'zh-CN': '绩效目标表校验', 'en-US': 'Performance target check' };

/** WPS's language (its embedded browser follows it). */
function uiLang(): Lang {
  return pickLang(typeof navigator === 'undefined' ? null : navigator.language);
}

/** Read the active sheet, check it under the workbook's settings, and summarise; a failure becomes the summary. */
export function checkActiveSheet(app: WpsApplication | null, lang: Lang): DialogPayload {
  try {
    if (!app) throw wpsError('not-connected');
    const settings = loadSettings(app);
    const snapshot = readActiveSheet(app).snapshot;
    return payloadOf(checkSheet(snapshot, settings), lang);
  } catch (error) {
    return errorPayload(toHostError(error), lang);
  }
}

/** 一键校验: check, then show the result in WPS's dialog (dialog.html next to this page). */
export function validate(app: WpsApplication | null, href: string): void {
  const lang = uiLang();
  const payload = checkActiveSheet(app, lang);
  if (!app) return;
  const ratio = (typeof window !== 'undefined' && window.devicePixelRatio) || 1;
  app.ShowDialog(dialogUrl(siblingUrl(href, 'dialog.html'), payload), TITLE[lang], DIALOG.width * ratio, DIALOG.height * ratio, false);
}

/** A ribbon control as WPS hands it to the callbacks. */
interface RibbonControl {
  Id?: string;
  id?: string;
}

const idOf = (control: RibbonControl | null | undefined) => (control && (control.Id || control.id)) || '';

function here(): string {
  return typeof location === 'undefined' ? '' : location.href;
}

/** The callbacks ribbon.xml names. */
export const ribbon = {
  /** `<customUI onLoad>`: WPS hands over the ribbon. */
  OnAddinLoad(ribbonUI: unknown): boolean {
    const app = findWpsApplication() as (WpsApplication & { ribbonUI?: unknown }) | null;
    if (app && typeof app.ribbonUI !== 'object') app.ribbonUI = ribbonUI;
    return true;
  },

  /** A button was clicked. */
  OnAction(control: RibbonControl): boolean {
    const app = findWpsApplication();
    const id = idOf(control);
    try {
      if (id === BUTTONS.validate) validate(app, here());
      else if (id === BUTTONS.openPane && app) openPane(app, here());
    } catch {
      // nothing left to tell the user with (WPS refused the dialog or the pane): WPS gets control back
    }
    return true;
  },

  /** A button's picture, relative to the add-in's folder. */
  GetImage(control: RibbonControl): string {
    return idOf(control) === BUTTONS.openPane ? 'images/pane.png' : 'images/check.png';
  },
};

// WPS looks the callbacks up on the entry page's global object.
if (typeof window !== 'undefined') (window as unknown as { ribbon: typeof ribbon }).ribbon = ribbon;
