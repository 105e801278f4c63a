/** What every browser test of the preview does first: the build, a server for dist/, Chromium, a fresh page. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, requireChromium } from './browser';
import { DIST, ensureWebBuild } from './dist';
import { serveDirectory, type StaticServer } from './server';

/** Retry `assertion` until it passes or `timeout` ms have gone by (the page updates asynchronously). */
export async function eventually(assertion: () => Promise<void>, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
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
  options: { watchLongTasks?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN', deviceScaleFactor: 1, colorScheme: options.colorScheme ?? 'light' });
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
