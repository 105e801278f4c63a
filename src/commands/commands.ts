/**
 * Ribbon commands (ExecuteFunction buttons in manifest.xml), run from commands.html. Built as ES5 with polyfills
 * (webpack.config.js, legacy layer): 一键校验 must work in Office 2016/2019's Internet Explorer 11 web view, where
 * the task pane cannot run. Keep its imports to reading and checking.
 */

import { pickLang, type Lang } from '../core/i18n';
import { checkSheet } from '../core/outcome';
import type { Host } from '../hosts/host';
import { ExcelReader } from '../hosts/excel/reader';
import { dialogUrl, type DialogPayload } from './payload';
import { errorPayload, payloadOf } from './summary';

/**
 * How long the command waits for the user to close its result dialog. Completing the event earlier would let
 * Office unload this page and take the dialog with it; Office itself gives a command about five minutes.
 */
const DIALOG_WAIT_MS = 4 * 60_000;

/** 一键校验: check the active sheet and show the result in a small dialog, without the task pane. */
export async function validateSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const lang = officeLang();
    await showResult(await checkActiveSheet(new ExcelReader(), lang));
  } catch {
    // Nothing left to show the user with (the dialog itself failed): Excel gets control back below.
  } finally {
    // Always: without completed() Excel keeps the button busy until it times out.
    event.completed();
  }
}

/** Read the active sheet, check it under the workbook's settings, and summarise; a failure becomes the summary. */
export async function checkActiveSheet(host: Pick<Host, 'readActiveSheet' | 'loadSettings'>, lang: Lang): Promise<DialogPayload> {
  try {
    const settings = await host.loadSettings();
    const { snapshot } = await host.readActiveSheet();
    return payloadOf(checkSheet(snapshot, settings), lang);
  } catch (error) {
    return errorPayload(error, lang);
  }
}

/**
 * Show `payload` in dialog.html and resolve when the user closes it (or after `waitMs`). Where dialogs are not
 * available (DialogApi 1.1) nothing is shown and this resolves at once.
 */
export function showResult(payload: DialogPayload, waitMs = DIALOG_WAIT_MS): Promise<void> {
  const ui = dialogUi();
  if (!ui) return Promise.resolve();
  return new Promise<void>((resolve) => {
    let dialog: Office.Dialog | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      try {
        dialog?.close();
      } catch {
        // already closed by the user
      }
      dialog = null;
      resolve();
    };
    try {
      ui.displayDialogAsync(dialogUrl(dialogPage(), payload), { height: 45, width: 32, displayInIframe: true }, (result) => {
        if (String(result.status) !== 'succeeded') return resolve(); // e.g. 12007: another dialog is open
        dialog = result.value;
        dialog.addEventHandler(eventType('DialogMessageReceived'), finish); // the dialog's 关闭 button
        dialog.addEventHandler(eventType('DialogEventReceived'), finish); // closed with ×, or navigated away
        timer = setTimeout(finish, waitMs);
      });
    } catch {
      resolve();
    }
  });
}

/** Office's dialog UI where DialogApi 1.1 is available, else null. */
function dialogUi(): Office.UI | null {
  try {
    if (typeof Office === 'undefined') return null;
    const context = Office.context;
    if (!context?.ui || typeof context.ui.displayDialogAsync !== 'function') return null;
    return context.requirements?.isSetSupported('DialogApi', '1.1') ? context.ui : null;
  } catch {
    return null;
  }
}

/** Office.EventType.X (its string value where a test or old office.js lacks the enum). */
function eventType(name: 'DialogMessageReceived' | 'DialogEventReceived'): Office.EventType {
  return Office.EventType?.[name] ?? ((name[0].toLowerCase() + name.slice(1)) as unknown as Office.EventType);
}

/** dialog.html next to this page (dialogs need an absolute https URL on the add-in's own domain). */
function dialogPage(): string {
  return typeof location === 'undefined' ? 'dialog.html' : siblingUrl(location.href, 'dialog.html');
}

/** `page` in the folder of `href` (no URL(): Internet Explorer 11 has none). */
export function siblingUrl(href: string, page: string): string {
  const path = href.replace(/[?#].*$/, '');
  return path.slice(0, path.lastIndexOf('/') + 1) + page;
}

function officeLang(): Lang {
  try {
    return pickLang(typeof Office === 'undefined' ? null : Office.context?.displayLanguage);
  } catch {
    return pickLang(null);
  }
}

/** Register the command functions by the names the manifest uses. */
export function registerCommands(): void {
  if (typeof Office === 'undefined') return; // office.js failed to load: nothing can call us anyway
  // Older clients only treat the function file as loaded once it has initialised Office.
  void Office.onReady();
  if (Office.actions?.associate) Office.actions.associate('validateSheet', validateSheet);
  // Office 2016/2019 without Office.actions look the FunctionName up on the global object.
  (globalThis as Record<string, unknown>).validateSheet = validateSheet;
}

registerCommands();
