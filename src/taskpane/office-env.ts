/** The task pane's only contact with Office.js at start-up: wait for Office, then read language and theme. */

import { pickLang, type Lang } from '../core/i18n';

/** What the pane needs to know about its host before it renders. */
export interface HostEnvironment {
  /** Office host (`Excel`), or null outside Office (a plain browser tab, the preview page). */
  host: Office.HostType | null;
  /** en-US when Office's display language is English, zh-CN otherwise (and outside Office). */
  lang: Lang;
  dark: boolean;
}

/** Resolve once Office.js is ready; also resolves (host null) when office.js did not load at all, e.g. CDN blocked. */
export async function whenOfficeReady(): Promise<HostEnvironment> {
  if (typeof Office === 'undefined') return { host: null, lang: pickLang(null), dark: false };
  const info = await Office.onReady();
  return { host: info.host ?? null, ...readLanguageAndTheme() };
}

function readLanguageAndTheme(): Pick<HostEnvironment, 'lang' | 'dark'> {
  // Office.context is partial outside Office and officeTheme is missing on some hosts: read defensively.
  try {
    const context: Partial<Office.Context> = Office.context ?? {};
    return { lang: pickLang(context.displayLanguage), dark: context.officeTheme?.isDarkTheme === true };
  } catch {
    return { lang: pickLang(null), dark: false };
  }
}
