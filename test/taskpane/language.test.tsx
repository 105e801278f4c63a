/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { FakeHost } from './fake-host';
import { finding, findings, renderPane, validate } from './render';

const SEED = 'seed-shanghai-2020';

describe('an English Office', () => {
  test('gets the pane in English: buttons, summary, severities, messages, groups', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host, 'en-US');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Performance Target Checker');
    const summary = await validate(user, /^Check$/);
    expect(summary.textContent).toContain('Ready to send: no errors');
    // The counts, each a filter of the list; plural where it is plural (test/taskpane/filters.test.tsx has 1).
    const counts = within(summary).getByRole('group', { name: 'Filter findings by severity' });
    expect(within(counts).getAllByRole('button').map((b) => b.textContent)).toEqual(['3 warnings', '5 infos']);

    const item = finding('target-style', 'D27');
    expect(within(item).getByText('Info')).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Select cell D27' }).textContent).toBe('D27');
    expect(within(item).getByRole('button', { name: /^Fix/ })).toBeTruthy();
    expect(within(item).getByRole('button', { name: /^Ignore/ })).toBeTruthy();
    expect(item.textContent).not.toMatch(/运算符|宜写作/);
    expect(screen.getByRole('heading', { name: 'Table 1: 老干部工作专项经费 (A1:D37)' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['3 warnings', '5 infos']);
    expect(within(item).getByText('Targets')).toBeTruthy(); // its category
    for (const name of ['Check again', 'Fix all (5)', 'Copy report', 'Export report']) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Mark in the sheet' })).toBeTruthy();
    expect(findings()).toHaveLength(8);
    // No Chinese UI words left outside the data (project name, indicator names, labels quoted from the sheet).
    const chrome = [...document.querySelectorAll('button, [role="switch"], h1, h2, [data-testid="summary"]')].map((e) => e.textContent ?? '');
    expect(chrome.filter((s) => /校验|修正|忽略|错误|警告|提示|可以发送/.test(s))).toEqual([]);
  });

  test('shows the empty state in English', async () => {
    const host = FakeHost.fromLiteral('会议纪要 | 2024年');
    const { user } = renderPane(host, 'en-US');
    await validate(user, /^Check$/);
    expect(screen.getByTestId('empty-state').textContent).toContain('The active sheet is the one checked');
  });
});
