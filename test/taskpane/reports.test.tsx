/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { checkSheet, emailReport, reportSheetRows } from '../../src/core/outcome';
import { FakeHost } from './fake-host';
import { dialogClosed, openDialog, renderPane, validate } from './render';

const SEED = 'seed-shanghai-2020';

/** What the pane should have produced for the seed, from the session functions themselves. */
async function expectedOutcome(host: FakeHost) {
  return checkSheet((await host.readActiveSheet()).snapshot, host.settings);
}

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined): void {
  Object.defineProperty(navigator, 'clipboard', { value: writeText ? { writeText } : undefined, configurable: true });
}

afterEach(() => {
  setClipboard(undefined);
  Object.defineProperty(document, 'execCommand', { value: undefined, configurable: true });
});

describe('复制报告', () => {
  test('puts the email report on the clipboard', async () => {
    const host = FakeHost.fromSample(SEED);
    const copied: string[] = [];
    const { user } = renderPane(host);
    await validate(user);
    setClipboard(async (text) => void copied.push(text));
    await user.click(screen.getByRole('button', { name: '复制报告' }));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toBe(emailReport(await expectedOutcome(host), 'zh-CN'));
    expect(copied[0]).toContain('结论：可以发送');
    expect(screen.getByTestId('notice').textContent).toContain('报告已复制');
  });

  test('falls back to a selected textarea and execCommand when the Clipboard API is refused', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await validate(user);
    setClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    let selected = '';
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: (command: string) => {
        const area = document.querySelector('textarea');
        selected = command === 'copy' && area ? area.value : '';
        return true;
      },
    });
    await user.click(screen.getByRole('button', { name: '复制报告' }));
    await screen.findByTestId('notice');
    expect(selected).toBe(emailReport(await expectedOutcome(host), 'zh-CN'));
    expect(document.querySelector('textarea')).toBeNull(); // the helper textarea is gone
  });

  test('shows the text to copy by hand when the web view blocks the clipboard entirely', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await validate(user);
    setClipboard(() => Promise.reject(new Error('blocked')));
    Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
    await user.click(screen.getByRole('button', { name: '复制报告' }));
    const dialog = await openDialog();
    expect(dialog.textContent).toContain('Ctrl+C');
    const text = within(dialog).getByRole('textbox', { name: '报告内容', hidden: true }) as HTMLTextAreaElement;
    expect(text.value).toBe(emailReport(await expectedOutcome(host), 'zh-CN'));
    await waitFor(() => expect(document.activeElement).toBe(text));
    expect([text.selectionStart, text.selectionEnd]).toEqual([0, text.value.length]);
    await user.click(within(dialog).getByRole('button', { name: '关闭', hidden: true }));
    await dialogClosed();
  });
});

describe('导出报告', () => {
  test('adds a 校验报告 sheet with one row per finding', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await validate(user);
    await user.click(screen.getByRole('button', { name: '导出报告' }));
    await waitFor(() => expect(host.calls.addReportSheet).toHaveLength(1));
    const [name, rows] = host.calls.addReportSheet[0];
    expect(name).toBe('校验报告');
    expect(rows).toEqual(reportSheetRows(await expectedOutcome(host), 'zh-CN'));
    expect(screen.getByTestId('notice').textContent).toContain('已添加工作表“校验报告”');

    await user.click(screen.getByRole('button', { name: '导出报告' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('“校验报告 (2)”'));
  });
});

describe('what was recognised', () => {
  test('is collapsed at first and lists project, unit, year, framework, money and indicators per 一级', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await validate(user);
    const section = screen.getByTestId('recognised');
    const header = within(section).getByRole('button', { name: '识别结果' });
    expect(header.getAttribute('aria-expanded')).toBe('false');
    await user.click(header);
    expect(header.getAttribute('aria-expanded')).toBe('true');

    await within(section).findByTestId('recognised-money'); // the view is loaded when first opened
    const text = section.textContent ?? '';
    for (const part of ['老干部工作专项经费', '金额单位元', '年度2020', '上海2020版', 'A1:D37']) expect(text).toContain(part);
    const money = within(section).getByTestId('recognised-money');
    expect(within(money).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '项目总预算(元)：14,624,640 元 B15',
      '项目当年预算(元)：14,624,640 元 D15',
      '同名项目上年预算额(元)：12,978,930 元 B16',
      '同名项目上年预算执行数(元)：12,978,930 元 D16',
    ]);
    const indicators = within(section).getByTestId('recognised-indicators');
    expect(within(indicators).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '投入与管理：8 项',
      '产出目标：4 项',
      '效果目标：5 项',
      '影响力目标：2 项',
    ]);
    await user.click(within(money).getByRole('button', { name: '选择单元格 B15' }));
    expect(host.calls.selectCell).toEqual([['Sheet1', 'B15']]);
  });
});
