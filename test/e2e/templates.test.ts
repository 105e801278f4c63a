/**
 * The 模板 tab in the preview page, in a real browser (same setup as preview.test.ts): insert a template into the
 * shanghai-2020 seed and into a national-2021 申报表, see the rows land in the right group of the grid and their `**`
 * targets flagged by the re-check, undo; add a blank whole table on a sheet without one and see it recognised.
 * Screenshots go to test-artifacts/ (templates-*.png).
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { Locator, Page } from 'playwright-core';
import { artifactsDir, describeInBrowser } from './support/browser';
import { eventually, usePreviewPages } from './support/session';

const PUTUO = path.join(__dirname, '..', 'fixtures', 'samples', 'real-shanghai-putuo-2026-1.xlsx');

jest.setTimeout(60_000);

describeInBrowser('templates in the preview page (Chromium)', () => {
  let page: Page;
  const shots = artifactsDir();
  usePreviewPages((s) => ({ page } = s));

  const cell = (address: string): Locator => page.locator(`[data-cell="${address}"]`);
  const pane = (): Locator => page.locator('aside');
  const paneTab = (name: string): Locator => pane().getByRole('tab', { name, exact: true });
  const findings = (): Locator => page.getByTestId('finding');
  const placeholderFindings = (): Locator => page.locator('[data-testid="finding"][data-rule="target-missing"]');
  const placeholderAt = (address: string): Locator =>
    placeholderFindings().filter({ has: page.getByRole('button', { name: `选择单元格 ${address}`, exact: true }) });
  const shot = (name: string): Promise<Buffer> => page.screenshot({ path: path.join(shots, `templates-${name}.png`) });

  async function expectText(locator: Locator, text: RegExp | string): Promise<void> {
    await locator.first().waitFor();
    await eventually(async () => expect(await locator.first().innerText()).toMatch(text));
  }

  /** Open the 模板 tab (it reads the sheet itself) and insert the template named `name`. */
  async function insertTemplate(name: string): Promise<void> {
    await paneTab('模板').click();
    const button = page.getByTestId('template-list').getByRole('button', { name, exact: true });
    await button.waitFor();
    await button.click();
    const preview = page.getByTestId('template-preview');
    await preview.waitFor();
    await preview.getByRole('button', { name: '插入', exact: true }).click();
    await expectText(page.getByTestId('notice'), /已插入 \d+ 行，请填写标 \*\* 的指标值/);
  }

  async function undo(): Promise<void> {
    await pane().getByRole('button', { name: '撤销插入' }).click();
    await expectText(page.getByTestId('notice'), /已撤销插入/);
  }

  /** The 校验 tab lists a target-missing finding at each of `cells`. */
  async function expectPlaceholdersFlagged(cells: string[]): Promise<void> {
    await paneTab('校验').click();
    for (const c of cells) await eventually(async () => expect(await placeholderAt(c).count()).toBe(1));
  }

  it('inserts 产出·数量指标 at the end of 数量 in the seed, flags the ** targets, and undoes it', async () => {
    await insertTemplate('产出·数量指标');
    await expectText(cell('C28'), '服务人数');
    await expectText(cell('D28'), '≥**人');
    await expectText(cell('C33'), '完成工作任务数量');
    await expectText(cell('C34'), '补助资金发放率'); // 质量 moved down
    expect(await page.getByTestId('summary').getAttribute('data-state')).not.toBe('ready');
    await shot('1-seed-inserted');
    await expectPlaceholdersFlagged(['D28', 'D29', 'D30', 'D31', 'D32', 'D33']);
    await shot('2-seed-flagged');

    await paneTab('模板').click();
    await undo();
    await expectText(cell('C28'), '补助资金发放率');
    await expectText(cell('D27'), '>=200人');
    await paneTab('校验').click();
    await findings().first().waitFor();
    await eventually(async () => expect(await placeholderFindings().count()).toBe(0));
  });

  it('inserts into a national-2021 申报表 under 产出指标/数量指标', async () => {
    const bytes = [...readFileSync(PUTUO)];
    expect(await page.evaluate((b) => window.__preview!.open(b, 'real-shanghai-putuo-2026-1.xlsx'), bytes)).toBe(true);
    await expectText(cell('D14'), '道路建设长度');
    await insertTemplate('产出·数量指标');
    await expectText(cell('D15'), '服务人数');
    await expectText(cell('G15'), '≥**人');
    await expectText(cell('D20'), '完成工作任务数量');
    await expectText(cell('D21'), '项目验收达标率'); // 质量指标 moved down
    await shot('3-national-inserted');
    await expectPlaceholdersFlagged(['G15', 'G20']);

    await paneTab('模板').click();
    await undo();
    await expectText(cell('D15'), '项目验收达标率');
  });

  it('adds a blank table on a sheet without one, and the check recognises it', async () => {
    await page.getByTestId('file-input').setInputFiles({
      name: '通讯录.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('姓名,电话,科室\n张三,021-12345678,财务科\n', 'utf8'),
    });
    await expectText(cell('A1'), '姓名');
    await paneTab('模板').click();
    const blank = page.getByTestId('blank-templates');
    await blank.waitFor();
    await blank.getByRole('button', { name: /上海 2020 版/ }).click();
    await expectText(page.getByTestId('notice'), /已添加工作表“绩效目标表”/);
    await eventually(async () => expect(await page.getByRole('tab', { name: '绩效目标表' }).getAttribute('aria-selected')).toBe('true'));
    await eventually(async () => expect(await page.getByTestId('summary').getAttribute('data-state')).toBe('errors'));
    await expectText(page.getByTestId('summary'), /绩效目标表/);
    // Recognised as shanghai-2020: the tab now offers its templates.
    await page.getByTestId('template-list').getByRole('button', { name: '产出·数量指标', exact: true }).waitFor();
    await shot('4-blank-table');
    await paneTab('校验').click();
    await eventually(async () => expect(await placeholderFindings().count()).toBeGreaterThan(5));
  });
});
