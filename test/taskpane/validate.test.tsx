/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import { FakeHost } from './fake-host';
import { finding, findings, renderPane, validate } from './render';

const SEED = 'seed-shanghai-2020';

describe('校验 on the seed sample', () => {
  test('shows the summary and the findings with their cells as text', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    expect(screen.getByTestId('summary').textContent).toContain('按“校验”');

    const summary = await validate(user);
    // No errors, 3 warnings, 5 infos: ready, and the rest still listed.
    expect(summary.textContent).toContain('可以发送：没有错误');
    expect(summary.dataset.state).toBe('ready');
    // The counts, none at 0: no "0 个错误".
    expect(within(summary).getAllByRole('button').map((b) => b.textContent)).toEqual(['3 个警告', '5 个提示']);
    expect(summary.textContent).not.toMatch(/\b0 个/);

    const items = findings();
    expect(items).toHaveLength(8);
    const cells = items.map((li) => within(li).getAllByRole('button', { name: /^选择单元格/ }).map((b) => b.textContent));
    expect(cells.flat()).toEqual(expect.arrayContaining(['D27', 'D28', 'D29', 'D30', 'D31', 'C31', 'C34']));
    // Severity as words (not colour alone), messages in Chinese.
    expect(within(finding('cost-indicator', 'D30')).getByText('警告')).toBeTruthy();
    expect(finding('target-style', 'D27').textContent).toContain('运算符宜写作“≥”');
    expect(within(finding('target-style', 'D27')).getByText('提示')).toBeTruthy();
  });

  test('groups the findings by table, then by severity: warnings before infos, each with its category', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await validate(user);
    const headings = screen.getAllByRole('heading', { level: 3 }).concat(screen.getAllByRole('heading', { level: 4 })).map((h) => h.textContent);
    expect(headings).toEqual(['表 1：老干部工作专项经费（A1:D37）', '3 个警告', '5 个提示']);
    const lists = screen.getAllByRole('list', { name: /^表 1/ });
    expect(lists.map((l) => l.getAttribute('aria-label'))).toEqual(['表 1：老干部工作专项经费（A1:D37） · 警告', '表 1：老干部工作专项经费（A1:D37） · 提示']);
    expect(findings().map((li) => li.dataset.severity)).toEqual(['warning', 'warning', 'warning', 'info', 'info', 'info', 'info', 'info']);
    expect(within(finding('cost-indicator', 'D30')).getByText('指标值')).toBeTruthy();
  });

  test('clicking a cell address selects that cell', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await validate(user);
    await user.click(within(finding('target-style', 'D27')).getByRole('button', { name: '选择单元格 D27' }));
    expect(host.calls.selectCell).toEqual([['Sheet1', 'D27']]);
  });

  test('shows a progress indicator while the sheet is read', async () => {
    const host = FakeHost.fromSample(SEED);
    let release!: () => void;
    host.readGate = new Promise((resolve) => (release = resolve));
    host.progressSteps = [0.4];
    const { user } = renderPane(host);
    await user.click(screen.getByRole('button', { name: '校验' }));
    const summary = screen.getByTestId('summary');
    await waitFor(() => expect(summary.textContent).toContain('正在读取工作表（40%）'));
    expect(within(summary).getByRole('progressbar')).toBeTruthy();
    expect(screen.getByRole('button', { name: '校验' }).getAttribute('aria-disabled')).toBe('true');
    await act(async () => release());
    await waitFor(() => expect(summary.dataset.state).toBe('ready'));
    expect(within(summary).queryByRole('progressbar')).toBeNull();
  });

  test('a sheet without a table shows the empty state', async () => {
    const host = FakeHost.fromLiteral('会议纪要 | 2024年\n参会人员 | 张三');
    const { user } = renderPane(host);
    const summary = await validate(user);
    expect(summary.textContent).toContain('没有找到绩效目标表');
    const empty = screen.getByTestId('empty-state');
    expect(empty.textContent).toContain('当前工作表');
    expect(empty.textContent).toContain('一级指标');
    expect(empty.textContent).toContain('指标值');
    expect(empty.textContent).toContain('项目名称');
    expect(empty.textContent).toContain('资金');
    expect(findings()).toHaveLength(0);
  });

  test('an empty sheet shows the empty state too', async () => {
    const host = FakeHost.fromLiteral('');
    const { user } = renderPane(host);
    await validate(user);
    expect(screen.getByTestId('empty-state')).toBeTruthy();
  });
});

describe('notices from the host', () => {
  test('what the host says about a read is shown beside the result once, and can be dismissed', async () => {
    const host = FakeHost.fromSample(SEED);
    host.notices = ['merges-missing'];
    const { user } = renderPane(host);
    await validate(user);
    const notice = screen.getByTestId('host-notice');
    expect(notice.textContent).toContain('这个 Office 版本读不到合并单元格（需要 ExcelApi 1.13');
    expect(findings()).toHaveLength(8);
    await user.click(within(notice).getByRole('button', { name: '关闭提示' }));
    expect(screen.queryByTestId('host-notice')).toBeNull();
    // Every read says it; the pane says it once a session.
    await validate(user);
    expect(host.calls.reads).toBe(2);
    expect(screen.queryByTestId('host-notice')).toBeNull();
    host.notices = ['merges-missing', 'merges-incomplete'];
    await validate(user);
    const again = screen.getByTestId('host-notice').textContent;
    expect(again).toContain('这个工作表的合并单元格太多，有一部分没有读到');
    expect(again).not.toContain('读不到合并单元格');
  });
});
