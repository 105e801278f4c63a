/**
 * Preview entry: the task pane against a workbook held in the browser, no Office.js. `?lang=en-US` shows the page
 * and the pane in English; Chinese otherwise. Light or dark as the system is set, following it when it changes.
 */

import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { pickLang, type Lang } from '../core/i18n';
import { PreviewPage } from './PreviewPage';
import { p } from './messages';
import { spawnWorker } from './worker/spawn';

/** True while the system asks for dark pages. */
function useDarkScheme(): boolean {
  const query = React.useMemo(() => (typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null), []);
  return React.useSyncExternalStore(
    (listener) => {
      query?.addEventListener?.('change', listener);
      return () => query?.removeEventListener?.('change', listener);
    },
    () => query?.matches ?? false,
  );
}

/** Browsers refuse workers on a page opened from disk: the reading then runs on the page. */
const spawn = window.location.protocol === 'file:' ? null : spawnWorker;

function Root({ lang }: { lang: Lang }): React.JSX.Element {
  const dark = useDarkScheme();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className="provider">
      <PreviewPage lang={lang} spawnWorker={spawn} />
    </FluentProvider>
  );
}

function main(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('preview.html has no #root element');
  const lang = pickLang(new URLSearchParams(window.location.search).get('lang'));
  document.documentElement.lang = lang;
  document.title = p('pageTitle', lang);
  createRoot(container).render(
    <React.StrictMode>
      <Root lang={lang} />
    </React.StrictMode>,
  );
}

main();
