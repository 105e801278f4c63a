/** ptcheck end to end: real files in, the text report, the version-1 JSON contract and the exit codes out. */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/node/cli/ptcheck';

const SAMPLES = path.join(__dirname, '..', 'fixtures', 'samples');
const sample = (name: string) => path.join(SAMPLES, name);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'ptcheck-'));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

/** A table a reviewer would accept, written as a CSV. */
const CLEAN = [
  '财政项目支出绩效目标表,,,',
  '(2023年度),,,',
  '项目名称,社区养老服务,实施单位,某街道办事处',
  '主管部门,某区民政局,项目期,2023.01-2023.12',
  '年度资金总额（万元）,80,其中：财政拨款,80',
  '年度目标,为辖区老人提供上门服务,,',
  '一级指标,二级指标,三级指标,指标值',
  '产出指标,数量指标,服务人次,≥2000人次',
  '产出指标,质量指标,服务合格率,≥95%',
  '产出指标,时效指标,服务完成及时率,=100%',
  '产出指标,成本指标,人均服务成本,≤400元',
  '效益指标,社会效益指标,老人生活质量,提升',
  '满意度指标,服务对象满意度指标,服务对象满意度,≥90%',
].join('\n');

describe('ptcheck check', () => {
  test('a table with errors: text report in Chinese, cell first, not ready to send, exit 1', async () => {
    const r = await run('check', sample('real-shaanxi-chencang-2020-1.xlsx'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('文件：');
    expect(r.out).toMatch(/A11:E11 +错误 +指标部分不完整：缺少一级指标 效益指标、满意度指标/);
    expect(r.out).toMatch(/还不能发送：\d+ 个错误/);
  });

  test('a clean table: ready to send, exit 0', async () => {
    const file = path.join(tmp, '养老服务.csv');
    writeFileSync(file, CLEAN);
    const r = await run('check', file);
    expect(r.out).toContain('可以发送：没有错误');
    expect(r.code).toBe(0);
  });

  test('--lang en-US reports in English', async () => {
    const r = await run('check', '--lang', 'en-US', sample('real-shaanxi-chencang-2020-1.tsv'));
    expect(r.out).toContain('Not ready to send');
    expect(r.out).toContain('The indicator block is incomplete');
  });

  test('--format json keeps the version-1 contract, with --timings', async () => {
    const r = await run('check', '--format', 'json', '--timings', sample('seed-shanghai-2020.xlsx'));
    const report = JSON.parse(r.out);
    expect(report.version).toBe(1);
    expect(report.summary).toMatchObject({ files: 1, tables: 1, errors: expect.any(Number), warnings: expect.any(Number), infos: expect.any(Number) });
    // Added within version 1: the verdicts.
    expect(report.summary).toMatchObject({ ready: 1, withErrors: 0, unreadable: 0 });
    expect(report.files[0].verdict).toBe('ready');
    const file = report.files[0];
    expect(file.file).toBe(sample('seed-shanghai-2020.xlsx'));
    expect(Object.keys(file.timings).sort()).toEqual(['read', 'recognize', 'validate']);
    const sheet = file.sheets[0];
    expect(sheet.name).toBe('Sheet1');
    const table = sheet.tables[0];
    expect(table).toMatchObject({ range: 'A1:G37', kind: 'target', framework: 'shanghai-2020', year: 2020 });
    expect(table.fields.projectName).toEqual({ label: '项目名称:', value: '老干部工作专项经费', cell: 'B4' });
    expect(table.money.unit).toBe('元');
    expect(table.money.items[0]).toEqual({ key: 'total', label: '项目总预算(元):', value: 14624640, text: '14,624,640', cell: 'B15', unit: '元' });
    expect(table.indicators[0]).toEqual({ level1: '投入与管理', level2: '投入管理', level3: '预算执行率', target: '=100%', cell: 'D19' });
    expect(table.indicators).toHaveLength(19);
    for (const f of sheet.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['rule', 'severity', 'message', 'cells']));
      expect(['error', 'warning', 'info']).toContain(f.severity);
    }
  });

  test('one unreadable file does not stop the others; exit 2', async () => {
    const bad = path.join(tmp, '损坏.xlsx');
    writeFileSync(bad, 'this is not a spreadsheet at all');
    const r = await run('check', '--format', 'json', bad, sample('seed-shanghai-2020.tsv'));
    expect(r.code).toBe(2);
    const report = JSON.parse(r.out);
    expect(report.files[0]).toMatchObject({ file: bad, errorCode: 'not-a-spreadsheet', sheets: [] });
    expect(report.files[0].error).toMatch(/\S/);
    expect(report.files[1].sheets[0].tables).toHaveLength(1);
    expect(report.summary.files).toBe(2);
  });

  test('a missing file gets a message, not a stack trace', async () => {
    const r = await run('check', path.join(tmp, 'nope.xlsx'));
    expect(r.code).toBe(2);
    expect(r.out).toContain('无法读取');
    expect(r.out).not.toMatch(/at \w+ \(/);
  });

  test('a file with no table says so', async () => {
    const file = path.join(tmp, '说明.csv');
    writeFileSync(file, '填表说明\n1. 请按要求填写\n');
    const r = await run('check', file);
    expect(r.code).toBe(1);
    expect(r.out).toContain('没有找到绩效目标表');
  });

  test('--config switches rules off; an unknown rule id is a clear usage error', async () => {
    const off = path.join(tmp, 'off.json');
    writeFileSync(off, JSON.stringify({ rules: { 'target-missing': 'off' } }));
    const withRule = JSON.parse((await run('check', '--format', 'json', sample('real-shaanxi-chencang-2020-1.tsv'))).out);
    const without = JSON.parse((await run('check', '--format', 'json', '--config', off, sample('real-shaanxi-chencang-2020-1.tsv'))).out);
    const count = (rep: { files: { sheets: { findings: { rule: string }[] }[] }[] }) => rep.files[0].sheets[0].findings.filter((f) => f.rule === 'target-missing').length;
    expect(count(withRule)).toBe(5);
    expect(count(without)).toBe(0);

    const unknown = path.join(tmp, 'unknown.json');
    writeFileSync(unknown, JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
    const r = await run('check', '--config', unknown, sample('seed-shanghai-2020.tsv'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知的规则“no-such-rule”');
  });
});

describe('ptcheck inspect', () => {
  test('a readable tree in Chinese of what was recognised', async () => {
    const r = await run('inspect', sample('real-shanghai-putuo-2026-1.xlsx'));
    expect(r.out).toContain('全国2021版');
    expect(r.out).toMatch(/项目名称 +C3 +兰溪路-真南路下立交工程/);
    expect(r.out).toMatch(/项目资金总额 \[total\] +E6 +771,325,800\.00/);
    expect(r.out).toMatch(/其中：当年财政拨款 \[annualFiscal\] +H7/);
    expect(r.out).toMatch(/道路建设长度 +G14 +985米/);
  });

  test('the same JSON shape as check', async () => {
    const r = await run('inspect', '--format', 'json', sample('real-sichuan-jingyan-2023-1.tsv'));
    const report = JSON.parse(r.out);
    expect(report.version).toBe(1);
    expect(report.files[0].sheets[0].tables.map((t: { fields: { projectName: { value: string } } }) => t.fields.projectName.value)).toEqual(['村组干部报酬', '基层组织活动经费']);
    expect(report.files[0].sheets[0].tables[0].indicators[0]).toMatchObject({ target: '≥95%', cell: 'I5', split: { operator: '≥', value: '95', unit: '%' }, weight: 10 });
  });
});

describe('usage', () => {
  test.each([[[]], [['frobnicate', 'x.xlsx']], [['check']], [['check', '--format', 'xml', 'x.xlsx']], [['inspect', '--timings', 'x.xlsx']], [['check', '--bogus', 'x.xlsx']]])('%j is a usage error (exit 2)', async (argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain('用法');
  });

  test('--help prints the usage in both languages, exit 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('用法');
    expect(r.out).toContain('Usage');
  });
});

test('the installed command runs (bin/ptcheck.js over the build)', () => {
  const out = execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'bin', 'ptcheck.js'), 'inspect', '--format', 'json', sample('seed-shanghai-2020.tsv')], { encoding: 'utf8' });
  expect(JSON.parse(out).files[0].sheets[0].tables[0].fields.projectName.value).toBe('老干部工作专项经费');
});

