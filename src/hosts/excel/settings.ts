/** The checker's per-workbook settings, as JSON under one key of the workbook's settings (ExcelApi 1.4; they travel with the file). */
import { sanitizeSettings, type WorkbookSettings } from '../../core/settings';
import type { ExcelRun } from './api';
import { toHostError } from './errors';

export const SETTINGS_KEY = 'ptcheck.settings';

/** The stored settings; anything missing or malformed reads as no settings. One sync. */
export async function loadSettings(run: ExcelRun): Promise<WorkbookSettings> {
  try {
    return await run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      item.load('value');
      await context.sync();
      return sanitizeSettings(item.isNullObject ? null : parseJson(item.value));
    });
  } catch (error) {
    throw toHostError(error, { apiSet: '1.4' });
  }
}

/** Store `settings` (replacing what was stored). One sync. */
export async function saveSettings(run: ExcelRun, settings: WorkbookSettings): Promise<void> {
  try {
    await run(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
      await context.sync();
    });
  } catch (error) {
    throw toHostError(error, { apiSet: '1.4' });
  }
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value; // an object stored by an older build
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}
