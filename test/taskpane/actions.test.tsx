/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { FakeHost } from './fake-host';
import { finding, findings, dialogClosed, openDialog, renderPane, validate } from './render';

const SEED = 'seed-shanghai-2020';

describe('fixing', () => {
  test('修正 writes the cell and the finding is gone after the re-check', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await validate(user);
    const reads = host.calls.reads;

    await user.click(within(finding('target-style', 'D27')).getByRole('button', { name: /^修正/ }));
    await waitFor(() => expect(host.calls.reads).toBe(reads + 1));
    await waitFor(() => expect(screen.getByTestId('summary').dataset.state).toBe('ready'));

    expect(host.calls.applyEdits).toEqual([[{ sheet: 'Sheet1', cell: 'D27', expected: '>=200人', value: '≥200人' }]]);
    expect(host.text('D27')).toBe('≥200人');
    expect(findings().filter((li) => li.dataset.rule === 'target-style')).toHaveLength(4);
    expect(() => finding('target-style', 'D27')).toThrow();
    expect(screen.getByTestId('notice').textContent).toContain('已修改 1 个单元格');
    // Keyboard focus stays in the list, on the finding now in that place.
    expect(document.activeElement?.getAttribute('data-testid')).toBe('finding');
  });

  test('a suggestion is offered as a choice with the suggested value, and applied when picked', async () => {
    const host = FakeHost.fromSample(SEED);
    host.setCell('D19', '≥100%');
    const { user } = renderPane(host);
    await validate(user);
    const item = finding('target-percent-range', 'D19');
    expect(within(item).queryByRole('button', { name: /^修正/ })).toBeNull();
    const choice = within(item).getByRole('button', { name: /^改为“=100%”/ });
    expect(choice.textContent).toBe('改为“=100%”');

    await user.click(choice);
    await waitFor(() => expect(host.text('D19')).toBe('=100%'));
    await waitFor(() => expect(findings().some((li) => li.dataset.rule === 'target-percent-range')).toBe(false));
  });

  test('全部修正 asks first, naming how many cells change, then writes them all', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await validate(user);

    await user.click(screen.getByRole('button', { name: '全部修正（5）' }));
    const dialog = await openDialog();
    expect(dialog.textContent).toContain('将修改 5 个单元格');
    expect(dialog.textContent).toContain('D27 改为“≥200人”');

    await user.click(within(dialog).getByRole('button', { name: '取消', hidden: true }));
    await dialogClosed();
    expect(host.calls.applyEdits).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '全部修正（5）' }));
    await user.click(within(await openDialog()).getByRole('button', { name: '修改', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /全部修正/ })).toBeNull());
    expect(host.calls.applyEdits).toHaveLength(1);
    expect(host.calls.applyEdits[0].map((e) => e.cell)).toEqual(['D27', 'D28', 'D29', 'D30', 'D31']);
    expect(['D27', 'D28', 'D29', 'D30', 'D31'].map((c) => host.text(c))).toEqual(['≥200人', '≥95%', '≥95%', '≥95%', '≥99%']);
    expect(findings().filter((li) => li.dataset.rule === 'target-style')).toHaveLength(0);
  });

  test('an edit to a cell changed since the check is not written, and says so', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await validate(user);
    host.setCell('D27', '≥300人'); // typed by the user, no re-check yet

    await user.click(within(finding('target-style', 'D27')).getByRole('button', { name: /^修正/ }));
    const notice = await screen.findByTestId('notice');
    expect(notice.textContent).toContain('D27 已被修改，未覆盖');
    expect(notice.textContent).toContain('≥300人');
    expect(host.text('D27')).toBe('≥300人');
  });
});

