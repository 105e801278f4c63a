/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { computeAccessibleName } from 'dom-accessibility-api';
import { FakeHost } from './fake-host';
import { renderPane, validate } from './render';

const SEED = 'seed-shanghai-2020';

/**
 * Every control a keyboard reaches, with the name a screen reader announces. Tabster's focus sentinels (the
 * `<i data-tabster-dummy aria-hidden>` a TabList puts around itself to manage arrow-key focus) are not controls.
 */
function controls(): { element: Element; name: string }[] {
  const selector = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';
  return [...document.querySelectorAll(selector)]
    .filter((element) => !element.hasAttribute('data-tabster-dummy'))
    .map((element) => ({ element, name: computeAccessibleName(element) }));
}

describe('accessibility', () => {
  test('every control is a native focusable element with a name, before and after a check', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    await user.click(screen.getByRole('button', { name: '规则设置' }));
    await validate(user);
    await user.click(screen.getByRole('button', { name: '识别结果' }));
    // Both views are loaded when first opened.
    await screen.findByTestId('rule-settings');
    await screen.findByTestId('recognised-money');
    const all = controls();
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((c) => !c.name.trim()).map((c) => c.element.outerHTML.slice(0, 120))).toEqual([]);
  });

  test('React warns of nothing (the `inert` attribute Fluent’s accordion set is gone with it): check, every panel, a dialog', async () => {
    const warnings: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
    try {
      const host = FakeHost.fromSample(SEED);
      const { user } = renderPane(host);
      await user.click(screen.getByRole('button', { name: '规则设置' }));
      await validate(user);
      await user.click(screen.getByRole('button', { name: '识别结果' }));
      await screen.findByTestId('recognised-money');
      await user.click(screen.getByRole('button', { name: /^全部修正/ }));
      await screen.findByRole('dialog');
      await user.keyboard('{Escape}');
      await user.click(screen.getByRole('button', { name: '识别结果' }));
      expect(warnings).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });

  test('the primary button is named 校验, keeps focus while reading, and cell links work from the keyboard', async () => {
    const host = FakeHost.fromSample(SEED);
    const { user } = renderPane(host);
    const button = screen.getByRole('button', { name: '校验' });
    button.focus();
    await user.keyboard('{Enter}');
    await screen.findAllByTestId('finding');
    // The button was only aria-disabled while reading: focus did not fall back to the page.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '重新校验' }));
    // (Tab order itself is the DOM order of native buttons; Fluent's tabster focus traps do not run in jsdom.)
    const link = screen.getAllByRole('button', { name: '选择单元格 D27' })[0];
    link.focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(host.calls.selectCell).toEqual([
      ['Sheet1', 'D27'],
      ['Sheet1', 'D27'],
    ]);
  });
});

test('where settings are kept: in the workbook in Excel, in this browser in the preview', async () => {
  const excel = renderPane(FakeHost.fromSample(SEED));
  await excel.user.click(screen.getByRole('button', { name: '规则设置' }));
  expect((await screen.findByTestId('rule-settings')).textContent).toContain('设置保存在本工作簿中');
  excel.unmount();
  const preview = renderPane(FakeHost.fromSample(SEED), 'zh-CN', undefined, 'preview');
  await preview.user.click(screen.getByRole('button', { name: '规则设置' }));
  const text = (await screen.findByTestId('rule-settings')).textContent;
  expect(text).toContain('设置保存在本浏览器里');
  expect(text).not.toContain('本工作簿');
});
