/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { recogniseSheets } from '../../src/core/check/workbook';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { FakeHost } from './fake-host';
import { findings, renderPane } from './render';

const SEED = 'seed-shanghai-2020';
const QUANTITY = ['服务人数', '补贴人数', '培训班次', '培训人次', '建设长度', '完成工作任务数量'];

type User = ReturnType<typeof renderPane>['user'];

/** The sheet as the checker recognises it now. */
function tableOf(snapshot: SheetSnapshot) {
  return recogniseSheets([snapshot])[0].tables[0];
}

/** Open the 模板 tab and wait until the sheet was read and the templates (or the blank tables) show. */
async function openTemplates(user: User, ready: () => HTMLElement = () => screen.getByTestId('template-list')): Promise<void> {
  await user.click(screen.getByRole('tab', { name: '模板' }));
  await waitFor(ready, { timeout: 5000 });
}

const templateButton = (name: string): HTMLElement => within(screen.getByTestId('template-list')).getByRole('button', { name });
const templateNames = (): string[] => within(screen.getByTestId('template-list')).queryAllByTestId('template').map((b) => b.textContent ?? '');

async function insertQuantity(user: User): Promise<void> {
  await user.click(templateButton('产出·数量指标'));
  const preview = await screen.findByTestId('template-preview');
  expect(preview.textContent).toContain('≥**人');
  await user.click(within(preview).getByRole('button', { name: '插入' }));
  await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已插入 6 行，请填写标 ** 的指标值'));
  await waitFor(() => expect(screen.getByTestId('summary').dataset.state).not.toMatch(/reading|idle/));
}

