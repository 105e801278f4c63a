/** The checker's settings in WPS: JSON under one key of the workbook's hidden store sheet (store.ts). */
import { sanitizeSettings, type WorkbookSettings } from '../../core/settings';
import type { WpsApplication } from './api';
import { readStored, writeStored } from './store';

export const SETTINGS_KEY = 'settings';

/** The stored settings; anything missing or malformed reads as no settings. */
export function loadSettings(app: WpsApplication): WorkbookSettings {
  const text = readStored(app, SETTINGS_KEY);
  let raw: unknown = null;
  try {
    raw = text ? JSON.parse(text) : null;
  } catch {
    raw = null;
  }
  return sanitizeSettings(raw);
}

/** Store `settings`, replacing what was stored. */
export function saveSettings(app: WpsApplication, settings: WorkbookSettings): void {
  writeStored(app, SETTINGS_KEY, JSON.stringify(settings));
}
