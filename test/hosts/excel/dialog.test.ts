/**
 * @jest-environment jsdom
 */
/** The result dialog page: headline, findings with their cells, and 打开校验面板 telling where the pane's button is. */
import { renderResult } from '../../../src/commands/dialog';
import type { DialogPayload } from '../../../src/commands/payload';

const payload: DialogPayload = {
  lang: 'zh-CN',
  kind: 'not-ready',
  headline: '2 个错误，14 个警告',
  findings: [
    { cell: 'B5', severity: 'error', message: '“项目主管部门”一栏未填写：请补充填写' },
    { cell: 'F10', severity: 'warning', message: '指标值“280人次”缺少运算符' },
  ],
  more: 14,
};

test('shows the headline, each finding with its cell, and the way to the pane', () => {
  const root = document.createElement('main');
  const close = jest.fn();
  renderResult(root, payload, close);

  expect(root.querySelector('h1')?.textContent).toBe('2 个错误，14 个警告');
  expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['B5错误“项目主管部门”一栏未填写：请补充填写', 'F10警告指标值“280人次”缺少运算符']);
  expect(root.querySelector('.more')?.textContent).toBe('还有 14 个问题，请在校验面板中查看。');

  const hint = root.querySelector<HTMLElement>('.hint')!;
  expect(hint.hidden).toBe(true);
  const [open, closeButton] = [...root.querySelectorAll('button')];
  expect(open.textContent).toBe('打开校验面板');
  open.click();
  expect(hint.hidden).toBe(false);
  expect(hint.textContent).toContain('点击“开始”选项卡上的“打开校验面板”');

  closeButton.click();
  expect(close).toHaveBeenCalledTimes(1);
});

test('no payload: says so instead of showing nothing', () => {
  const root = document.createElement('main');
  renderResult(root, null, () => undefined);
  expect(root.querySelector('h1')?.textContent).toBe('没有收到校验结果。');
});
