/** The pane's logic on a sheet: check it, ignore findings the user accepted, collect safe fixes, write the report. */
import { readFileSync } from 'fs';
import path from 'path';
import { checkSheet, emailReport, ignoreEntry, reportSheetRows, safeFixes, categoryOf, cellText } from '../../src/core/outcome';
import { EMPTY_SETTINGS, sanitizeSettings } from '../../src/core/settings';
import { parseDelimited } from '../../src/io/delimited';
import { applyEdits } from '../helpers/rule-tester';
import { sheet } from '../helpers/sheet';
import type { Finding } from '../../src/core/model';

const seed = parseDelimited(readFileSync(path.join(__dirname, '..', 'fixtures', 'samples', 'seed-shanghai-2020.tsv'), 'utf8'), '\t', 'Sheet1');
const chencang = parseDelimited(readFileSync(path.join(__dirname, '..', 'fixtures', 'samples', 'real-shaanxi-chencang-2020-1.tsv'), 'utf8'), '\t', 'Sheet1');

test('a table with errors is not ready; its findings come in reading order', () => {
  const o = checkSheet(chencang, EMPTY_SETTINGS);
  expect(o.ready).toBe(false);
  expect(o.counts.errors).toBeGreaterThan(0);
  const rows = o.findings.map((f) => Number(/\d+/.exec(f.cells[0] ?? '0')![0]));
  expect(rows).toEqual([...rows].sort((a, b) => a - b));
});

test('a sheet with no table is not ready and says so in the report', () => {
  const o = checkSheet(sheet('填表说明 |\n请按要求填写 |'), EMPTY_SETTINGS);
  expect(o.sheet.tables).toEqual([]);
  expect(o.ready).toBe(false);
  expect(emailReport(o, 'zh-CN')).toContain('没有找到绩效目标表');
});

test('an ignored finding stays ignored while its cell keeps its value, and comes back when the value changes', () => {
  const o = checkSheet(chencang, EMPTY_SETTINGS);
  const f = o.findings.find((x) => x.rule === 'target-missing')!;
  const settings = { ...EMPTY_SETTINGS, ignored: [ignoreEntry(f, chencang)] };
  expect(settings.ignored[0]).toEqual({ rule: 'target-missing', sheet: 'Sheet1', cell: f.cells[0], value: cellText(chencang, f.cells[0]) });
  const again = checkSheet(chencang, settings);
  expect(again.findings).not.toContainEqual(f);
  expect(again.ignored).toContainEqual(f);
  const edited = applyEdits(chencang, [{ cell: f.cells[0], expected: cellText(chencang, f.cells[0]), value: '**' }]);
  expect(checkSheet(edited, settings).ignored).toEqual([]);
});

test('switching a rule off in the settings removes its findings', () => {
  const on = checkSheet(chencang, EMPTY_SETTINGS).findings.filter((f) => f.rule === 'target-missing');
  const off = checkSheet(chencang, { ...EMPTY_SETTINGS, rules: { 'target-missing': 'off' } }).findings.filter((f) => f.rule === 'target-missing');
  expect(on.length).toBeGreaterThan(0);
  expect(off).toEqual([]);
});

test('safe fixes: one edit per cell, a cell two fixes disagree on is left alone', () => {
  const f = (cell: string, value: string): Finding => ({ rule: 'r', severity: 'info', messageId: 'm', sheet: 'S', cells: [cell], fix: [{ sheet: 'S', cell, expected: 'x', value }] });
  expect(safeFixes([f('A1', '1'), f('A1', '1'), f('B2', '2'), f('C3', '3'), f('C3', '4')]).map((e) => e.cell)).toEqual(['A1', 'B2']);
});

test('after applying every safe fix to the seed, checking again finds nothing fixable', () => {
  const o = checkSheet(seed, EMPTY_SETTINGS);
  const fixes = safeFixes(o.findings);
  expect(fixes.length).toBeGreaterThan(0);
  const fixed = applyEdits(seed, fixes);
  expect(checkSheet(fixed, EMPTY_SETTINGS).findings.filter((f) => f.fix)).toEqual([]);
});

test('the report sheet lists every finding with its cell, severity and category', () => {
  const o = checkSheet(chencang, EMPTY_SETTINGS);
  const rows = reportSheetRows(o, 'zh-CN');
  expect(rows[0]).toEqual(['绩效目标表校验报告']);
  expect(rows[4]).toEqual(['表', '单元格', '级别', '类别', '问题', '规则']);
  expect(rows.slice(5)).toHaveLength(o.findings.length);
  expect(rows.slice(5).map((r) => r[1])).toEqual(o.findings.map((f) => f.cells.join(', ')));
  expect(new Set(o.findings.map(categoryOf))).toEqual(new Set(['target', 'money', 'structure']));
  expect(reportSheetRows(o, 'en-US')[4]).toEqual(['Table', 'Cell', 'Severity', 'Category', 'Finding', 'Rule']);
});

