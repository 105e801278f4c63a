/** Settings, the report sheet, selecting a cell, capabilities, and Office errors → HostError. */
import { ExcelHost, FEATURES } from '../../../src/hosts/excel';
import { SETTINGS_KEY } from '../../../src/hosts/excel/settings';
import { toHostError } from '../../../src/hosts/excel/errors';
import { HostError } from '../../../src/hosts/host';
import type { WorkbookSettings } from '../../../src/core/settings';
import { FakeExcel, FakeSheet, officeError } from './fake-excel';
import { hostErrorText } from '../../../src/hosts/messages';

const hostOf = (excel: FakeExcel) => new ExcelHost({ run: excel.run, supports: excel.supports });

describe('settings', () => {
  const settings: WorkbookSettings = {
    rules: { 'target-vague': 'off', 'money-unit-scale': { severity: 'warning' } },
    ignored: [{ rule: 'target-style', sheet: '绩效目标表', cell: 'E12', value: '≥95%' }],
  };

  test('round-trip through the workbook settings under one key, one sync each way', async () => {
    const excel = new FakeExcel([new FakeSheet('Sheet1', '{s}')]);
    const host = hostOf(excel);
    await host.saveSettings(settings);
    expect(excel.syncs).toBe(1);
    expect(JSON.parse(excel.settings.get(SETTINGS_KEY) as string)).toEqual(settings);
    expect(await hostOf(excel).loadSettings()).toEqual(settings);
    expect(excel.syncs).toBe(2);
  });

  test('missing or malformed settings read as none; malformed entries are dropped', async () => {
    const excel = new FakeExcel([new FakeSheet('Sheet1', '{s}')]);
    expect(await hostOf(excel).loadSettings()).toEqual({ rules: {}, ignored: [] });
    excel.settings.set(SETTINGS_KEY, '{not json');
    expect(await hostOf(excel).loadSettings()).toEqual({ rules: {}, ignored: [] });
    excel.settings.set(SETTINGS_KEY, JSON.stringify({ rules: [], ignored: [{ rule: 'x' }, settings.ignored[0]] }));
    expect(await hostOf(excel).loadSettings()).toEqual({ rules: {}, ignored: settings.ignored });
  });
});

