/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { HostError } from '../../src/hosts/host';
import { FakeHost } from './fake-host';
import { finding, findings, renderPane, validate } from './render';

const SEED = 'seed-shanghai-2020';
const PROTECTED = new HostError('protected', { app: 'excel' });

describe('host errors', () => {
  test('a protected sheet: the message in the user’s language, and nothing changed', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await validate(user);
    host.failNext('applyEdits', PROTECTED);

    await user.click(within(finding('target-style', 'D27')).getByRole('button', { name: /^修正/ }));
    const error = await screen.findByTestId('error');
    expect(error.textContent).toContain('工作表受保护，无法写入');
    expect(error.textContent).toContain('表格没有被修改');
    expect(host.text('D27')).toBe('>=200人');
    // The list is as it was: the user can still see what to fix by hand.
    expect(finding('target-style', 'D27')).toBeTruthy();
    expect(findings()).toHaveLength(8);

    await user.click(within(error).getByRole('button', { name: '关闭提示' }));
    expect(screen.queryByTestId('error')).toBeNull();
  });

  test('a failed read (Excel in cell-edit mode) says so; pressing 校验 again works', async () => {
    const host = FakeHost.fromSample(SEED);
    host.failNext('readActiveSheet', new HostError('editing', { app: 'excel' }));
    const { user } = renderPane(host);
    await user.click(screen.getByRole('button', { name: '校验' }));
    const error = await screen.findByTestId('error');
    expect(error.textContent).toContain('请先按 Enter 或 Esc 结束单元格编辑');
    expect(screen.getByTestId('summary').dataset.state).toBe('idle');

    await validate(user);
    expect(screen.queryByTestId('error')).toBeNull();
    expect(findings()).toHaveLength(8);
  });

  test('an unsupported Office version, in English for an English Office', async () => {
    const host = FakeHost.fromSample(SEED);
    host.failNext('readActiveSheet', 'unsupported');
    const { user } = renderPane(host, 'en-US');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const error = await screen.findByTestId('error');
    expect(error.textContent).toContain('This Office version lacks the feature (it needs ExcelApi 1.13: Office 2021 or Microsoft 365)');
    expect(error.textContent).toContain('the sheet was not changed');
  });

  test('a protected sheet refuses highlights: the switch goes back off', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await validate(user);
    host.failNext('highlight', PROTECTED);
    const toggle = screen.getByRole('switch', { name: '在表格中标出' });
    await user.click(toggle);
    expect((await screen.findByTestId('error')).textContent).toContain('工作表受保护');
    await waitFor(() => expect(toggle).toHaveProperty('checked', false));
  });

  test('an unexpected failure is shown, not swallowed', async () => {
    const host = FakeHost.fromSample(SEED);
    host.failNext('readActiveSheet', new Error('boom'));
    const { user } = renderPane(host);
    await user.click(screen.getByRole('button', { name: '校验' }));
    expect((await screen.findByTestId('error')).textContent).toContain('出现意外错误：boom');
  });
});

describe('stored settings the engine refuses', () => {
  test('say what is wrong and offer 恢复默认规则, which keeps the ignored findings', async () => {
    const ignored = [{ rule: 'cost-indicator', sheet: 'Sheet1', cell: 'D30', value: '>=95%' }];
    const host = FakeHost.fromSample(SEED, { rules: { 'no-such-rule': 'off', 'target-style': 'loud' as never }, ignored });
    const { user } = renderPane(host);
    await user.click(screen.getByRole('button', { name: '校验' }));
    const error = await screen.findByTestId('error');
    expect(error.textContent).toContain('本工作簿保存的规则设置有误');
    expect(error.textContent).toContain('未知的规则“no-such-rule”');
    expect(error.textContent).toContain('“loud”无效');
    expect(findings()).toHaveLength(0);

    await user.click(within(error).getByRole('button', { name: '恢复默认规则' }));
    await waitFor(() => expect(screen.queryByTestId('error')).toBeNull());
    expect(host.settings).toEqual({ rules: {}, ignored });
    expect(findings()).toHaveLength(7);
    expect(screen.getByRole('button', { name: '已忽略 1 项' })).toBeTruthy();
  });
});
