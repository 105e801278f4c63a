/** @jest-environment jsdom */
/** Settings stored in the workbook that switch rules off are said in the summary, every time the sheet is checked. */
import { screen, within } from '@testing-library/react';
import { FakeHost } from './fake-host';
import { renderPane, validate } from './render';

test('the summary says which rules the workbook\'s own settings switch off or lower', async () => {
  const host = FakeHost.fromSample('seed-shanghai-2020', { rules: { 'target-style': 'off', 'cost-indicator': 'info' }, ignored: [] });
  const { user } = renderPane(host);
  const summary = await validate(user);
  expect(summary.dataset.state).toBe('ready');
  const lines = within(summary).getAllByTestId('summary-silenced').map((e) => e.textContent);
  expect(lines).toEqual(['注意：本工作簿保存的校验设置关闭了 1 条规则（target-style），这些规则发现的问题不会列出', '注意：本工作簿保存的校验设置降低了 1 条规则的级别（cost-indicator → 提示）']);
  expect(screen.queryAllByTestId('finding').some((li) => li.dataset.rule === 'target-style')).toBe(false);
});

test('no line when the settings silence nothing', async () => {
  const host = FakeHost.fromSample('seed-shanghai-2020');
  const { user } = renderPane(host, 'en-US');
  const summary = await validate(user, /Check/);
  expect(within(summary).queryAllByTestId('summary-silenced')).toEqual([]);
});
