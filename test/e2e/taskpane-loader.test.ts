/**
 * taskpane.html as built, in Chromium, with office.js answered by a stand-in (the CDN is out of reach here): the
 * loader runs the pane where the web view can, and shows its plain page where it cannot (simulated by taking away
 * what the old Edge web view lacks) or when the pane's file does not arrive. No Content-Security-Policy violation.
 * Screenshots in test-artifacts/.
 */
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactsDir, describeInBrowser } from './support/browser';
import { eventually, usePreviewServer } from './support/session';
import type { StaticServer } from './support/server';

/** office.js as Office answers: ready, with a display language; in Excel (host 'Excel') or in a plain tab (host null). */
const officeStandIn = (lang: string, host: string | null) => `
  window.Office = {
    context: { displayLanguage: ${JSON.stringify(lang)}, officeTheme: { isDarkTheme: false }, requirements: { isSetSupported: function () { return false; } } },
    onReady: function (cb) { var info = { host: ${JSON.stringify(host)}, platform: null }; if (cb) cb(info); return Promise.resolve(info); },
    HostType: { Excel: 'Excel' }
  };`;

describeInBrowser('the task pane loader in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;

  usePreviewServer((s) => ({ server, browser } = s));

  async function open(options: { lang?: string; before?: string; paneMissing?: boolean; host?: string | null } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[]; violations: string[]; outside: string[] }> {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    const violations: string[] = [];
    const outside: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => void (/Content Security Policy/.test(m.text()) && violations.push(m.text())));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('https://appsforoffice.microsoft.com/')) {
        outside.push(url);
        return route.fulfill({ contentType: 'text/javascript', body: officeStandIn(options.lang ?? 'zh-CN', options.host === undefined ? 'Excel' : options.host) });
      }
      if (options.paneMissing && /\/taskpane\.[0-9a-f]+\.js$/.test(url)) return route.fulfill({ status: 404, body: 'gone' });
      return route.continue();
    });
    if (options.before) await page.addInitScript(options.before);
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.log(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${server.url}/taskpane.html`);
    return { context, page, errors, violations, outside };
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifactsDir(), name), fullPage: true });

  test('a web view that can run it: the pane itself, in Office’s language, and only office.js from outside', async () => {
    const { context, page, errors, violations, outside } = await open();
    await eventually(async () => expect(await page.getByRole('button', { name: '校验', exact: true }).count()).toBe(1));
    expect(await page.locator('.fallback').count()).toBe(0);
    await shot(page, 'taskpane-chromium.png');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    expect(outside).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    await context.close();
  });

  test('opened in a plain browser tab (no Excel behind it): a calm page pointing to Excel and to the preview, no error', async () => {
    const { context, page, errors, violations } = await open({ host: null });
    const calm = page.getByTestId('outside-office');
    await calm.waitFor();
    expect(await calm.innerText()).toContain('请在 Excel 中打开它');
    expect(await calm.getByRole('link', { name: '打开浏览器预览' }).getAttribute('href')).toBe('preview.html');
    expect(await page.getByRole('button', { name: '校验', exact: true }).count()).toBe(0);
    expect(await page.locator('.fallback, [role="alert"]').count()).toBe(0);
    await shot(page, 'taskpane-outside-office.png');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });

  test('the old Edge web view (no ResizeObserver): the plain page, saying which Office is needed and that 一键校验 works', async () => {
    const { context, page, errors, violations } = await open({ before: 'delete window.ResizeObserver;' });
    await eventually(async () => expect(await page.locator('.fallback h1').textContent()).toBe('这个 Office 版本无法显示校验面板'));
    const text = await page.locator('.fallback').textContent();
    expect(text).toContain('Microsoft 365 或 Office 2021 及更新版本');
    expect(text).toContain('“一键校验”按钮');
    await shot(page, 'taskpane-unsupported-zh.png');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });

  test('the same in English where Office is English (en-GB)', async () => {
    const { context, page } = await open({ before: 'delete window.ResizeObserver;', lang: 'en-GB' });
    await eventually(async () => expect(await page.locator('.fallback h1').textContent()).toBe('This version of Office cannot show the checker pane'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en-US');
    await shot(page, 'taskpane-unsupported-en.png');
    await context.close();
  });

  test('the pane’s file does not arrive: says so, and what to do', async () => {
    const { context, page } = await open({ paneMissing: true });
    await eventually(async () => expect(await page.locator('.fallback h1').textContent()).toBe('校验面板的文件没有加载成功'));
    await shot(page, 'taskpane-load-failed.png');
    await context.close();
  });
});
