/**
 * The WPS add-in as built (dist/wps) in Debian's Chromium, with the fake WPS object model (test/hosts/wps/fake-wps.ts,
 * bundled into the page before its scripts run) as `window.Application`, holding the seed table: what a person does
 * in WPS — 校验 in the task pane, click a finding (the cell is selected in WPS), 修正, 模板 插入 and 撤销插入; the
 * ribbon's callbacks from ribbon.xml resolved to real functions on the entry page, 一键校验's dialog, 打开校验窗格;
 * the pane outside WPS, and in a WPS whose browser is too old. Screenshots go to test-artifacts/wps-*.png.
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { readWorkbookBytes } from '../../src/io';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { artifactsDir, describeInBrowser } from './support/browser';
import { bundleForBrowser } from './support/bundle';
import { DIST } from './support/dist';
import type { StaticServer } from './support/server';
import { eventually, usePreviewServer } from './support/session';

const SEED = path.join(__dirname, '..', 'fixtures', 'samples', 'seed-shanghai-2020.xlsx');
const FAKE = path.join(__dirname, '..', 'hosts', 'wps', 'fake-wps.ts');

jest.setTimeout(60_000);

/** What the page's `window.__wps` (the fake WPS) answers, as plain data. */
interface FakeView {
  selected: { sheet: string; address: string };
  value: unknown;
  dialogs: { url: string; title: string }[];
  panes: { url: string; Visible: boolean }[];
  log: string[];
}

