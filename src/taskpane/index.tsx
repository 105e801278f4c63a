/** Task pane entry: wait for Office, then mount <App/> in Fluent UI with Office's language and theme. */

import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { whenOfficeReady } from './office-env';

async function main(): Promise<void> {
  const env = await whenOfficeReady();
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  document.documentElement.lang = env.lang;
  createRoot(container).render(
    <React.StrictMode>
      <FluentProvider theme={env.dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100%' }}>
        <App lang={env.lang} />
      </FluentProvider>
    </React.StrictMode>,
  );
}

void main();
