/**
 * The hostile corpus through the installed command (bin/ptcheck.js over the build): every case ends in a report
 * line with the outcome it must have, in one batch run where the failures of some never touch the others' reports.
 * Times and peak memory per case are benchmark figures (`npm run bench`); here only a hang has to be caught, and the
 * run's own end (every file reported, none hanging on a FIFO or /dev/zero) is that check.
 */
/* eslint-disable no-control-regex -- these tests look for control characters in the output */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { CASES, type HostileCase } from './corpus';
import { corpusInto } from './per-run';

const BIN = path.join(__dirname, '..', '..', 'bin', 'ptcheck.js');

function ptcheck(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 240_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
let cases: HostileCase[];
let report: { files: { file: string; verdict: string; errorCode?: string; limit?: string; error?: string }[]; summary: Record<string, number> };
let exitCode: number | null;
let text: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
  cases = corpusInto(dir);
  const json = ptcheck(['check', '--format', 'json', dir]);
  exitCode = json.code;
  report = JSON.parse(json.out);
  // The text report of the files that can be read (the others' messages are in the JSON).
  const readable = cases.filter((c) => c.expect.verdict !== 'unreadable').map((c) => path.join(dir, c.name));
  text = ptcheck(['check', ...readable]).out;
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The part of the text report about one file (from its 文件： line to the next). */
function textOf(name: string): string {
  const blocks = text.split(/\n(?=文件：)/);
  const shown = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return blocks.find((b) => b.split('\n')[0].replace(/\\x[0-9A-F]{2}/g, '').endsWith(shown)) ?? '';
}

test('the corpus covers the issue\'s cases, and every file ends in exactly one report entry', () => {
  expect(cases.length).toBeGreaterThanOrEqual(process.platform === 'win32' ? 35 : 40);
  expect(report.files).toHaveLength(cases.length);
  expect(report.summary.files).toBe(cases.length);
  // Some files are unreadable: the run says so with exit code 2, after reporting every file.
  expect(exitCode).toBe(2);
});

describe.each(CASES.filter((c) => !(c.posixOnly && process.platform === 'win32')).map((c) => [c.name, c] as const))('%s', (name, c) => {
  test(c.probe, () => {
    const entry = report.files.find((f) => path.basename(f.file) === name);
    expect(entry).toBeDefined();
    expect(entry!.verdict).toBe(c.expect.verdict);
    if (c.expect.errorCode) expect(entry!.errorCode).toBe(c.expect.errorCode);
    if (c.expect.limit) expect(entry!.limit).toBe(c.expect.limit);
    const said = c.expect.verdict === 'unreadable' ? entry!.error ?? '' : textOf(name);
    for (const s of c.expect.says ?? []) expect(said).toEqual(expect.stringMatching(typeof s === 'string' ? escapeRegExp(s) : s));
  });
});

test('nothing from a file reaches the terminal raw: no escape, bell, C1 or bidi control in the text report', () => {
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  expect(text).toContain('\\x1B[8m');
});

test('a 5-million-character cell is quoted cut, not whole', () => {
  const part = textOf('cell-5m.csv');
  expect(part.length).toBeLessThan(5_000);
  expect(part).toContain('…');
});

test('the exit code of single files: 0 ready, 1 errors, 2 unreadable or damaged', () => {
  expect(ptcheck(['check', path.join(dir, 'clean.xlsx')]).code).toBe(0);
  expect(ptcheck(['check', path.join(dir, 'findings-120k.csv')]).code).toBe(1);
  expect(ptcheck(['check', path.join(dir, 'bomb-part.xlsx')]).code).toBe(2);
  expect(ptcheck(['check', path.join(dir, 'no-sheets.xlsx')]).code).toBe(2);
});

function escapeRegExp(s: string): RegExp {
  return new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}
