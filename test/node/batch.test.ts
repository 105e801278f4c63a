/**
 * ptcheck over folders and globs, as a reviewer runs it on a batch: what is checked and in what order, the closing
 * summary, the streamed JSON, --max-warnings, the progress bar, the report files, and a file that kills its worker.
 * The worker threads run the build (npm test builds first).
 */
/* eslint-disable no-control-regex -- these tests look for control characters in the output */
import { spawn } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import * as XLSX from '@e965/xlsx';
import { main } from '../../src/node/cli/ptcheck';
import { Pool } from '../../src/node/cli/pool';
import { expandTargets, glob } from '../../src/node/walk';
import { CLEAN_ROWS, TERMINAL_ATTACK } from '../hostile/corpus';

const SAMPLES = path.join(__dirname, '..', 'fixtures', 'samples');
const BIN = path.join(__dirname, '..', '..', 'bin', 'ptcheck.js');
const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\n') + '\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'batch-'));
  // 收到的表格/: two clean tables, one with errors, one damaged, and what a folder also holds.
  const inbox = path.join(dir, '收到的表格');
  mkdirSync(path.join(inbox, '二科', '.git'), { recursive: true });
  writeFileSync(path.join(inbox, 'b-养老.csv'), csv(CLEAN_ROWS));
  copyFileSync(path.join(SAMPLES, 'real-shaanxi-chencang-2020-1.xlsx'), path.join(inbox, 'a-陈仓.xlsx'));
  writeFileSync(path.join(inbox, '二科', 'c-损坏.xlsx'), 'PK\u0003\u0004 not really a zip');
  writeFileSync(path.join(inbox, '二科', 'd-养老.tsv'), CLEAN_ROWS.map((r) => r.join('\t')).join('\n'));
  writeFileSync(path.join(inbox, '~$b-养老.xlsx'), 'lock file');
  writeFileSync(path.join(inbox, '.hidden.csv'), csv(CLEAN_ROWS));
  writeFileSync(path.join(inbox, '二科', '.git', 'x.csv'), csv(CLEAN_ROWS));
  writeFileSync(path.join(inbox, '说明.docx'), 'not a spreadsheet');
  writeFileSync(path.join(inbox, '备注.txt'), 'notes');
  mkdirSync(path.join(dir, '空文件夹'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

const rel = (p: string) => path.relative(dir, p).split(path.sep).join('/');

describe('which files', () => {
  test('a folder is walked recursively, spreadsheets only, hidden files and ~$ lock files skipped, in name order', async () => {
    const targets = await expandTargets([path.join(dir, '收到的表格')]);
    expect(targets.map((t) => rel(t.path))).toEqual(['收到的表格/a-陈仓.xlsx', '收到的表格/b-养老.csv', '收到的表格/二科/c-损坏.xlsx', '收到的表格/二科/d-养老.tsv']);
  });

  test('globs (for shells that do not expand them), with ** for any depth; each file once', async () => {
    expect((await glob(path.join(dir, '收到的表格', '**', '*.xlsx'))).map(rel)).toEqual(['收到的表格/a-陈仓.xlsx', '收到的表格/二科/c-损坏.xlsx']);
    expect((await glob(path.join(dir, '收到的表格', '{a,b}-*'))).map(rel)).toEqual(['收到的表格/a-陈仓.xlsx', '收到的表格/b-养老.csv']);
    const targets = await expandTargets([path.join(dir, '收到的表格', '*.csv'), path.join(dir, '收到的表格')]);
    expect(targets.map((t) => rel(t.path))).toEqual(['收到的表格/b-养老.csv', '收到的表格/a-陈仓.xlsx', '收到的表格/二科/c-损坏.xlsx', '收到的表格/二科/d-养老.tsv']);
  });

  test('a glob with no match and an empty folder are reported, not silently skipped (exit 2)', async () => {
    const r = await run('check', path.join(dir, '*.xlsm'), path.join(dir, '空文件夹'), path.join(dir, '收到的表格', 'b-养老.csv'));
    expect(r.out).toContain('没有与');
    expect(r.out).toContain('中没有表格文件');
    expect(r.out).toContain('可以发送');
    expect(r.code).toBe(2);
  });
});

describe('a batch', () => {
  test('text: every file in order, its verdict, then the summary; one damaged file does not touch the others', async () => {
    const r = await run('check', path.join(dir, '收到的表格'));
    const files = [...r.out.matchAll(/^文件：(.*)$/gm)].map((m) => rel(m[1]));
    expect(files).toEqual(['收到的表格/a-陈仓.xlsx', '收到的表格/b-养老.csv', '收到的表格/二科/c-损坏.xlsx', '收到的表格/二科/d-养老.tsv']);
    expect(r.out).toContain('合计：4 个文件，3 张表；可以发送 2 个，有错误 1 个，无法读取 1 个；');
    expect(r.code).toBe(2);
  });

  test('JSON is one valid version-1 report, streamed file by file, with the verdicts added', async () => {
    const r = await run('check', '--format', 'json', path.join(dir, '收到的表格'));
    const report = JSON.parse(r.out);
    expect(report.version).toBe(1);
    expect(report.files.map((f: { verdict: string }) => f.verdict)).toEqual(['not-ready', 'ready', 'unreadable', 'ready']);
    expect(report.files[2]).toMatchObject({ errorCode: 'corrupt', sheets: [] });
    expect(report.summary).toMatchObject({ files: 4, tables: 3, ready: 2, withErrors: 1, unreadable: 1 });
    // The same layout as JSON.stringify(report, null, 2) gives.
    expect(r.out).toBe(JSON.stringify(report, null, 2) + '\n');
  });

  test('--max-warnings: more warnings than allowed is exit 1, and says so', async () => {
    const file = path.join(SAMPLES, 'real-shanghai-putuo-2026-1.xlsx'); // no errors, 2 warnings
    expect((await run('check', file)).code).toBe(0);
    expect((await run('check', '--max-warnings', '2', file)).code).toBe(0);
    const over = await run('check', '--max-warnings', '1', file);
    expect(over.code).toBe(1);
    expect(over.err).toContain('超过 --max-warnings 允许的 1 个');
    expect((await run('check', '--max-warnings', 'x', file)).code).toBe(2);
  });

  test('the progress bar goes to a terminal only, and never with --quiet; file names in it are escaped', async () => {
    const evil = path.join(dir, `进度${TERMINAL_ATTACK}.csv`);
    writeFileSync(evil, csv(CLEAN_ROWS));
    try {
      let err = '';
      await main(['check', '--format', 'json', evil, path.join(dir, '收到的表格')], { stdout: () => undefined, stderr: (s) => (err += s), stderrIsTTY: true, columns: 100 });
      expect(err).toMatch(/\[#+\.*\] 5\/5 个文件/);
      expect(err).toContain('合计：5 个文件');
      // Only the bar's own control sequences (return, erase line); the name's escapes are shown, not acted on.
      expect(err.replace(/\r\u001b\[2K/g, '')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
      let quiet = '';
      await main(['check', '--quiet', '--format', 'json', evil], { stdout: () => undefined, stderr: (s) => (quiet += s), stderrIsTTY: true });
      expect(quiet).toBe('');
      let piped = '';
      await main(['check', '--format', 'json', evil], { stdout: () => undefined, stderr: (s) => (piped += s), stderrIsTTY: false });
      expect(piped).toBe('');
    } finally {
      rmSync(evil);
    }
  });

  test('--lang en-US for the batch summary', async () => {
    const r = await run('check', '--lang', 'en-US', path.join(dir, '收到的表格'));
    expect(r.out).toContain('Total: 4 files, 3 tables; 2 ready to send, 1 with errors, 1 unreadable;');
  });
});

describe('--report', () => {
  const evil = ['=HYPERLINK("http://x","点我")', '+1+1', '-2', '@SUM(A1)'];

  function tableWith(project: string) {
    const rows = CLEAN_ROWS.map((r) => [...r]);
    rows[2][1] = project;
    rows[8][3] = '95%'; // a warning: no operator
    return csv(rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))));
  }

  test('out.xlsx: a summary row per file and a row per finding, every text a text cell that never becomes a formula', async () => {
    const folder = path.join(dir, 'report-xlsx');
    mkdirSync(folder);
    evil.forEach((p, i) => writeFileSync(path.join(folder, `${i}${p.replace(/[^+\-@=A-Z]/g, '')}.csv`), tableWith(p)));
    const out = path.join(dir, '报告.xlsx');
    const r = await run('check', '--report', out, folder, path.join(dir, '收到的表格', '二科', 'c-损坏.xlsx'));
    expect(r.code).toBe(2);
    const wb = XLSX.read(readFileSync(out), { type: 'buffer', cellFormula: true });
    expect(wb.SheetNames).toEqual(['汇总', '问题清单']);
    const summary = XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets['汇总'], { header: 1, defval: '' });
    expect(summary[3]).toEqual(['文件', '项目名称', '单位', '资金总额', '表数', '错误', '警告', '提示', '结论', '说明']);
    const rows = summary.slice(4);
    expect(rows).toHaveLength(5);
    expect(rows.map((row) => row[1]).slice(0, 4)).toEqual(evil);
    expect(rows[0].slice(2, 9)).toEqual(['某街道办事处', '80 万元', 1, 0, 1, 0, '可以发送']);
    expect(rows[4][8]).toBe('无法读取');
    expect(String(rows[4][9])).toContain('已损坏');
    const findings = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['问题清单'], { header: 1, defval: '' });
    expect(findings[0]).toEqual(['文件', '工作表', '单元格', '级别', '类别', '问题', '规则']);
    expect(findings.slice(1).map((f) => [f[2], f[3], f[6]])).toEqual(evil.map(() => ['D9', '警告', 'target-operator-missing']));
    // No formula anywhere: every cell read back is a plain value, and the sheets' XML holds no <f>.
    for (const name of wb.SheetNames) {
      for (const [addr, cell] of Object.entries(wb.Sheets[name])) if (!addr.startsWith('!')) expect((cell as XLSX.CellObject).f).toBeUndefined();
    }
    const { unpackZip } = await import('../../src/io/zip');
    for (const e of unpackZip(new Uint8Array(readFileSync(out)), 1e9)) if (e.name.includes('worksheets/')) expect(new TextDecoder().decode(e.data)).not.toMatch(/<f[ >]/);
    // No temporary file left beside it.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('out.html: self-contained (no script, nothing fetched), every text from a file escaped', async () => {
    const folder = path.join(dir, 'report-html');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'x.csv'), tableWith(`<script>alert(1)</script><img src=x onerror=alert(2)>${TERMINAL_ATTACK}`));
    const out = path.join(dir, 'report.html');
    const r = await run('check', '--report', out, '--lang', 'en-US', folder);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="en-US">');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(script|img|link|iframe|object)\b|\ssrc="|href="http/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('\\x1B[8m');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(html).toContain('1 files, 1 tables; 1 ready to send, 0 with errors, 0 unreadable');
  });

  test('a report of another kind is a usage error; --report goes with check', async () => {
    expect((await run('check', '--report', path.join(dir, 'r.pdf'), SAMPLES)).code).toBe(2);
    expect((await run('inspect', '--report', path.join(dir, 'r.html'), SAMPLES)).code).toBe(2);
    expect(existsSync(path.join(dir, 'r.html'))).toBe(false);
  });
});