describe('the 模板 tab', () => {
  test('lists the templates of the table’s framework by category, and filters them by search', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await openTemplates(user);
    expect(host.calls.reads).toBe(1); // the tab read the sheet itself
    expect(screen.getByText('本表指标体系：上海2020版（投入与管理/产出/效果/影响力）')).toBeTruthy();
    const groups = screen.getAllByTestId('template-group').map((g) => g.getAttribute('aria-label'));
    expect(groups).toEqual(expect.arrayContaining(['产出/数量', '产出/质量', '效果/满意度', '行业成套模板（跨二级指标）']));
    expect(templateNames()).toEqual(expect.arrayContaining(['产出·数量指标', '投入与管理（标准八项）', '培训类项目']));
    // national-2021 only: 成本 has its own 一级 there.
    expect(templateNames()).not.toContain('成本·社会成本指标');

    const search = screen.getByRole('searchbox', { name: '搜索模板或指标' });
    await user.type(search, '建设长度'); // a row name
    expect(templateNames()).toContain('产出·数量指标');
    expect(templateNames()).not.toContain('产出·质量指标');
    await user.clear(search);
    await user.type(search, '满意度指标'); // a template name
    expect(templateNames()).toEqual(['满意度指标']);
    await user.clear(search);
    await user.type(search, '没有这种指标');
    expect(screen.getByText('没有符合的模板。')).toBeTruthy();
  });

  test('插入 puts the rows at the end of 数量, and the re-check flags the ** targets; 撤销插入 restores the sheet', async () => {
    const host = FakeHost.fromSample(SEED);
    const before = host.sheetNow;
    const { user } = renderPane(host);
    await openTemplates(user);
    await user.click(templateButton('产出·数量指标'));
    const preview = await screen.findByTestId('template-preview');
    expect(within(preview).getByText('完成工作任务数量')).toBeTruthy();
    expect(screen.getByTestId('template-where').textContent).toContain('第 28–33 行');

    const reads = host.calls.reads;
    await insertQuantity(user);
    expect(host.calls.applyPlan).toHaveLength(1);
    expect(host.calls.reads).toBeGreaterThan(reads);

    const table = tableOf(host.sheetNow);
    const quantity = table.indicators.filter((i) => i.level1 === '产出目标' && i.level2 === '数量').map((i) => i.level3);
    expect(quantity).toEqual(['补贴人员数量', ...QUANTITY]);
    expect(host.text('C28')).toBe('服务人数');
    expect(host.text('D28')).toBe('≥**人');
    expect(host.text('C34')).toBe('补助资金发放率'); // the rows below moved down

    // The unfinished table does not look clean: every ** is a finding.
    expect(screen.getByTestId('summary').dataset.state).not.toBe('ready');
    await user.click(screen.getByRole('tab', { name: '校验' }));
    const missing = findings().filter((li) => li.dataset.rule === 'target-missing');
    for (const cell of ['D28', 'D29', 'D30', 'D31', 'D32', 'D33']) {
      expect(missing.some((li) => within(li).queryByRole('button', { name: `选择单元格 ${cell}` }))).toBe(true);
    }

    await user.click(screen.getByRole('tab', { name: '模板' }));
    await user.click(screen.getByRole('button', { name: '撤销插入' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已撤销插入'));
    expect(host.sheetNow).toEqual(before);
    expect(screen.queryByRole('button', { name: '撤销插入' })).toBeNull();
    await user.click(screen.getByRole('tab', { name: '校验' }));
    await waitFor(() => expect(findings().some((li) => li.dataset.rule === 'target-missing')).toBe(false));
  });

  test('撤销插入 is refused once a new row was edited, naming the cells, and nothing is removed', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await openTemplates(user);
    await insertQuantity(user);
    host.setCell('D28', '≥120人');
    const now = host.sheetNow;
    await user.click(screen.getByRole('button', { name: '撤销插入' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('插入的行已被修改（D28），没有删除任何内容'));
    expect(host.sheetNow).toEqual(now);
  });

  test('a stale sheet: the host’s message, nothing changed', async () => {
    const host = FakeHost.fromSample(SEED);
    const before = host.sheetNow;
    const { user } = renderPane(host);
    await openTemplates(user);
    await user.click(templateButton('产出·数量指标'));
    host.failNext('applyPlan', 'stale');
    await user.click(within(await screen.findByTestId('template-preview')).getByRole('button', { name: '插入' }));
    const error = await screen.findByTestId('error');
    expect(error.textContent).toContain('表格没有被修改');
    expect(error.textContent).toContain('读取表格之后，要写入的单元格已被修改');
    expect(host.sheetNow).toEqual(before);
    expect(screen.queryByRole('button', { name: '撤销插入' })).toBeNull();
  });

  test('the selected indicator row decides where the rows go', async () => {
    const host = FakeHost.fromSample(SEED);
    host.selection = { sheet: 'Sheet1', address: 'C27' };
    const { user } = renderPane(host);
    await openTemplates(user);
    await user.click(templateButton('产出·数量指标'));
    await waitFor(() => expect(screen.getByTestId('template-where').textContent).toContain('所选单元格 C27'));
  });

  test('a sheet without a table offers the blank tables; inserting one checks the new sheet', async () => {
    const host = FakeHost.fromLiteral('A1: 随便写点什么');
    const { user } = renderPane(host);
    await openTemplates(user, () => screen.getByTestId('blank-templates'));
    const blank = screen.getByTestId('blank-templates');
    expect(within(blank).getAllByRole('button').map((b) => b.textContent)).toEqual([
      '插入 空白表：财政项目支出绩效目标表（上海 2020 版）',
      '插入 空白表：项目支出绩效目标申报表（财预〔2021〕101号）',
    ]);
    await user.click(within(blank).getByRole('button', { name: /上海 2020 版/ }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已添加工作表“绩效目标表”'));
    await waitFor(() => expect(screen.getByTestId('summary').textContent).toContain('绩效目标表'));
    expect(host.calls.addBlankTable.map(([name]) => name)).toEqual(['绩效目标表']);
    expect(tableOf(host.sheetNow).framework).toBe('shanghai-2020');
    expect(screen.getByTestId('summary').dataset.state).toBe('errors');
    // The new table is recognised: the tab now offers templates for it.
    await waitFor(() => expect(templateNames()).toContain('产出·数量指标'));
  });
});

describe('my templates', () => {
  const realCreate = URL.createObjectURL;
  const realRevoke = URL.revokeObjectURL;
  const realClick = HTMLAnchorElement.prototype.click;
  let downloads: { name: string; blob: Blob }[];
  beforeEach(() => {
    downloads = [];
    URL.createObjectURL = (b: Blob | MediaSource) => {
      downloads.push({ name: '', blob: b as Blob });
      return 'blob:test';
    };
    URL.revokeObjectURL = () => {};
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads[downloads.length - 1].name = this.download;
    };
  });
  afterEach(() => {
    URL.createObjectURL = realCreate;
    // jsdom has no revokeObjectURL, and downloadText revokes a second after the click, maybe in the next test: a no-op stays.
    URL.revokeObjectURL = realRevoke ?? (() => {});
    HTMLAnchorElement.prototype.click = realClick;
  });

  const readBlob = (b: Blob): Promise<string> =>
    new Promise((resolve) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result));
      r.readAsText(b);
    });

  async function importText(text: string): Promise<void> {
    const input = screen.getByLabelText('导入模板文件（JSON）') as HTMLInputElement;
    const file = new File([text], 'templates.json', { type: 'application/json' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
      await new Promise((r) => setTimeout(r, 50));
    });
  }

  test('保存为模板 from the selected rows, 导出, then 导入 into another workbook', async () => {
    const host = FakeHost.fromSample(SEED);
    host.selection = { sheet: 'Sheet1', address: 'A27:D29' };
    const { user } = renderPane(host);
    await openTemplates(user);
    await user.type(screen.getByRole('textbox', { name: '模板名称' }), '老干部补贴');
    await user.click(screen.getByRole('button', { name: '保存为模板' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已保存模板“老干部补贴”（3 项指标）'));
    const saved = host.settings.templates!;
    expect(saved).toHaveLength(1);
    expect(saved[0].rows).toEqual([
      { level3: '补贴人员数量', target: { operator: '≥', value: '**', unit: '人' }, under: { 'shanghai-2020': '产出/数量' } },
      { level3: '补助资金发放率', target: { operator: '≥', value: '**', unit: '%' }, under: { 'shanghai-2020': '产出/质量' } },
      { level3: '补贴资金发放及时率', target: { operator: '≥', value: '**', unit: '%' }, under: { 'shanghai-2020': '产出/时效' } },
    ]);
    // It shows under 我的模板.
    const own = screen.getAllByTestId('template-group').find((g) => g.getAttribute('aria-label') === '我的模板')!;
    expect(within(own).getByRole('button', { name: '老干部补贴' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '导出' }));
    expect(downloads.map((d) => d.name)).toEqual(['我的指标模板.json']);
    const text = await readBlob(downloads[0].blob);
    expect(JSON.parse(text)).toEqual({ version: 1, templates: saved });

    // Another workbook: nothing of its own yet.
    const other = FakeHost.fromSample(SEED);
    document.body.innerHTML = '';
    const second = renderPane(other);
    await openTemplates(second.user);
    await importText(text);
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已导入 1 个模板'));
    expect(other.settings.templates).toEqual(saved);
    expect(screen.getByRole('button', { name: '老干部补贴' })).toBeTruthy();
  });

  test('importing a bad file says what is wrong and changes nothing', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await openTemplates(user);

    await importText('{ not json');
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('模板文件有误，没有导入任何内容'));
    expect(screen.getByTestId('notice').textContent).toContain('文件不是有效的 JSON');

    const bad = { version: 1, templates: [{ id: 'x', kind: 'sector', name: { 'zh-CN': '坏', 'en-US': 'bad' }, rows: [{ level3: '人数', target: { operator: '≥', value: '120', unit: '人' }, under: { 'shanghai-2020': '产出/数量' } }] }] };
    await importText(JSON.stringify(bad));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('数值“120”应为占位符 **'));
    await importText(JSON.stringify({ version: 2, templates: [] }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('本程序只认版本 1'));
    expect(host.calls.saveSettings).toEqual([]);
    expect(host.settings.templates).toBeUndefined();
  });
});

test('a set that lands in several groups says so (“6 组：…”) instead of naming one group', async () => {
  const host = FakeHost.fromSample(SEED);
  host.selection = { sheet: 'Sheet1', address: 'C27' };
  const { user } = renderPane(host);
  await openTemplates(user);
  await user.click(templateButton('培训类项目'));
  await waitFor(() => expect(screen.getByTestId('template-where').textContent).toBe('插入位置：6 组：第 28–29, 31, 33, 35, 38, 42 行（各指标放在所属二级指标的末尾）'));
  // A set for one group still names it.
  await user.click(templateButton('产出·数量指标'));
  await waitFor(() => expect(screen.getByTestId('template-where').textContent).toBe('插入位置：所选单元格 C27 所在的指标组 — 第 28–33 行'));
});
