/** @jest-environment jsdom */
/**
 * 识别栏目: a label the checker did not understand is shown under 识别结果 with a "这是…" picker; the user's answer is
 * kept in the workbook's settings as a vocabulary extension, the next check reads the label, and the taught labels
 * can be removed, exported and imported.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeHost } from './fake-host';
import { renderPane, validate } from './render';

const TABLE = `
  项目支出绩效目标表 | | |
  (2023年度) | | |
  项目名称 | 道路养护 | 主管预算科室 | 交通局养护科
  项目资金(万元) | 年度资金总额 | 80 |
  总体目标 | 养护道路60公里 | |
  一级指标 | 二级指标 | 三级指标 | 指标值
  产出指标 | 数量指标 | 养护道路长度 | ≥20公里`;

async function openSection(user: ReturnType<typeof renderPane>['user'], name: RegExp) {
  await user.click(screen.getByRole('button', { name }));
}

describe('teaching the checker a label', () => {
  test('an unrecognised label is taught from 识别结果; the workbook keeps it and the next check reads it', async () => {
    const host = FakeHost.fromLiteral(TABLE);
    const { user } = renderPane(host);
    await validate(user);
    // Without the label, the unit is not called missing: a warning names the label instead.
    expect(screen.getByText(/没有找到单位；表头中有未能识别的栏目：主管预算科室/)).toBeTruthy();

    await openSection(user, /识别结果/);
    const list = await screen.findByTestId('unrecognised-labels');
    expect(within(list).getByText('主管预算科室')).toBeTruthy();
    fireEvent.change(within(list).getByRole('combobox', { name: '“主管预算科室”是什么' }), { target: { value: 'department' } });

    await waitFor(() => expect(host.calls.saveSettings).toHaveLength(1));
    expect(host.calls.saveSettings[0].vocabulary).toEqual({ version: 1, fields: { department: ['主管预算科室'] } });
    await waitFor(() => expect(screen.queryByTestId('unrecognised-labels')).toBeNull());
    expect(screen.queryByText(/没有找到单位/)).toBeNull();
    expect(host.calls.reads).toBe(1); // the same snapshot, checked again under the new settings
  });

  test('taught labels are listed under 识别栏目 and can be exported, imported and removed', async () => {
    const host = FakeHost.fromLiteral(TABLE, { rules: {}, ignored: [], vocabulary: { version: 1, fields: { department: ['主管预算科室'] } } });
    const { user } = renderPane(host);
    await validate(user);
    expect(screen.queryByText(/没有找到单位/)).toBeNull();

    await openSection(user, /识别栏目/);
    const panel = await screen.findByTestId('taught-labels');
    expect(within(panel).getByText('“主管预算科室” → 主管部门')).toBeTruthy();

    // Export: the file is the vocabulary extension, as ptcheck --vocabulary reads it.
    const saved: Blob[] = [];
    Object.assign(URL, { createObjectURL: (b: Blob) => (saved.push(b), 'blob:x'), revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(within(panel).getByRole('button', { name: '导出词表' }));
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(saved[0]);
    });
    expect(JSON.parse(text)).toEqual({ version: 1, fields: { department: ['主管预算科室'] } });
    click.mockRestore();

    // Import a colleague's file: its labels are added.
    const file = new File([JSON.stringify({ version: 1, money: [{ amount: 'annual', labels: ['本年安排数'] }] })], '词表.json', { type: 'application/json' });
    fireEvent.change(within(panel).getByTestId('import-vocabulary'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已导入 1 个栏目名称'));
    expect(host.settings.vocabulary).toEqual({ version: 1, fields: { department: ['主管预算科室'] }, money: [{ amount: 'annual', labels: ['本年安排数'] }] });

    // A bad file changes nothing and says why.
    const bad = new File([JSON.stringify({ version: 1, fields: { nonsense: ['x'] } })], 'bad.json');
    fireEvent.change(within(panel).getByTestId('import-vocabulary'), { target: { files: [bad] } });
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('词表文件有误，没有导入任何内容'));
    expect(screen.getByTestId('notice').textContent).toContain('fields.nonsense');
    expect(host.settings.vocabulary?.money).toHaveLength(1);

    await user.click(within(panel).getByRole('button', { name: '删除“主管预算科室”' }));
    await waitFor(() => expect(host.settings.vocabulary).toEqual({ version: 1, money: [{ amount: 'annual', labels: ['本年安排数'] }] }));
    await waitFor(() => expect(screen.getByText(/没有找到单位；表头中有未能识别的栏目：主管预算科室/)).toBeTruthy());
  });
});
