/**
 * The preview by keyboard alone, in Chromium: open a file, 校验, go to an error, fix a finding, 全部修正 through its
 * dialog, insert a template and undo it — and after each step focus is somewhere sensible (never on <body>). The
 * grid is no trap: Tab on the last column in use leaves it, Esc then Tab leaves it, F6 moves between the toolbar,
 * the grid and the pane. Screenshots go to test-artifacts/ (keyboard-*.png).
 */
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import type { Locator, Page } from 'playwright-core';
import { artifactsDir, describeInBrowser } from './support/browser';
import { eventually, usePreviewPages } from './support/session';
import { withEmptyCell } from './support/xlsx';

const SEED = path.join(__dirname, '..', 'fixtures', 'samples', 'seed-shanghai-2020.xlsx');

jest.setTimeout(90_000);

describeInBrowser('the preview by keyboard alone (Chromium)', () => {
  let page: Page;
  const shots = artifactsDir();
  usePreviewPages((s) => ({ page } = s));

  const shot = (name: string): Promise<Buffer> => page.screenshot({ path: path.join(shots, `keyboard-${name}.png`) });
  /** What has focus: its tag, its role, and its text or accessible name, as a person would recognise it. */
  const focused = (): Promise<{ tag: string; role: string | null; text: string; inGrid: boolean; inPane: boolean }> =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        tag: el?.tagName.toLowerCase() ?? '',
        role: el?.getAttribute('role') ?? null,
        text: (el?.getAttribute('aria-label') || el?.innerText || '').trim().slice(0, 80),
        inGrid: !!el?.closest('.sheet-area'),
        inPane: !!el?.closest('.pane'),
      };
    });
  /** Press Tab (or Shift+Tab) until the focused control's text matches `name`; fails after `max` presses. */
  async function tabTo(name: RegExp, options: { back?: boolean; max?: number } = {}): Promise<void> {
    for (let i = 0; i < (options.max ?? 60); i++) {
      await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
      const f = await focused();
      expect(f.tag).not.toBe('body');
      if (name.test(f.text)) return;
    }
    throw new Error(`Tab never reached ${name}`);
  }
  const summary = (): Locator => page.getByTestId('summary');

  it('open, 校验, next error, fix, 全部修正, insert a template, undo: all by keyboard, focus always on something sensible', async () => {
    // A copy of the seed with two targets deleted: two errors among the warnings.
    const file = path.join(shots, '两个错误.xlsx');
    writeFileSync(file, withEmptyCell(withEmptyCell(new Uint8Array(readFileSync(SEED)), 'D33'), 'D36'));

    // Open: F6 to the toolbar, Tab to 打开表格…, Enter opens the file chooser.
    // (Listening for the chooser first: playwright turns on its interception asynchronously.)
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('F6');
    expect((await focused()).text).toMatch(/打开表格/);
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(file);
    await eventually(async () => expect(await page.locator('.file-name').innerText()).toContain('两个错误.xlsx'));

    // F6 twice: the grid, then the pane (its 校验 button). Enter checks.
    await page.keyboard.press('F6');
    expect((await focused()).inGrid).toBe(true);
    await page.keyboard.press('F6');
    expect(await focused()).toMatchObject({ inPane: true, text: '校验' });
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await summary().getAttribute('data-state')).toBe('errors'));
    expect(await summary().innerText()).toContain('还不能发送：2 个错误');
    expect((await focused()).text).toBe('重新校验'); // the button keeps focus through the check

    // 下一个错误: the first error gets focus and its cell is selected in the grid.
    await tabTo(/^下一个错误$/);
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await page.locator('.name-box').innerText()).toBe('D33'));
    expect((await focused()).role).toBeNull();
    expect(await page.locator(':focus').getAttribute('data-severity')).toBe('error');
    await page.keyboard.press('Enter'); // on the item itself nothing happens; its buttons do
    await shot('1-next-error');

    // Down to an info with a fix, Tab to its 修正, Enter: the cell changes, focus stays in the list.
    for (let i = 0; i < 12 && (await page.locator(':focus').getAttribute('data-rule')) !== 'target-style'; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator(':focus').getAttribute('data-rule')).toBe('target-style');
    await tabTo(/^修正/);
    const fixedCell = ((await focused()).text.match(/([A-Z]+\d+) 改为/) ?? [])[1];
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await page.evaluate((c) => window.__preview?.textOf(c), fixedCell)).toMatch(/^≥/));
    await eventually(async () => expect((await focused()).tag).toBe('li'));
    expect((await focused()).inPane).toBe(true);

    // 全部修正: its dialog; Esc gives focus back to the button, Enter in the dialog applies and lands on the summary.
    await tabTo(/^全部修正/, { back: true });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await shot('2-fix-all-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => expect((await focused()).text).toMatch(/^全部修正/));
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await eventually(async () => expect((await focused()).text).toBe('修改'));
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await page.locator(':focus').getAttribute('data-testid')).toBe('summary'));
    expect(await page.getByTestId('notice').innerText()).toMatch(/已修改 \d+ 个单元格/);

    // 模板: the tab by arrow key, a template by Enter, 插入; focus lands on 撤销插入, in view.
    await tabTo(/^校验$/, { max: 20 });
    expect((await focused()).role).toBe('tab');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toMatchObject({ role: 'tab', text: '模板' });
    await page.getByTestId('template-list').waitFor();
    await tabTo(/^产出·数量指标$/);
    await page.keyboard.press('Enter');
    await page.getByTestId('template-preview').waitFor();
    await tabTo(/^插入$/);
    await page.keyboard.press('Enter');
    await eventually(async () => expect((await focused()).text).toBe('撤销插入'));
    expect(await page.getByTestId('notice').innerText()).toMatch(/已插入 \d+ 行/);
    // The confirmation and 撤销插入 in the pane's view without scrolling.
    const notice = (await page.getByTestId('notice').boundingBox())!;
    const undo = (await page.locator(':focus').boundingBox())!;
    const paneBox = (await page.locator('aside.pane').boundingBox())!;
    for (const box of [notice, undo]) expect([box.y >= paneBox.y - 1, box.y + box.height <= paneBox.y + paneBox.height + 1]).toEqual([true, true]);
    await shot('3-inserted');

    // 撤销插入 by Enter: the rows go, focus lands on the notice saying so.
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await page.locator(':focus').getAttribute('data-testid')).toBe('notice'));
    expect((await focused()).text).toMatch(/已撤销插入/);
    await shot('4-undone');
  });

  it('the grid is no trap: Tab past the last column in use leaves it, Esc then Tab leaves it, F6 moves on', async () => {
    await page.keyboard.press('F6');
    await page.keyboard.press('F6');
    expect((await focused()).inGrid).toBe(true);
    // Rows 1–3 are titles merged over A:G; from A4, Tab walks the row to G (the last column in use), then leaves.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('.name-box').innerText()).toBe('A4');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    expect(await page.locator('.name-box').innerText()).toBe('G4');
    expect((await focused()).inGrid).toBe(true);
    await page.keyboard.press('Tab');
    let f = await focused();
    expect(f.inGrid && f.role === 'grid').toBe(false);
    expect(f.tag).not.toBe('body');

    // Back in the grid (Shift+Tab), typing edits; Esc, then Tab leaves from any column.
    await page.keyboard.press('Shift+Tab');
    expect((await focused()).role).toBe('grid');
    await page.keyboard.press('End');
    await page.keyboard.type('Note 1');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.__preview?.textOf('G4'))).toBe('Note 1');
    expect(await page.locator('.name-box').innerText()).toBe('G5'); // Enter moves down, as in Excel
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    f = await focused();
    expect(f.role).not.toBe('grid');
    expect(f.tag).not.toBe('body');

    // F6 from wherever: the pane; Shift+F6 back to the grid, where focus was.
    await page.keyboard.press('F6');
    expect((await focused()).inPane).toBe(true);
    await page.keyboard.press('Shift+F6');
    expect((await focused()).role).toBe('grid');
    await shot('5-grid');
  });
});