describe('ignoring', () => {
  test('忽略 hides a finding, stores it in the workbook, and 取消忽略 brings it back', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await validate(user);

    await user.click(within(finding('cost-indicator', 'D30')).getByRole('button', { name: /^忽略/ }));
    await waitFor(() => expect(findings().some((li) => li.dataset.rule === 'cost-indicator')).toBe(false));
    expect(host.calls.saveSettings).toEqual([{ rules: {}, ignored: [{ rule: 'cost-indicator', sheet: 'Sheet1', cell: 'D30', value: '>=95%' }] }]);
    expect(screen.getByTestId('summary').textContent).toContain('2 个警告');

    const toggle = screen.getByRole('button', { name: '已忽略 1 项' });
    expect(screen.queryByTestId('ignored')).toBeNull();
    await user.click(toggle);
    const ignored = screen.getByTestId('ignored');
    expect(findings(ignored)).toHaveLength(1);
    await user.click(within(ignored).getByRole('button', { name: /^取消忽略/ }));
    await waitFor(() => expect(findings().filter((li) => li.dataset.rule === 'cost-indicator')).toHaveLength(1));
    expect(host.settings.ignored).toEqual([]);
    expect(screen.queryByRole('button', { name: /已忽略/ })).toBeNull();
  });

  test('ignored findings stay ignored in the next session (settings come from the workbook)', async () => {
    const host = FakeHost.fromSample(SEED, { rules: {}, ignored: [{ rule: 'cost-indicator', sheet: 'Sheet1', cell: 'D30', value: '>=95%' }] });
    const { user } = renderPane(host);
    await validate(user);
    expect(findings().some((li) => li.dataset.rule === 'cost-indicator')).toBe(false);
    expect(screen.getByRole('button', { name: '已忽略 1 项' })).toBeTruthy();
  });
});

describe('highlights', () => {
  test('在表格中标出 marks the findings’ cells by severity, and clears them when switched off', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await validate(user);
    const toggle = screen.getByRole('switch', { name: '在表格中标出' });

    await user.click(toggle);
    await waitFor(() => expect(host.calls.highlight).toHaveLength(1));
    const [sheet, cells] = host.calls.highlight[0];
    expect(sheet).toBe('Sheet1');
    // D30 has a warning and an info: the warning wins.
    expect(cells).toEqual(
      expect.arrayContaining([
        { cell: 'D27', severity: 'info' },
        { cell: 'D30', severity: 'warning' },
        { cell: 'C31', severity: 'warning' },
      ]),
    );
    expect(cells).toHaveLength(7);

    // A fix changes the findings: the highlights follow.
    await user.click(within(finding('target-style', 'D27')).getByRole('button', { name: /^修正/ }));
    await waitFor(() => expect(host.calls.highlight).toHaveLength(2));
    expect(host.calls.highlight[1][1].some((c) => c.cell === 'D27')).toBe(false);

    await user.click(toggle);
    await waitFor(() => expect(host.calls.clearHighlights).toBe(1));
  });
});

describe('re-checking after the user edits the sheet', () => {
  test('is automatic once the user has checked, and debounced', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    expect(host.listenerCount).toBe(0); // nothing is checked before the user asks
    await validate(user);
    await waitFor(() => expect(host.listenerCount).toBe(1));
    const reads = host.calls.reads;

    host.userEdit('D27', '≥200');
    host.userEdit('D27', '≥200人');
    host.userEdit('D28', '≥95%');
    await waitFor(() => expect(host.calls.reads).toBe(reads + 1), { timeout: 3000 });
    await waitFor(() => expect(findings().filter((li) => li.dataset.rule === 'target-style')).toHaveLength(3));
    await new Promise((r) => setTimeout(r, 900));
    expect(host.calls.reads).toBe(reads + 1); // three edits, one read
  });

  test('stops listening when the pane goes away', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user, unmount } = renderPane(host);
    await validate(user);
    await waitFor(() => expect(host.listenerCount).toBe(1));
    unmount();
    expect(host.listenerCount).toBe(0);
  });
});

describe('rule settings', () => {
  test('switching a rule off saves it in the workbook and its findings go', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await validate(user);
    await user.click(screen.getByRole('button', { name: '规则设置' }));
    const rule = await screen.findByRole('switch', { name: /target-style/ }); // loaded when first opened
    expect(rule).toHaveProperty('checked', true);

    await user.click(rule);
    await waitFor(() => expect(host.settings.rules).toEqual({ 'target-style': 'off' }));
    await waitFor(() => expect(findings().some((li) => li.dataset.rule === 'target-style')).toBe(false));
    expect(screen.getByRole('switch', { name: /target-style/ })).toHaveProperty('checked', false);

    await user.click(screen.getByRole('switch', { name: /target-style/ }));
    await waitFor(() => expect(host.settings.rules).toEqual({}));
    await waitFor(() => expect(findings().filter((li) => li.dataset.rule === 'target-style')).toHaveLength(5));
  });
});
