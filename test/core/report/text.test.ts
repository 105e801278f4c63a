/* eslint-disable no-control-regex -- these tests look for control characters in the output */
/** The text reports on reports of any size, and on text from files that would act on a terminal. */
import { readFileSync } from 'fs';
import path from 'path';
import { checkFileText, checkText, inspectFileText } from '../../../src/core/report/text';
import type { FileReport } from '../../../src/core/report/json';
import { messageOf, MAX_QUOTE } from '../../../src/core/report/messages';
import { terminalJson, terminalLine } from '../../../src/core/report/terminal';
import { checkSheets, recogniseSheets } from '../../../src/core/check/workbook';
import type { Finding } from '../../../src/core/model';
import { readWorkbookBytes } from '../../../src/io/read-workbook';
import { sheet } from '../../helpers/sheet';

const ATTACK = '\u001b[8m\u001b]0;可以发送\u0007\u001b[2J\u202e\u009b31m';

function report(literal: string, name = 'Sheet1'): FileReport {
  return { file: 'a.xlsx', sheets: checkSheets(recogniseSheets([sheet(literal, { name })])) };
}

// 300,000: twice what a spread into a call overflows at on Node's default stack (about 125,000 arguments).
test('300,000 findings print (the spread that overflowed the stack is gone), sorted by cell', () => {
  const findings: Finding[] = [];
  for (let i = 300_000; i > 0; i--) findings.push({ rule: 'target-missing', severity: 'error', messageId: 'missing', data: { level3: `指标${i}` }, sheet: 'S', cells: [`D${i}`] });
  const r: FileReport = { file: 'many.csv', sheets: [{ name: 'S', tables: [], notes: [], findings }] };
  const text = checkFileText(r, 'zh-CN');
  const lines = text.split('\n');
  expect(lines).toHaveLength(300_000 + 3);
  expect(lines[2]).toMatch(/^ {4}D1 +错误/);
  expect(lines.at(-1)).toBe('  还不能发送：300000 个错误');
});

test('cell text, sheet names and file names reach the terminal escaped, never raw', () => {
  const r = report(`项目名称 | 养老${ATTACK} | |\n一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 人次${ATTACK} | 好`, `表${ATTACK}`);
  r.file = `a${ATTACK}.xlsx`;
  for (const text of [checkFileText(r, 'zh-CN'), inspectFileText(r, 'zh-CN'), checkText([r, r], 'en-US')]) {
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(text).toContain('\\x1B[8m\\x1B]0;可以发送\\x07\\x1B[2J\\u202E\\x9B31m');
  }
  expect(terminalLine('a\tb\nc\rd')).toBe('a\\x09b\\x0Ac\\x0Dd');
  // In JSON the same characters become \u escapes: the same value, nothing for a terminal to act on.
  const json = terminalJson(JSON.stringify({ t: ATTACK }));
  expect(JSON.parse(json)).toEqual({ t: ATTACK });
  expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
});

test('messages quote cell text cut to a readable length', () => {
  const long = '很长的目标值'.repeat(1000);
  const message = messageOf({ rule: 'target-not-measurable', messageId: 'notMeasurable', data: { name: '服务', text: long } }, 'zh-CN');
  expect(message.length).toBeLessThan(MAX_QUOTE * 2 + 100);
  expect(message).toContain(`${long.slice(0, MAX_QUOTE)}…`);
});

test('a file whose findings were cut says how many are not listed, and its verdict counts them all', () => {
  const r = report('项目名称 | 养老 | |\n一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 人次 | 好');
  r.counts = { errors: 5, warnings: 0, infos: 0 };
  r.omitted = 3;
  const text = checkFileText(r, 'zh-CN');
  expect(text).toContain('另有 3 个问题未列出');
  expect(text).toContain('还不能发送：5 个错误');
});

test('the add-in\'s settings found in a file are said, with the rules they switch off, and that ptcheck did not apply them', () => {
  const r = report('项目名称 | 养老 | |\n一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 人次 | ≥2000人次');
  r.fileSettings = { rulesOff: ['target-style', 'weight-total'], rulesLowered: [{ rule: 'target-missing', severity: 'info' }], ignored: 2, applied: false };
  const zh = checkFileText(r, 'zh-CN');
  expect(zh).toContain('此文件保存了校验插件的设置，关闭了 2 条规则：target-style、weight-total。ptcheck 没有采用文件自带的设置');
  expect(zh).toContain('降低了 1 条规则的级别：target-missing→info');
  expect(zh).toContain('忽略了 2 个问题');
  expect(checkFileText(r, 'en-US')).toContain("ptcheck did not apply the file's settings");
});

test('a workbook with no table is never ready to send', () => {
  const r: FileReport = { file: 'x.xlsx', sheets: [{ name: 'S', tables: [], notes: [], findings: [] }] };
  expect(checkFileText(r, 'zh-CN')).toContain('还不能发送：没有找到可以检查的绩效目标表');
});

test('a flat multi-project export: each table is named by its project, not by the sheet heading they share', () => {
  const file = path.join(__dirname, '..', '..', 'fixtures', 'samples', 'real-sichuan-jingyan-2023-1.xlsx');
  const read = readWorkbookBytes(new Uint8Array(readFileSync(file)), 'jingyan.xlsx');
  const r: FileReport = { file: 'jingyan.xlsx', sheets: checkSheets(recogniseSheets(read.sheets)) };
  const titles = (text: string) => text.split('\n').filter((l) => /^ {4}表 \d/.test(l));
  expect(titles(checkFileText(r, 'zh-CN'))).toEqual(['    表 1：A5:L12  村组干部报酬', '    表 2：B13:L16  基层组织活动经费']);
  expect(titles(inspectFileText(r, 'zh-CN'))).toEqual(['    表 1：A5:L12  村组干部报酬', '    表 2：B13:L16  基层组织活动经费']);
  // A sheet of one table keeps its title.
  expect(titles(checkFileText(report('财政项目支出绩效目标表 | | |\n项目名称 | 养老 | |\n一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 人次 | ≥5人次'), 'zh-CN'))).toEqual([expect.stringMatching(/表 1：\S+ {2}财政项目支出绩效目标表$/)]);
});