describeInBrowser('the WPS add-in (dist/wps) in Chromium with a fake WPS', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const shots = artifactsDir();
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  let fakeScript = '';
  const seed: SheetSnapshot[] = readWorkbookBytes(new Uint8Array(readFileSync(SEED)), 'seed.xlsx').sheets;

  usePreviewServer((s) => ({ server, browser } = s));
  beforeAll(() => {
    fakeScript = bundleForBrowser(FAKE, '__fakeWpsModule');
  });

  /** A zh-CN context where every page gets its own fake WPS holding `sheets` (none: a plain browser, no WPS). */
  async function open(url: string, sheets: SheetSnapshot[] | null, extra = ''): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 420, height: 860 }, locale: 'zh-CN', deviceScaleFactor: 1 });
    if (sheets) {
      const setup = `window.__wps = window.__fakeWpsModule.fakeWpsFromSnapshots(${JSON.stringify(sheets)}); window.Application = window.__wps.application;`;
      await context.addInitScript({ content: `${fakeScript}\n${setup}\n${extra}` });
    } else if (extra) await context.addInitScript({ content: extra });
    const p = await context.newPage();
    watch(p);
    await p.goto(`${server.url}/wps/${url}`);
    return p;
  }

  function watch(p: Page): void {
    p.on('pageerror', (e) => pageErrors.push(e.message));
    p.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
  }

  beforeEach(() => {
    pageErrors.length = 0;
    cspViolations.length = 0;
  });

  afterEach(async () => {
    await context?.close();
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  /** The fake WPS of `p`, as data. */
  const fake = (p: Page, cell = 'A1'): Promise<FakeView> =>
    p.evaluate((address) => {
      const wps = (window as unknown as { __wps: Record<string, unknown> & { selected(): FakeView['selected']; sheet(n: string): { cells: Map<string, { value?: unknown }> } } }).__wps;
      return {
        selected: wps.selected(),
        value: wps.sheet('Sheet1').cells.get(address)?.value,
        dialogs: (wps.dialogs as FakeView['dialogs']).map((d) => ({ url: d.url, title: d.title })),
        panes: (wps.panes as FakeView['panes']).map((x) => ({ url: x.url, Visible: x.Visible })),
        log: wps.log as string[],
      };
    }, cell);

  const checkButton = (): Locator => page.getByRole('button', { name: /校验/ }).first();
  const findings = (): Locator => page.getByTestId('finding');
  const addressButtons = (address: string): Locator => page.getByRole('button', { name: `选择单元格 ${address}`, exact: true });
  const findingAt = (address: string): Locator => findings().filter({ has: addressButtons(address) });
  const shot = (name: string, p: Page = page): Promise<Buffer> => p.screenshot({ path: path.join(shots, `wps-${name}.png`), fullPage: false });

  async function expectText(locator: Locator, text: RegExp | string): Promise<void> {
    await locator.first().waitFor();
    await eventually(async () => expect(await locator.first().innerText()).toMatch(text));
  }

  async function check(): Promise<void> {
    await checkButton().click();
    await page.getByTestId('summary').waitFor();
    await eventually(async () => expect(await findings().count()).toBeGreaterThan(0));
  }

  it('task pane: 校验, a finding’s cell selected in WPS, 修正 written into the sheet', async () => {
    page = await open('taskpane.html', seed);
    await checkButton().waitFor();
    await shot('1-pane');
    await check();
    const listed = (await findings().allInnerTexts()).join('\n');
    for (const address of ['D27', 'D28', 'C31', 'C34']) expect(listed).toContain(address);
    await shot('2-checked');

    await addressButtons('C34').first().click();
    await eventually(async () => expect((await fake(page)).selected).toEqual({ sheet: 'Sheet1', address: 'C34' }));

    expect((await fake(page, 'D27')).value).toBe('>=200人');
    await findingAt('D27').getByRole('button', { name: /修正/ }).click();
    await eventually(async () => expect((await fake(page, 'D27')).value).toBe('≥200人'));
    await eventually(async () => expect(await findingAt('D27').count()).toBe(0)); // checked again: its finding is gone
    expect(await findingAt('D28').count()).toBeGreaterThan(0);
    await shot('3-fixed');
  });

  it('task pane: 模板 插入 puts the rows into the sheet, 撤销插入 takes them out', async () => {
    page = await open('taskpane.html', seed);
    await page.getByRole('tab', { name: '模板', exact: true }).click();
    const button = page.getByTestId('template-list').getByRole('button', { name: '产出·数量指标', exact: true });
    await button.waitFor();
    await button.click();
    await page.getByTestId('template-preview').getByRole('button', { name: '插入', exact: true }).click();
    await expectText(page.getByTestId('notice'), /已插入 \d+ 行，请填写标 \*\* 的指标值/);
    expect((await fake(page, 'C28')).value).toBe('服务人数');
    expect((await fake(page, 'D28')).value).toBe('≥**人');
    expect((await fake(page, 'C34')).value).toBe('补助资金发放率'); // 质量 moved down
    const log = (await fake(page)).log;
    expect(log.some((l) => /^insert \d+:\d+/.test(l))).toBe(true);
    expect((await fake(page)).selected.address).toMatch(/^A28:XFD\d+$/); // the new rows are selected
    await shot('4-inserted');

    await page.getByRole('button', { name: '撤销插入' }).click();
    await expectText(page.getByTestId('notice'), /已撤销插入/);
    expect((await fake(page, 'C28')).value).toBe('补助资金发放率');
    expect((await fake(page, 'D27')).value).toBe('>=200人');
  });

  it('entry page: every callback ribbon.xml names is a function; 一键校验 shows the result dialog; 打开校验窗格 the pane', async () => {
    const xml = readFileSync(path.join(DIST, 'wps', 'ribbon.xml'), 'utf8');
    const callbacks = [...new Set([...xml.matchAll(/\s(?:onLoad|onAction|getImage|getLabel|getEnabled|getVisible)="([^"]+)"/g)].map((m) => m[1]))];
    expect(callbacks.sort()).toEqual(['ribbon.GetImage', 'ribbon.OnAction', 'ribbon.OnAddinLoad']);
    page = await open('index.html', seed);
    const kinds = await page.evaluate(
      (names) => names.map((n) => typeof n.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], window)),
      callbacks,
    );
    expect(kinds).toEqual(['function', 'function', 'function']);
    expect(await page.evaluate(() => (window as unknown as { ribbon: { OnAddinLoad(ui: unknown): boolean } }).ribbon.OnAddinLoad({}))).toBe(true);

    await page.evaluate(() => (window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean } }).ribbon.OnAction({ Id: 'ptcheckValidate' }));
    const { dialogs } = await fake(page);
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0].title).toBe('绩效目标表校验');
    expect(dialogs[0].url.startsWith(`${server.url}/wps/dialog.html?r=`)).toBe(true);

    // The dialog, as WPS would show it (a page of its own, with WPS's Application too).
    const dialog = await context.newPage();
    watch(dialog);
    await dialog.setViewportSize({ width: 480, height: 440 });
    await dialog.goto(dialogs[0].url);
    await expectText(dialog.locator('h1'), /可以发送|个错误/);
    expect(await dialog.locator('li').count()).toBeGreaterThan(0);
    expect(await dialog.locator('li').first().innerText()).toMatch(/^[A-Z]+\d+/);
    await shot('5-dialog', dialog);
    await dialog.getByRole('button', { name: '打开校验面板' }).click();
    await eventually(async () => expect((await fake(dialog)).panes).toEqual([{ url: `${server.url}/wps/taskpane.html`, Visible: true }]));

    await page.evaluate(() => (window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean } }).ribbon.OnAction({ Id: 'ptcheckOpenPane' }));
    const { panes } = await fake(page);
    expect(panes).toEqual([{ url: `${server.url}/wps/taskpane.html`, Visible: true }]);
    const pane = await context.newPage();
    watch(pane);
    await pane.goto(panes[0].url);
    await pane.getByRole('button', { name: /校验/ }).first().waitFor();
  });

  it('outside WPS the pane says it is not connected, and where to open it', async () => {
    page = await open('taskpane.html', null);
    await checkButton().click();
    await expectText(page.getByTestId('error'), /没有连接到 WPS 表格.*“绩效校验”选项卡/s);
    await shot('6-outside-wps');
  });

  it('in a WPS whose browser is too old, a plain page says what is needed and that 一键校验 works', async () => {
    page = await open('taskpane.html', seed, 'delete window.ResizeObserver;');
    await expectText(page.getByRole('alert'), /这个 WPS 版本无法显示校验窗格/);
    const text = await page.getByRole('alert').innerText();
    expect(text).toContain('Chromium 80');
    expect(text).toContain('“一键校验”');
    expect(text).toMatch(/内置浏览器：Chromium \d+/);
    expect(await page.locator('script[src^="taskpane."]').count()).toBe(0);
    await shot('7-old-wps');
  });
});
