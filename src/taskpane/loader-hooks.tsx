/**
 * What the ES5 loaders (src/taskpane/loader.js, src/wps/loader.js) put on `window` for the pane they load: the pane
 * says when it is on screen, or that it could not start, so the loader can show its plain page instead of a blank one.
 */
import * as React from 'react';

interface LoaderHooks {
  ptcheckPaneStarted?: () => void;
  ptcheckPaneFailed?: (error: unknown) => void;
}
const loader = window as unknown as LoaderHooks;

/** Renders nothing; tells the loader the pane is on screen. */
export function Started(): null {
  React.useEffect(() => loader.ptcheckPaneStarted?.(), []);
  return null;
}

/** Tell the loader the pane could not start. */
export function paneFailed(error: unknown): void {
  loader.ptcheckPaneFailed?.(error);
}
