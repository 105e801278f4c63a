/** What every browser test of the preview does first: the build, a server for dist/, Chromium, a fresh page. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, requireChromium } from './browser';
import { DIST, ensureWebBuild } from './dist';
import { serveDirectory, type StaticServer } from './server';

/** Retry `assertion` every 25 ms until it passes or `timeout` ms have gone by (the page updates asynchronously). */
export async function eventually(assertion: () => Promise<void>, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** Build dist/ if stale, serve it, start Chromium. Under CI without a browser this fails first, before the build. */
export async function startPreview(): Promise<{ server: StaticServer; browser: Browser }> {
  const started = Date.now();
  requireChromium();
  console.log(`e2e: ${ensureWebBuild()}`);
  const server = await serveDirectory(DIST);
  const browser = await launchChromium();
  console.log(`e2e: dist/ ready, server and Chromium up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { server, browser };
}

/**
 * A fresh zh-CN page on preview.html at the pane's desktop size, collecting uncaught page errors into `errors`.
 * `watchLongTasks`: the page records its longest task (the browser's long-task entries, 50 ms and up), which
 * `window.__takeLongest()` returns and resets.
 */
export async function openPreviewPage(
  browser: Browser,
  server: StaticServer,
  errors: string[],
  options: { watchLongTasks?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN', deviceScaleFactor: 1, colorScheme: 'light' });
  if (options.watchLongTasks) {
    await context.addInitScript(() => {
      const w = window as unknown as { __longest: number; __takeLongest(): number };
      w.__longest = 0;
      w.__takeLongest = () => {
        const n = w.__longest;
        w.__longest = 0;
        return n;
      };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
  }
  const page = await context.newPage();
  errors.length = 0;
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
  return { context, page };
}

/** The parts of a browser suite on the preview page. */
export interface PreviewSuite {
  server: StaticServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * A browser suite's server and Chromium: started once before its tests, closed after them. `use` is given them once
 * they are up (the test file keeps them in its own variables).
 */
export function usePreviewServer(use: (s: { server: StaticServer; browser: Browser }) => void): void {
  let started: { server: StaticServer; browser: Browser } | undefined;
  beforeAll(async () => {
    started = await startPreview();
    use(started);
  }, 10 * 60_000);
  afterAll(async () => {
    await started?.browser.close();
    await started?.server.close();
  });
}

/**
 * A suite on the preview page: the server and Chromium once, a fresh page per test with the sample open, and no
 * error on the page left unsaid (checked after each test). Returns the page's errors so far.
 */
export function usePreviewPages(use: (s: PreviewSuite) => void, options: Parameters<typeof openPreviewPage>[3] = {}): string[] {
  const pageErrors: string[] = [];
  let up: { server: StaticServer; browser: Browser } | undefined;
  let context: BrowserContext | undefined;
  usePreviewServer((s) => (up = s));
  beforeEach(async () => {
    const opened = await openPreviewPage(up!.browser, up!.server, pageErrors, options);
    context = opened.context;
    use({ ...up!, ...opened });
    await opened.page.locator('[data-cell="A1"]', { hasText: '绩效目标' }).waitFor(); // the sample is open
  });
  afterEach(async () => {
    await context?.close();
    expect(pageErrors).toEqual([]);
  });
  return pageErrors;
}