test('stored settings are sanitised: junk is dropped, not trusted', () => {
  expect(sanitizeSettings('nonsense')).toEqual({ rules: {}, ignored: [] });
  expect(sanitizeSettings({ rules: [], ignored: [{ rule: 'a', sheet: 'b', cell: 'C1', value: 'v' }, { rule: 1 }] })).toEqual({ rules: {}, ignored: [{ rule: 'a', sheet: 'b', cell: 'C1', value: 'v' }] });
});

test('stored user templates are kept when the catalogue validation accepts them, dropped otherwise', () => {
  const good = { id: 'user.a', kind: 'sector', name: { 'zh-CN': '我的', 'en-US': 'mine' }, rows: [{ level3: '补贴人数', target: { operator: '≥', value: '**', unit: '人' }, under: { 'shanghai-2020': '产出/数量' } }] };
  const numberKept = { ...good, id: 'user.b', rows: [{ ...good.rows[0], target: { operator: '≥', value: '200', unit: '人' } }] };
  const nowhere = { ...good, id: 'user.c', rows: [{ ...good.rows[0], under: { 'shanghai-2020': '产出/不存在' } }] };
  const s = sanitizeSettings({ rules: {}, ignored: [], templates: [good, numberKept, nowhere, { ...good }, 'junk', null] });
  expect(s.templates).toEqual([good]);
  expect(sanitizeSettings({ rules: {}, ignored: [], templates: 'junk' })).toEqual({ rules: {}, ignored: [] });
  expect(sanitizeSettings({ rules: {}, ignored: [], templates: [numberKept] })).toEqual({ rules: {}, ignored: [] });
});

test('labels taught in the settings are read; a stored vocabulary that is not valid is dropped, not trusted', () => {
  const literal = `
    项目名称 | 道路养护 | 主管预算科室 | 交通局养护科
    一级指标 | 二级指标 | 三级指标 | 指标值
    产出指标 | 数量指标 | 养护道路长度 | ≥20公里`;
  const vocabulary = { version: 1 as const, fields: { department: ['主管预算科室'] } };
  expect(checkSheet(sheet(literal), { ...EMPTY_SETTINGS, vocabulary }).sheet.tables[0].fields.department?.value).toBe('交通局养护科');
  expect(checkSheet(sheet(literal), EMPTY_SETTINGS).sheet.tables[0].fields.department).toBeUndefined();
  expect(sanitizeSettings({ rules: {}, ignored: [], vocabulary }).vocabulary).toEqual(vocabulary);
  expect(sanitizeSettings({ rules: {}, ignored: [], vocabulary: { version: 1, fields: { nonsense: ['x'] } } })).toEqual({ rules: {}, ignored: [] });
  expect(sanitizeSettings({ rules: {}, ignored: [], vocabulary: 'junk' })).toEqual({ rules: {}, ignored: [] });
});

test('an ignored finding returns when any of its cells changes, not only the first', () => {
  const literal = (other: string) => `
    项目名称 | 道路养护 |
    项目资金(万元) | 资金总额 | 120
    | 其中:财政拨款 | 100
    | 其他资金 | ${other}
    一级指标 | 二级指标 | 三级指标 | 指标值
    产出指标 | 数量指标 | 养护道路长度 | ≥20公里`;
  const before = sheet(literal('30'));
  const mismatch = checkSheet(before, EMPTY_SETTINGS).findings.find((f) => f.rule === 'money-parts-sum')!;
  expect(mismatch.cells).toEqual(['C2', 'C3', 'C4']);
  const entry = ignoreEntry(mismatch, before);
  expect(entry).toEqual({ rule: 'money-parts-sum', sheet: 'Sheet1', cell: 'C2', value: '120', values: ['120', '100', '30'] });
  const settings = { ...EMPTY_SETTINGS, ignored: [entry] };
  expect(checkSheet(before, settings).ignored.map((f) => f.rule)).toEqual(['money-parts-sum']);
  // Another part of the sum changes (still wrong): the finding is shown again.
  const after = checkSheet(sheet(literal('40')), settings);
  expect(after.findings.some((f) => f.rule === 'money-parts-sum')).toBe(true);
  expect(after.ignored).toEqual([]);
  // An entry stored before (first cell only) keeps working as it did.
  const old = { ...EMPTY_SETTINGS, ignored: [{ rule: 'money-parts-sum', sheet: 'Sheet1', cell: 'C2', value: '120' }] };
  expect(checkSheet(sheet(literal('40')), old).ignored.map((f) => f.rule)).toEqual(['money-parts-sum']);
});
