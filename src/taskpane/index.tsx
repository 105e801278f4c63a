/** Task pane entry: wait for Office, then mount <App/> in Fluent UI with Office's language and theme, on Excel. */

import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { ExcelHost } from '../hosts/excel';
import { App } from './App';
import { whenOfficeReady } from './office-env';

async function main(): Promise<void> {
  const env = await whenOfficeReady();
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  document.documentElement.lang = env.lang;
  // Outside Excel (office.js blocked, a plain tab) the host's calls fail with HostError, which the pane shows.
  const host = new ExcelHost();
  createRoot(container).render(
    <React.StrictMode>
      <FluentProvider theme={env.dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100%' }}>
        <App host={host} lang={env.lang} />
      </FluentProvider>
    </React.StrictMode>,
  );
}

void main();