describe('ptcheck --vocabulary', () => {
  const literal = [
    '项目支出绩效目标表,,,',
    '(2023年度),,,',
    '项目名称,道路养护,承担科室,养护科',
    '项目资金(万元),年度资金总额,80,',
    '总体目标,养护道路60公里,,',
    '一级指标,二级指标,三级指标,指标值',
    '产出指标,数量指标,养护道路长度,≥20公里',
  ].join('\n');

  test('a label taught by a department vocabulary is read; without it the table only warns', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ptcheck-vocab-'));
    const csv = path.join(dir, 'table.csv');
    const words = path.join(dir, 'words.json');
    writeFileSync(csv, literal);
    writeFileSync(words, JSON.stringify({ version: 1, fields: { implementer: ['承担科室'] } }));
    const without = JSON.parse((await run('inspect', '--format', 'json', csv)).out);
    expect(without.files[0].sheets[0].tables[0].unrecognisedLabels).toEqual([{ text: '承担科室', cell: 'C3' }]);
    const taught = JSON.parse((await run('inspect', '--format', 'json', '--vocabulary', words, csv)).out);
    const t = taught.files[0].sheets[0].tables[0];
    expect(t.fields.implementer).toEqual({ label: '承担科室', value: '养护科', cell: 'D3' });
    expect(t.unrecognisedLabels).toBeUndefined();
  });

  test('an invalid vocabulary is a usage error that names the problem', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ptcheck-vocab-'));
    const words = path.join(dir, 'words.json');
    writeFileSync(words, JSON.stringify({ version: 1, fields: { nonsense: ['x'] } }));
    const r = await run('check', '--vocabulary', words, sample('seed-shanghai-2020.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/词表 .*words\.json 有误：fields\.nonsense: “nonsense”不是已知的栏目/);
  });
});

test('--version prints the version package.json gives', async () => {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  const r = await run('--version');
  expect(r.code).toBe(0);
  expect(r.out.trim()).toBe(`ptcheck ${pkg.version}`);
});

test.each([
  [['check', '--nope', 'a.xlsx'], /未知选项“--nope” \/ unknown option "--nope"/],
  [['check', '--format'], /--format 缺少取值 \/ --format needs a value/],
  [['check', '--quiet=yes', 'a.xlsx'], /--quiet 不带取值 \/ --quiet takes no value/],
  [['inspect', '--max-warnings', '3', 'a.xlsx'], /--max-warnings 只用于 check/],
  [['check', '--jobs', '0', 'a.xlsx'], /--jobs 应为不小于 1 的整数/],
  [['check', '--format', 'xml', 'a.xlsx'], /--format 只能是 text 或 json/],
])('%j is a usage error, said in both languages (exit 2)', async (argv, message) => {
  const r = await run(...argv);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(message);
  expect(r.err).toContain('用法：');
});