describe('isolation', () => {
  test('a file that exhausts its worker\'s memory is reported unreadable, and the next file is checked in a new worker', async () => {
    const big = path.join(dir, 'big.csv');
    const rows: string[] = [];
    for (let i = 0; i < 300_000; i++) rows.push(`行${i},指标${i},≥${i}%`);
    writeFileSync(big, rows.join('\n'));
    const check = { command: 'check' as const, lang: 'zh-CN' as const, config: {}, json: false, text: true, timings: false, reportRows: false };
    const pool = new Pool({ jobs: 1, timeoutMs: 60_000, heapMb: 24, check });
    expect(pool.isolated).toBe(true);
    try {
      const [crashed, fine] = await Promise.all([pool.check(big), pool.check(path.join(dir, '收到的表格', 'b-养老.csv'))]);
      expect(crashed.verdict).toBe('unreadable');
      expect(crashed.text).toContain('单个文件内存');
      expect(fine.verdict).toBe('ready');
    } finally {
      await pool.close();
    }
  });

  test('a file that runs past the time limit is stopped and reported; the batch goes on', async () => {
    const check = { command: 'check' as const, lang: 'en-US' as const, config: {}, json: true, text: false, timings: false, reportRows: false };
    const pool = new Pool({ jobs: 1, timeoutMs: 1, heapMb: 256, check });
    try {
      const slow = await pool.check(path.join(SAMPLES, 'seed-shanghai-2020.xls'));
      expect(slow.verdict).toBe('unreadable');
      expect(JSON.parse(slow.json!)).toMatchObject({ errorCode: 'unreadable', limit: 'timeout' });
    } finally {
      await pool.close();
    }
  });
});

test('`ptcheck … | head -1` ends quietly: no EPIPE stack trace', async () => {
  const child = spawn(process.execPath, [BIN, 'check', SAMPLES, SAMPLES], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  // Read one chunk, then go away as head does.
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(err).toBe('');
  expect(code).toBe(141);
});