describe('addReportSheet', () => {
  const rows = [['绩效目标表校验报告'], ['工作表：Sheet1'], [], ['表', '单元格', '级别', '问题'], ['1', 'B3, D7', '错误', '-金额为空'], ['', 'E5', '警告', '0.5']];

  test('adds “name (2)” when the name is taken, pads the rows, bolds the header row, fits columns, activates it', async () => {
    const excel = new FakeExcel([new FakeSheet('Sheet1', '{s}'), new FakeSheet('校验报告', '{r}')]);
    const name = await hostOf(excel).addReportSheet('校验报告', rows);
    expect(name).toBe('校验报告 (2)');
    expect(excel.syncs).toBe(2);
    const sheet = excel.sheet('校验报告 (2)');
    expect(excel.active).toBe(sheet);
    expect(sheet.autofitted).toBe(true);
    expect(sheet.cell('A1').value).toBe('绩效目标表校验报告');
    expect(sheet.cell('D1').value).toBe(''); // padded to a rectangle
    expect(sheet.cell('D3').value).toBe('');
    expect(sheet.cell('D5').value).toBe('-金额为空');
    expect(sheet.cell('D5').format).toBe('@'); // text stays text
    expect(sheet.cell('A5').format).toBe('General'); // a table number stays a number
    expect(['A4', 'B4', 'C4', 'D4'].map((c) => sheet.cell(c).bold)).toEqual([true, true, true, true]);
    expect(sheet.cell('A5').bold).toBeUndefined();
    expect(sheet.cell('A1').bold).toBeUndefined();
  });

  test('names Excel would refuse are cleaned and kept within 31 characters', async () => {
    const excel = new FakeExcel([new FakeSheet('Sheet1', '{s}')]);
    const name = await hostOf(excel).addReportSheet('报告[2024]/第一季度:绩效目标表校验结果汇总与修改建议清单', [['x']]);
    expect(name).toBe('报告_2024__第一季度_绩效目标表校验结果汇总与修改建议清单'.slice(0, 31));
    expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe('selectCell', () => {
  test('activates the sheet, then selects the cell, in one sync', async () => {
    const excel = new FakeExcel([new FakeSheet('Sheet1', '{1}'), new FakeSheet('绩效目标表', '{2}')]);
    await hostOf(excel).selectCell('绩效目标表', 'E12');
    expect(excel.log).toEqual(['sync', 'activate 绩效目标表', 'select 绩效目标表!E12']);
  });

  test('a sheet that is gone: HostError sheet-gone', async () => {
    const excel = new FakeExcel([new FakeSheet('Sheet1', '{1}')]);
    const error = (await hostOf(excel).selectCell('旧表', 'A1').catch((e: unknown) => e)) as HostError;
    expect(error.code).toBe('sheet-gone');
    expect(hostErrorText(error, 'zh-CN')).toContain('找不到工作表“旧表”');
  });
});

describe('capabilities', () => {
  test('Office 2019 (ExcelApi 1.7): everything newer is listed with the Office that brings it', () => {
    const excel = new FakeExcel([new FakeSheet('Sheet1', '{1}')], { api: '1.7' });
    const caps = hostOf(excel).capabilities();
    expect(caps.features).toEqual({ changeEvents: true, suspendEvents: false, cellProperties: false, multiRange: false, merges: false, triggerSource: false, undoGroups: false });
    expect(caps.missing.map((m) => [m.feature, m.apiSet, m.office['zh-CN']])).toEqual([
      ['suspendEvents', 'ExcelApi 1.8', 'Office 2021 或 Microsoft 365'],
      ['cellProperties', 'ExcelApi 1.9', 'Office 2021 或 Microsoft 365'],
      ['multiRange', 'ExcelApi 1.9', 'Office 2021 或 Microsoft 365'],
      ['merges', 'ExcelApi 1.13', 'Office 2021 或 Microsoft 365'],
      ['triggerSource', 'ExcelApi 1.14', 'Office 2021 或 Microsoft 365'],
      ['undoGroups', 'ExcelApi 1.20', 'Microsoft 365'],
    ]);
  });

  test('Microsoft 365: nothing missing', () => {
    const excel = new FakeExcel([new FakeSheet('Sheet1', '{1}')], { api: '1.20' });
    expect(hostOf(excel).capabilities().missing).toEqual([]);
    expect(Object.keys(FEATURES)).toHaveLength(7);
  });
});

describe('Office errors → HostError', () => {
  test.each([
    [officeError('AccessDenied', 'The cell is on a protected sheet.'), 'protected'],
    [new Error('This sheet is protected'), 'protected'],
    [officeError('InvalidOperationInCellEditMode', 'cell-edit mode'), 'editing'],
    [officeError('ApiNotFound', 'The API you are trying to use could not be found.'), 'unsupported'],
    [officeError('ItemNotFound', "The requested resource doesn't exist."), 'no-sheet'],
    [officeError('GeneralException', 'An internal error has occurred.'), 'failed'],
  ])('%s → %s', (error, code) => {
    const mapped = toHostError(error, { apiSet: '1.13' });
    expect(mapped).toBeInstanceOf(HostError);
    expect(mapped.code).toBe(code);
    expect(hostErrorText(mapped, 'zh-CN')).toContain('没有做任何修改');
    expect(hostErrorText(mapped, 'en-US')).toContain('Nothing was changed');
    expect(mapped.cause).toBe(error);
  });

  test('the messages say what to do', () => {
    expect(hostErrorText(toHostError(officeError('ApiNotFound', 'x'), { apiSet: '1.13' }), 'zh-CN')).toContain('需要 ExcelApi 1.13，即 Office 2021 或 Microsoft 365');
    expect(hostErrorText(toHostError(officeError('GeneralException', 'An internal error has occurred.')), 'en-US')).toContain(
      'Excel said: An internal error has occurred. (GeneralException)',
    );
    const editing = toHostError(officeError('InvalidOperationInCellEditMode', 'x'));
    expect(hostErrorText(editing, 'zh-CN')).toBe('Excel 正在编辑单元格，暂时无法操作。没有做任何修改。请先按 Enter 或 Esc 结束单元格编辑，再点校验。');
    expect(hostErrorText(editing, 'en-US')).toBe('Excel is editing a cell and cannot be used right now. Nothing was changed. Press Enter or Esc to finish editing the cell, then click Check again.');
  });

  test('outside Excel (office.js not loaded) the host fails with not-connected, saying where to open the add-in', async () => {
    const error = (await new ExcelHost().readActiveSheet().catch((e: unknown) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe('not-connected');
    expect(hostErrorText(error, 'zh-CN')).toBe('没有连接到 Excel（Office 脚本未加载）。没有做任何修改。请在 Excel 中打开本加载项再试。');
  });
});

describe('AccessDenied (issue 10)', () => {
  test('on a protected sheet it says protected; otherwise it does not guess protection', () => {
    const protectedSheet = toHostError(officeError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.'));
    expect(protectedSheet.code).toBe('protected');
    const denied = toHostError(officeError('AccessDenied', 'You cannot perform the requested operation.'));
    expect(hostErrorText(denied, 'zh-CN')).not.toContain('工作表受保护');
    expect(hostErrorText(denied, 'en-US')).not.toContain('sheet is protected');
    expect(hostErrorText(protectedSheet, 'zh-CN')).toContain('工作表受保护');
    expect(hostErrorText(denied, 'zh-CN')).toContain('Excel 拒绝了这次修改');
    expect(hostErrorText(denied, 'zh-CN')).toContain('只读');
    expect(hostErrorText(denied, 'zh-CN')).toContain('没有做任何修改');
    expect(hostErrorText(denied, 'en-US')).toContain('Excel refused the change');
  });
});
