/**
 * The preview page in a real browser: dist/ (built first when stale) served from 127.0.0.1, Debian's Chromium
 * through playwright-core. What a person would do: open the page (the sample is there), press 校验, read the
 * findings, click a cell address, fix one, type into the grid, mark the findings in the sheet and unmark them,
 * open a file without a table, open a broken file. Screenshots go to test-artifacts/.
 *
 * The pane is located by its contract: the 校验 button, data-testid summary / finding / empty-state, each finding's
 * address button named 选择单元格 D27, buttons 修正 / 忽略 / 全部修正, the switch 在表格中标出.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { pathToFileURL } from 'url';
import type { Locator, Page } from 'playwright-core';
import { artifactsDir, describeInBrowser } from './support/browser';
import { DIST } from './support/dist';
import type { StaticServer } from './support/server';
import { eventually, usePreviewPages } from './support/session';
import { withFill } from './support/xlsx';

const SEED = path.join(__dirname, '..', 'fixtures', 'samples', 'seed-shanghai-2020.xlsx');
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// The highlight colours, as the browser reports inline backgrounds.
const RGB = {
  error: 'rgb(253, 231, 233)', // #FDE7E9
  warning: 'rgb(255, 244, 206)', // #FFF4CE
  info: 'rgb(239, 246, 252)', // #EFF6FC
  seedHeader: 'rgb(217, 225, 242)', // #D9E1F2, the seed's own fill on A18:D18
  userGreen: 'rgb(198, 239, 206)', // #C6EFCE
  userYellow: 'rgb(255, 255, 0)', // #FFFF00
};

jest.setTimeout(60_000);

describeInBrowser('preview page (Chromium)', () => {
  let server: StaticServer;
  let page: Page;
  const shots = artifactsDir();
  usePreviewPages((s) => ({ server, page } = s));

  const cell = (address: string): Locator => page.locator(`[data-cell="${address}"]`);
  const pane = (): Locator => page.locator('aside');
  const checkButton = (): Locator => pane().getByRole('button', { name: /校验/ }).first();
  const findings = (): Locator => page.getByTestId('finding');
  const addressButtons = (address: string): Locator => page.getByRole('button', { name: `选择单元格 ${address}`, exact: true });
  const findingAt = (address: string): Locator => findings().filter({ has: addressButtons(address) });
  const highlightSwitch = (): Locator => page.getByRole('switch', { name: /在表格中标出/ });
  /** Bring a cell into view (the grid draws only the cells in view), as selecting it would. */
  const show = async (address: string): Promise<Locator> => {
    await page.evaluate((a) => window.__preview?.select(a), address);
    await cell(address).waitFor();
    return cell(address);
  };
  const inlineFill = async (address: string): Promise<string> => (await show(address)).evaluate((td) => (td as HTMLElement).style.backgroundColor);
  const shot = (name: string): Promise<Buffer> => page.screenshot({ path: path.join(shots, `preview-${name}.png`) });

  async function expectText(locator: Locator, text: RegExp | string): Promise<void> {
    await locator.first().waitFor();
    await eventually(async () => expect(await locator.first().innerText()).toMatch(text));
  }

  async function check(): Promise<void> {
    await checkButton().click();
    await page.getByTestId('summary').waitFor();
    await eventually(async () => expect(await findings().count().then((n) => n > 0 || page.getByTestId('empty-state').isVisible())).toBe(true));
  }

  async function setHighlight(on: boolean): Promise<void> {
    if ((await highlightSwitch().isChecked()) !== on) await highlightSwitch().click();
    await eventually(async () => expect(await highlightSwitch().isChecked()).toBe(on));
  }

  it('opens the sample without Excel and without any request outside dist/', async () => {
    // The rows in view are drawn (not the whole sheet), the last of the table among them on this screen.
    await eventually(async () => expect(await page.locator('[data-cell]').count()).toBeGreaterThan(100));
    // Merged title: one cell spanning the table's width, the cells it covers not drawn.
    expect(await cell('A1').getAttribute('data-range')).toBe('A1:G1');
    expect(await cell('A1').getAttribute('aria-colspan')).toBe('7');
    expect(await cell('B1').count()).toBe(0);
    expect(await cell('A1').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tab', { name: 'Sheet1' }).getAttribute('aria-selected')).toBe('true');
    expect(await inlineFill('A18')).toBe(RGB.seedHeader); // the file's own fill
    expect(await page.locator('script[src*="office"]').count()).toBe(0);
    const outside = server.requests.filter((r) => !/^\/(preview\.html|[\w.-]+\.js|assets\/.+|favicon\.ico)$/.test(r));
    expect(outside).toEqual([]);
    await shot('1-opened');
  });

  it('checks the sample, lists findings by cell, and selects a finding’s cell in the grid', async () => {
    await check();
    const summary = await page.getByTestId('summary').innerText();
    expect(summary).toMatch(/可以发送|错误|警告/);
    const listed = await findings().allInnerTexts();
    const text = listed.join('\n');
    for (const address of ['D27', 'D28', 'D30', 'C31', 'C34']) expect(text).toContain(address);
    await shot('2-checked');

    await addressButtons('C34').first().click();
    await eventually(async () => expect(await cell('C34').getAttribute('aria-selected')).toBe('true'));
    expect(await page.locator('[role="gridcell"][aria-selected="true"]').count()).toBe(1);
    expect(await page.locator('[role="gridcell"][aria-selected="true"]').getAttribute('data-cell')).toBe('C34');
    expect(await page.locator('.name-box').innerText()).toBe('C34');
    await eventually(async () => expect(await cell('C34').isVisible()).toBe(true));
  });

  it('applies a fix: the cell changes in the grid and its finding goes', async () => {
    await check();
    expect(await (await show('D27')).innerText()).toBe('>=200人');
    await findingAt('D27').getByRole('button', { name: /修正/ }).click();
    await eventually(async () => expect(await cell('D27').innerText()).toBe('≥200人'));
    await eventually(async () => expect(await findingAt('D27').count()).toBe(0));
    expect(await findingAt('D28').count()).toBeGreaterThan(0);
    await addressButtons('D28').first().click();
    await shot('3-fixed');
  });

  it('re-checks after the user edits a cell in the grid (double-click, type, Enter)', async () => {
    await check();
    expect(await findingAt('D28').count()).toBeGreaterThan(0);
    await (await show('D28')).dblclick();
    const editor = page.getByRole('textbox', { name: '编辑单元格 D28' });
    await editor.fill('≥95%');
    await editor.press('Enter');
    await eventually(async () => expect(await cell('D28').innerText()).toBe('≥95%'));
    expect(await cell('D29').getAttribute('aria-selected')).toBe('true'); // Enter moves down, as in Excel
    await eventually(async () => expect(await findingAt('D28').count()).toBe(0));

    // Typing over the selected cell replaces it; Esc gives the old text back.
    await page.keyboard.type('x');
    await page.keyboard.press('Escape');
    expect(await cell('D29').innerText()).toBe('>=95%');
  });

  it('marks findings in the sheet and gives the user’s own fills back when unmarked', async () => {
    // A copy of the sample where D28 carries a fill of the user's, opened through the file picker.
    const coloured = withFill(new Uint8Array(readFileSync(SEED)), 'D28', 'FFC6EFCE');
    await page.getByTestId('file-input').setInputFiles({ name: '上色的表.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(coloured) });
    await expectText(page.locator('.file-name'), /上色的表\.xlsx/);
    await eventually(async () => expect(await inlineFill('D28')).toBe(RGB.userGreen));
    // And D30 coloured by hand, through the page's test hook (window.__preview, see src/preview/test-hook.ts).
    await page.evaluate(() => window.__preview?.setUserFill('D30', '#FFFF00'));
    expect(await inlineFill('D30')).toBe(RGB.userYellow);

    await check();
    await setHighlight(true);
    await eventually(async () => expect(await inlineFill('D28')).toBe(RGB.info));
    expect(await inlineFill('D30')).toBe(RGB.warning); // a warning and an info there: the warning's colour
    expect(await inlineFill('D27')).toBe(RGB.info);
    expect(await inlineFill('C31')).toBe(RGB.warning);
    expect(await inlineFill('A18')).toBe(RGB.seedHeader); // no finding there: untouched
    await addressButtons('D30').first().click(); // brings the marked cells into view for the screenshot
    await shot('4-highlighted');

    await setHighlight(false);
    await eventually(async () => expect(await inlineFill('D28')).toBe(RGB.userGreen));
    expect(await inlineFill('D30')).toBe(RGB.userYellow);
    expect(await inlineFill('D27')).toBe('');
    expect(await inlineFill('C31')).toBe('');
    expect(await page.evaluate(() => window.__preview?.fillOf('D28'))).toBe('#C6EFCE');
    await shot('5-unhighlighted');
  });

  it('shows the empty state for a sheet without a table', async () => {
    await page.getByTestId('file-input').setInputFiles({
      name: '通讯录.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('姓名,电话,科室\n张三,021-12345678,财务科\n李四,021-87654321,办公室\n', 'utf8'),
    });
    await expectText(page.locator('.file-name'), /通讯录\.csv/);
    await expectText(cell('A1'), '姓名');
    await check();
    await page.getByTestId('empty-state').waitFor();
    expect(await findings().count()).toBe(0);
    await shot('6-empty-state');
  });

  it('opens a file dropped on the grid', async () => {
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['项目名称,金额\n办公设备,"1,200"\n'], '拖进来的.csv', { type: 'text/csv' }));
      return dt;
    });
    const area = page.getByTestId('sheet-area');
    await area.dispatchEvent('dragover', { dataTransfer });
    await page.locator('.drop-overlay').waitFor();
    await area.dispatchEvent('drop', { dataTransfer });
    await expectText(page.locator('.file-name'), /拖进来的\.csv/);
    await expectText(cell('B2'), '1,200');
    expect(await page.locator('.drop-overlay').count()).toBe(0);
  });

  it('says in Chinese why a file cannot be read, and keeps the table that was open', async () => {
    await page.getByTestId('file-input').setInputFiles({ name: '坏文件.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from('这不是表格') });
    const message = await page.getByTestId('preview-error').innerText();
    expect(message).toContain('无法打开“坏文件.xlsx”');
    expect(message).toMatch(/不是电子表格|已损坏/);
    expect(message).toContain('仍显示原来的表格');
    expect(await cell('A1').innerText()).toMatch(/绩效目标/);
    await shot('7-unreadable');
  });

  it('opened straight from disk (file://): explains why there is no sample, and still opens files', async () => {
    await page.goto(pathToFileURL(path.join(DIST, 'preview.html')).href);
    const message = await page.getByTestId('preview-error').innerText();
    expect(message).toContain('没有载入示例表格');
    expect(message).toContain('打开表格');
    expect(await cell('A1').innerText()).toBe(''); // an empty sheet to start from
    await page.getByTestId('file-input').setInputFiles(SEED);
    await expectText(cell('A1'), /绩效目标/);
    await check();
    expect(await findings().count()).toBeGreaterThan(0);
  });

  it('adds the 校验报告 sheet as a new tab', async () => {
    await check();
    await pane().getByRole('button', { name: /导出报告/ }).click();
    const tab = page.getByRole('tab', { name: /校验报告/ });
    await tab.waitFor();
    await tab.click();
    await expectText(cell('A1'), /校验报告/);
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    await expectText(cell('A1'), /绩效目标/);
  });

  it('stacks the pane under the grid on a narrow screen', async () => {
    await page.setViewportSize({ width: 720, height: 1000 });
    await check();
    const grid = await page.locator('.sheet').boundingBox();
    const aside = await pane().boundingBox();
    expect(grid && aside && aside.y >= grid.y + grid.height - 1).toBe(true);
    expect(aside && aside.width).toBeGreaterThan(600);
    await page.screenshot({ path: path.join(shots, 'preview-8-narrow.png'), fullPage: true });
  });

  it('turns dark when the system does, while open: the page, the grid and the pane, findings readable', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await check();
    /** Relative luminance (0 black … 1 white) of an element's computed background or text colour. */
    const luminance = (locator: Locator, what: 'backgroundColor' | 'color'): Promise<number> =>
      locator.evaluate((el, w) => {
        const [r, g, b] = (getComputedStyle(el)[w].match(/\d+(\.\d+)?/g) ?? []).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      }, what);
    expect(await luminance(page.locator('body'), 'backgroundColor')).toBeLessThan(0.2);
    expect(await luminance(page.locator('.pane'), 'backgroundColor')).toBeLessThan(0.2);
    expect(await luminance(cell('A4'), 'backgroundColor')).toBeLessThan(0.2);
    expect(await luminance(cell('A4'), 'color')).toBeGreaterThan(0.7);
    expect(await luminance(findings().first(), 'color')).toBeGreaterThan(0.7);
    await shot('9-dark');
  });
});
