/**
 * The task pane in WPS: the same <App/> as in Excel, on the WPS host. WPS has no Office.onReady: the page starts at
 * once and finds WPS's Application on `window` (WpsHost). Loaded by loader.js only where WPS's embedded browser can
 * run it; tells the loader once it has rendered, or that it could not start.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { pickLang } from '../core/i18n';
import { WpsHost } from '../hosts/wps';
import { App } from '../taskpane/App';
import { paneFailed, Started } from '../taskpane/loader-hooks';

function main(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  container.textContent = '';
  const lang = pickLang(navigator.language);
  document.documentElement.lang = lang;
  // Outside WPS (a plain browser tab) the host's calls fail with a HostError saying so, which the pane shows.
  const host = new WpsHost();
  createRoot(container).render(
    <React.StrictMode>
      <FluentProvider theme={webLightTheme} style={{ minHeight: '100%' }}>
        <App host={host} lang={lang} />
        <Started />
      </FluentProvider>
    </React.StrictMode>,
  );
}

try {
  main();
} catch (error) {
  paneFailed(error);
}
