/**
 * Task pane entry: wait for Office, then mount <App/> in Fluent UI with Office's language and theme, on Excel.
 * Loaded by the ES5 loader (loader.js) only where the web view can run it; tells the loader once it has rendered,
 * or that it could not start, so the loader can show its plain page instead of a blank pane.
 */

import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { ExcelHost } from '../hosts/excel';
import { App } from './App';
import { whenOfficeReady } from './office-env';
import { OutsideOffice } from './components/OutsideOffice';
import { paneFailed, Started } from './loader-hooks';

async function main(): Promise<void> {
  const env = await whenOfficeReady();
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  container.textContent = ''; // the <noscript> text
  document.documentElement.lang = env.lang;
  // Outside Excel (a plain browser tab, office.js blocked) there is nothing to check: a calm page, not the pane's errors.
  const inExcel = env.host !== null && env.host === Office.HostType.Excel;
  createRoot(container).render(
    <React.StrictMode>
      <FluentProvider theme={env.dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100%' }}>
        {inExcel ? <App host={new ExcelHost()} lang={env.lang} /> : <OutsideOffice lang={env.lang} />}
        <Started />
      </FluentProvider>
    </React.StrictMode>,
  );
}

main().catch(paneFailed);
