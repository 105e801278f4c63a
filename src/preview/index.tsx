/**
 * Preview entry: the task pane against a workbook held in the browser, no Office.js. `?lang=en-US` shows the page
 * and the pane in English; Chinese otherwise.
 */

import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { pickLang } from '../core/i18n';
import { PreviewPage } from './PreviewPage';
import { p } from './messages';

function main(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('preview.html has no #root element');
  const lang = pickLang(new URLSearchParams(window.location.search).get('lang'));
  document.documentElement.lang = lang;
  document.title = p('pageTitle', lang);
  createRoot(container).render(
    <React.StrictMode>
      <FluentProvider theme={webLightTheme} className="provider">
        <PreviewPage lang={lang} />
      </FluentProvider>
    </React.StrictMode>,
  );
}

main();
