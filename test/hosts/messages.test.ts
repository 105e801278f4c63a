/** The hosts' one message catalogue: every error code and notice said in both languages, in each spreadsheet's words. */
import type { HostApp, HostErrorCode, HostNotice } from '../../src/hosts/host';
import { HostError } from '../../src/hosts/host';
import { hostErrorText, hostNoticeText } from '../../src/hosts/messages';

// Records, so a code added to the type without a sentence fails to compile here.
const CODES: Record<HostErrorCode, true> = {
  protected: true,
  'structure-protected': true,
  denied: true,
  editing: true,
  unsupported: true,
  'not-connected': true,
  'no-workbook': true,
  'no-sheet': true,
  'sheet-gone': true,
  'no-selection': true,
  stale: true,
  'stale-cells': true,
  'other-workbook': true,
  'too-large': true,
  'not-a-cell': true,
  failed: true,
};
const NOTICES: Record<HostNotice, true> = { 'merges-missing': true, 'merges-failed': true, 'merges-incomplete': true, 'texts-incomplete': true };
const APPS: HostApp[] = ['excel', 'wps', 'preview'];

const FULL = {
  sheet: '绩效目标表',
  detail: 'RPC failed',
  apiSet: '1.13',
  cells: [{ cell: 'D27', text: '≥200人' }],
  cell: 'ZZZ0',
  book: 'Book1.xlsx',
  count: 2_000_000,
  limit: 1_000_000,
  address: 'A1:Z80000',
};

describe.each(APPS)('errors from %s', (app) => {
  test.each(Object.keys(CODES) as HostErrorCode[])('%s: both languages, no placeholder left, says whether anything changed', (code) => {
    const zh = hostErrorText(new HostError(code, { ...FULL, app }), 'zh-CN');
    const en = hostErrorText(new HostError(code, { ...FULL, app }), 'en-US');
    expect(zh).not.toMatch(/[{}]/);
    expect(en).not.toMatch(/[{}]/);
    expect(zh).toContain('没有做任何修改');
    expect(en).toContain('Nothing was changed');
    expect(zh).toMatch(/。$/);
    expect(en).toMatch(/\.$/);
    expect(en).not.toContain('。');
    const partial = hostErrorText(new HostError(code, { ...FULL, app, partial: true }), 'zh-CN');
    expect(partial).toContain('部分单元格可能已经写入');
    expect(partial).not.toContain('没有做任何修改');
  });
});

test('each spreadsheet in its own words', () => {
  const zh = (app: HostApp, code: HostErrorCode) => hostErrorText(new HostError(code, { ...FULL, app }), 'zh-CN');
  expect(zh('excel', 'protected')).toContain('“撤消工作表保护”');
  expect(zh('wps', 'protected')).toBe('工作表“绩效目标表”受保护，无法写入。没有做任何修改。如需修改，请在“审阅”选项卡点击“撤销工作表保护”（可能需要密码），再重试。');
  expect(zh('excel', 'failed')).toContain('Excel 返回：RPC failed。');
  expect(zh('wps', 'failed')).toContain('WPS 返回：RPC failed。');
  expect(zh('excel', 'not-connected')).toContain('请在 Excel 中打开本加载项');
  expect(zh('wps', 'not-connected')).toContain('“打开校验窗格”');
});

test('the data is in the sentence: cells with what they hold, counts, the Office that brings an API', () => {
  const many = Array.from({ length: 7 }, (_, i) => ({ cell: `D${i + 1}`, text: `值${i}` }));
  expect(hostErrorText(new HostError('stale-cells', { cells: many }), 'zh-CN')).toBe(
    '读取表格之后，要写入的单元格已有内容：D1（值0）、D2（值1）、D3（值2）、D4（值3）、D5（值4）…（共 7 个）。没有做任何修改。请重新校验后再插入。',
  );
  expect(hostErrorText(new HostError('stale-cells', { cells: many.slice(0, 2) }), 'en-US')).toBe(
    'Cells to be written are no longer empty since the sheet was read: D1 ("值0"), D2 ("值1"). Nothing was changed. Check again, then insert.',
  );
  expect(hostErrorText(new HostError('too-large', FULL), 'zh-CN')).toContain('（A1:Z80000）有 2,000,000 个单元格，超过了可校验的 1,000,000 个');
  expect(hostErrorText(new HostError('unsupported', { apiSet: '1.7' }), 'zh-CN')).toContain('需要 ExcelApi 1.7，即 Office 2019 或更新版本');
  expect(hostErrorText(new HostError('no-sheet', {}), 'zh-CN')).toMatch(/^找不到工作表：/);
  expect(hostErrorText(new HostError('failed', {}), 'en-US')).toContain('Excel said: unknown error.');
});

test.each(Object.keys(NOTICES) as HostNotice[])('notice %s in both languages', (notice) => {
  expect(hostNoticeText(notice, 'zh-CN')).toMatch(/[\u4e00-\u9fff].*。$/);
  expect(hostNoticeText(notice, 'en-US')).toMatch(/^[A-Z][^\u4e00-\u9fff]*\.$/);
});
