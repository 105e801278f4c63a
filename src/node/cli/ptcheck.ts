/**
 * ptcheck: check 绩效目标表 files from the command line (docs/cli.md).
 *   ptcheck inspect [options] FILE|FOLDER|GLOB...
 *   ptcheck check   [options] FILE|FOLDER|GLOB...
 * Files are checked in worker threads (pool.ts) and reported in the order given, streamed as they finish.
 * Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 usage error or a file that
 * could not be read.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs as utilParseArgs } from 'node:util';
import type { Lang } from '../../core/i18n';
import { emptySummary, type RunSummary } from '../../core/report/json';
import { summaryText } from '../../core/report/text';
import { terminalLine } from '../../core/report/terminal';
import { activeRules, type CheckConfig, ConfigError, RULES } from '../../core/rules';
import { packageVersion } from '../version';
import { loadVocabulary, type VocabularyData, vocabularyProblemText } from '../../core/vocabulary';
import { readError } from '../../io/errors';
import { expandTargets, type Target } from '../walk';
import { type CheckOptions, failedReport, type FileOutcome, outcomeOf } from './check-file';
import { Pool } from './pool';
import { Progress } from './progress';
import { openReport, reportKind, type ReportWriter } from './report-file';

export interface CliIO {
  /** Standard output; may return a promise that resolves once the text is taken (back-pressure). */
  stdout: (s: string) => unknown;
  stderr: (s: string) => void;
  /** True when stderr is a terminal: the progress bar and the closing summary go there. */
  stderrIsTTY?: boolean;
  /** The terminal's width, for the progress bar. */
  columns?: number;
  /** Aborted when the reader of stdout has gone away (`| head`): the run stops at once, quietly. */
  signal?: AbortSignal;
}

interface Options {
  command: 'inspect' | 'check';
  format: 'text' | 'json';
  lang: Lang;
  timings: boolean;
  config?: string;
  vocabulary?: string;
  report?: string;
  maxWarnings?: number;
  quiet: boolean;
  jobs: number;
  timeout: number;
  files: string[];
}

/** Default per-file time limit, in seconds (a backstop: files within the limits take a few seconds at most). */
export const DEFAULT_TIMEOUT_S = 30;
/** Heap cap of each worker, in MB (the per-file memory limit). */
export const WORKER_HEAP_MB = 768;
/** Exit code when stdout's reader went away (128 + SIGPIPE, as any Unix tool stopped by a closed pipe). */
export const EXIT_PIPE_CLOSED = 141;

const USAGE: Record<Lang, string> = {
  'zh-CN': `用法：
  ptcheck check   [选项] 文件|文件夹|通配符...   校验并报告问题
  ptcheck inspect [选项] 文件|文件夹|通配符...   显示识别出的表格
文件夹会递归检查其中的表格文件（跳过隐藏文件和 ~$ 锁定文件）。
选项：
  --format text|json        报告格式（默认 text）
  --lang zh-CN|en-US        报告语言（默认 zh-CN）
  --report 报告.xlsx|报告.html   另外写出一份审核报告文件（check）
  --max-warnings N          警告超过 N 个时退出码为 1（check）
  --config 规则配置.json     关闭规则或调整级别、选项（check）
  --vocabulary 词表.json     本部门的栏目名称（与内置词表同一格式），补充识别
  --timings                 给出每个文件的读取、识别、校验用时（check）
  --jobs N                  同时检查的文件数（默认为 CPU 核数）
  --timeout 秒              单个文件的用时上限（默认 ${DEFAULT_TIMEOUT_S} 秒）
  --quiet                   不显示进度条和结尾汇总（stderr）
支持 .xlsx .xlsm .xls .csv .tsv（.txt 需直接给出文件名）。退出码：0 无错误，1 有错误，2 用法错误或文件无法读取。`,
  'en-US': `Usage:
  ptcheck check   [options] FILE|FOLDER|GLOB...   check and report findings
  ptcheck inspect [options] FILE|FOLDER|GLOB...   show what was recognised
Folders are searched recursively for spreadsheets (hidden files and ~$ lock files are skipped).
Options:
  --format text|json        report format (default text)
  --lang zh-CN|en-US        report language (default zh-CN)
  --report out.xlsx|out.html   also write a reviewer's report file (check)
  --max-warnings N          exit 1 when there are more than N warnings (check)
  --config rules.json       switch rules off or change their severity and options (check)
  --vocabulary words.json   a department's own label wording (the shipped vocabulary's format), added
  --timings                 read / recognise / validate times per file (check)
  --jobs N                  files checked at once (default: the number of CPU cores)
  --timeout SECONDS         per-file time limit (default ${DEFAULT_TIMEOUT_S} s)
  --quiet                   no progress bar and no closing summary on stderr
Reads .xlsx .xlsm .xls .csv .tsv (.txt when named). Exit codes: 0 no errors, 1 errors found, 2 usage error or unreadable file.`,
};

class UsageError extends Error {}

function cores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length || 1;
}

/** The command line's options, as node:util parseArgs reads them (values checked below, messages bilingual). */
const OPTIONS = {
  format: { type: 'string' },
  lang: { type: 'string' },
  timings: { type: 'boolean' },
  config: { type: 'string' },
  vocabulary: { type: 'string' },
  report: { type: 'string' },
  'max-warnings': { type: 'string' },
  jobs: { type: 'string' },
  timeout: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/** Options that only `check` takes. */
const CHECK_ONLY = ['timings', 'report', 'max-warnings'] as const;

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return 'help';
  if (command === '--version' || command === '-V') return 'version';
  if (command !== 'inspect' && command !== 'check') {
    throw new UsageError(command ? `未知命令“${command}” / unknown command "${command}"` : '缺少命令 / missing command');
  }
  let parsed: ReturnType<typeof utilParseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = utilParseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(argumentProblem(e));
  }
  const v = parsed.values;
  if (v.help) return 'help';
  if (v.version) return 'version';
  for (const name of CHECK_ONLY) {
    if (v[name] !== undefined && command !== 'check') throw new UsageError(`--${name} 只用于 check / --${name} goes with check`);
  }
  const whole = (name: string, text: string, min: number) => {
    if (!/^\d+$/.test(text) || Number(text) < min) throw new UsageError(`${name} 应为不小于 ${min} 的整数 / ${name} must be a whole number ≥ ${min}: ${text}`);
    return Number(text);
  };
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format 只能是 text 或 json / --format must be text or json: ${format}`);
  const lang = v.lang ?? 'zh-CN';
  if (lang !== 'zh-CN' && lang !== 'en-US') throw new UsageError(`--lang 只能是 zh-CN 或 en-US / --lang must be zh-CN or en-US: ${lang}`);
  if (v.report !== undefined && !reportKind(v.report)) throw new UsageError(`--report 的文件应以 .xlsx 或 .html 结尾 / --report needs an .xlsx or .html file: ${v.report}`);
  const opts: Options = {
    command,
    format,
    lang,
    timings: v.timings ?? false,
    quiet: v.quiet ?? false,
    jobs: v.jobs !== undefined ? whole('--jobs', v.jobs, 1) : cores(),
    timeout: v.timeout !== undefined ? whole('--timeout', v.timeout, 1) : DEFAULT_TIMEOUT_S,
    files: parsed.positionals,
  };
  if (v.config !== undefined) opts.config = v.config;
  if (v.vocabulary !== undefined) opts.vocabulary = v.vocabulary;
  if (v.report !== undefined) opts.report = v.report;
  if (v['max-warnings'] !== undefined) opts.maxWarnings = whole('--max-warnings', v['max-warnings'], 0);
  if (opts.files.length === 0) throw new UsageError('没有给出文件 / no files given');
  return opts;
}

/** parseArgs's error, in both languages: an unknown option, or an option without its value. */
function argumentProblem(e: unknown): string {
  const err = e as { code?: string; message?: string };
  // `Unknown option '-x'`, `Option '--format <value>' argument missing`, `Option '-q, --quiet' does not take …`
  const named = /'([^']+)'/.exec(err.message ?? '')?.[1] ?? '';
  const option = /--[\w-]+/.exec(named)?.[0] ?? named.split(/[ ,]/)[0];
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `未知选项“${option}” / unknown option "${option}"`;
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(err.message ?? '') ? `${option} 缺少取值 / ${option} needs a value` : `${option} 不带取值 / ${option} takes no value`;
  }
  return err.message ?? String(e);
}

/** Run ptcheck with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`ptcheck: ${terminalLine(e.message)}\n\n${USAGE['zh-CN']}\n\n${USAGE['en-US']}\n`);
    return 2;
  }
  if (opts === 'help') {
    await io.stdout(`${USAGE['zh-CN']}\n\n${USAGE['en-US']}\n`);
    return 0;
  }
  if (opts === 'version') {
    await io.stdout(`ptcheck ${packageVersion()}\n`);
    return 0;
  }
  let config: CheckConfig = {};
  if (opts.config !== undefined) {
    try {
      config = await loadConfig(opts.config);
    } catch (e) {
      io.stderr(`ptcheck: ${terminalLine(configProblem(e, opts.config, opts.lang))}\n`);
      return 2;
    }
  }
  let vocabulary: VocabularyData | undefined;
  if (opts.vocabulary !== undefined) {
    try {
      vocabulary = await loadVocabularyFile(opts.vocabulary, opts.lang);
    } catch (e) {
      io.stderr(`ptcheck: ${terminalLine(e instanceof Error ? e.message : String(e))}\n`);
      return 2;
    }
  }
  return run(opts, config, vocabulary, io);
}

async function run(opts: Options, config: CheckConfig, vocabulary: VocabularyData | undefined, io: CliIO): Promise<number> {
  const { lang } = opts;
  const check: CheckOptions = {
    command: opts.command,
    lang,
    config,
    ...(vocabulary ? { vocabulary } : {}),
    json: opts.format === 'json',
    text: opts.format === 'text',
    timings: opts.timings,
    reportRows: opts.report !== undefined,
  };
  const targets = await expandTargets(opts.files);
  let report: ReportWriter | undefined;
  if (opts.report) {
    try {
      report = await openReport(opts.report, lang);
    } catch (e) {
      io.stderr(`ptcheck: ${terminalLine(lang === 'zh-CN' ? `无法写入报告 ${opts.report}：${String(e)}` : `cannot write the report ${opts.report}: ${String(e)}`)}\n`);
      return 2;
    }
  }
  const pool = new Pool({ jobs: Math.min(opts.jobs, Math.max(targets.length, 1)), timeoutMs: opts.timeout * 1000, heapMb: WORKER_HEAP_MB, check });
  const progress = io.stderrIsTTY && !opts.quiet ? new Progress(io.stderr, targets.length, lang, io.columns) : undefined;
  const summary = emptySummary();
  const out = new Output(io);
  const abort = () => {
    out.closed = true;
    void pool.close();
  };
  io.signal?.addEventListener('abort', abort);
  try {
    if (opts.format === 'json') out.write('{\n  "version": 1,\n  "files": [\n');
    let first = true;
    await inOrder(
      targets,
      pool,
      check,
      opts.jobs,
      (o) => {
        addOutcome(summary, o);
        if (o.json !== undefined) {
          out.write(`${first ? '' : ',\n'}${o.json.replace(/^/gm, '    ')}`);
          first = false;
        }
        if (o.text !== undefined) out.write(`${o.text}\n\n`);
        if (opts.timings && opts.format === 'text' && o.timings) {
          io.stderr(`${terminalLine(o.file)}: read ${o.timings.read} ms, recognize ${o.timings.recognize} ms, validate ${o.timings.validate} ms\n`);
        }
        if (report && o.report) out.after(report.add(o.report));
        progress?.update(summary.files, o.file);
      },
      () => out.closed,
    );
    if (out.closed) {
      await report?.abort();
      return EXIT_PIPE_CLOSED;
    }
    progress?.clear();
    if (opts.format === 'json') {
      const s = JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ');
      out.write(`${first ? '' : '\n'}  ],\n  "summary": ${s}\n}\n`);
    } else if (targets.length > 1) {
      out.write(`${summaryText(summary, lang)}\n`);
    }
    const overWarnings = opts.maxWarnings !== undefined && summary.warnings > opts.maxWarnings;
    if (overWarnings) {
      io.stderr(
        lang === 'zh-CN'
          ? `ptcheck: 警告共 ${summary.warnings} 个，超过 --max-warnings 允许的 ${opts.maxWarnings} 个\n`
          : `ptcheck: ${summary.warnings} warnings, more than the ${opts.maxWarnings} allowed by --max-warnings\n`,
      );
    }
    if (opts.format === 'json' && io.stderrIsTTY && !opts.quiet && targets.length > 1) io.stderr(`${summaryText(summary, lang)}\n`);
    await out.flush();
    if (out.closed) {
      await report?.abort();
      return EXIT_PIPE_CLOSED;
    }
    if (report) {
      try {
        await report.finish(summary);
      } catch (e) {
        io.stderr(`ptcheck: ${terminalLine(lang === 'zh-CN' ? `无法写入报告 ${opts.report}：${String(e)}` : `cannot write the report ${opts.report}: ${String(e)}`)}\n`);
        return 2;
      }
    }
    return exitCode(summary, overWarnings);
  } catch (e) {
    await report?.abort();
    throw e;
  } finally {
    io.signal?.removeEventListener('abort', abort);
    await pool.close();
  }
}

function addOutcome(s: RunSummary, o: FileOutcome): void {
  s.files++;
  s.tables += o.tables;
  s.errors += o.counts.errors;
  s.warnings += o.counts.warnings;
  s.infos += o.counts.infos;
  if (o.verdict === 'ready') s.ready++;
  else if (o.verdict === 'unreadable') s.unreadable++;
  else s.withErrors++;
}

function exitCode(summary: RunSummary, overWarnings: boolean): number {
  if (summary.unreadable > 0) return 2;
  return summary.errors > 0 || overWarnings ? 1 : 0;
}

/**
 * Check every target, at most `jobs` at a time, and hand the outcomes to `emit` in the targets' order as soon as
 * each is next in line. Only a few files run ahead of the one being waited for, so memory stays flat however long
 * the list is.
 */
async function inOrder(targets: Target[], pool: Pool, check: CheckOptions, jobs: number, emit: (o: FileOutcome) => void, stopped: () => boolean): Promise<void> {
  const window = Math.max(jobs * 4, 4);
  const done = new Map<number, FileOutcome>();
  let next = 0;
  let started = 0;
  await new Promise<void>((resolve, reject) => {
    const pump = () => {
      try {
        while (done.has(next) && !stopped()) {
          emit(done.get(next)!);
          done.delete(next);
          next++;
        }
        if (next === targets.length || stopped()) return resolve();
        while (started < targets.length && started - next < window) {
          const i = started++;
          start(targets[i], pool, check).then((o) => {
            done.set(i, o);
            pump();
          }, reject);
        }
      } catch (e) {
        reject(e);
      }
    };
    pump();
  });
}

function start(target: Target, pool: Pool, check: CheckOptions): Promise<FileOutcome> {
  if (!('problem' in target)) return pool.check(target.path);
  const error =
    target.problem === 'unreadable-folder'
      ? readError(target.detail === 'EACCES' || target.detail === 'EPERM' ? 'unreadable-permission' : 'unreadable', { file: target.path, detail: target.detail ?? '' })
      : readError(target.problem, { file: target.path });
  return Promise.resolve(outcomeOf(failedReport(target.path, error, check.lang), check));
}

/** Standard output written in order, waiting whenever the reader is slower than the checker. */
class Output {
  closed = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly io: CliIO) {}

  write(s: string): void {
    if (this.closed) return;
    const r = this.io.stdout(s);
    if (r instanceof Promise) this.after(r);
  }

  /** Wait for `p` before finishing (a report row written to its file, a write the reader has not taken yet). */
  after(p: Promise<unknown>): void {
    this.chain = this.chain.then(() => p).then(() => undefined);
  }

  async flush(): Promise<void> {
    await this.chain;
  }
}

/** Read and check a rule configuration file (`{ "rules": { "<rule-id>": "off" | severity | {severity, options} } }`). */
async function loadConfig(file: string): Promise<CheckConfig> {
  const config = JSON.parse(await readFile(file, 'utf8')) as CheckConfig;
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new SyntaxError('not a JSON object');
  activeRules(RULES, config); // throws ConfigError listing every unknown rule or bad option
  return config;
}

/** A department's vocabulary file, validated (same format as vocabulary.json; only what is given is added). */
async function loadVocabularyFile(file: string, lang: Lang): Promise<VocabularyData> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new Error(lang === 'zh-CN' ? `无法读取词表 ${file}（应为 JSON）：${msg}` : `cannot read the vocabulary ${file} (JSON expected): ${msg}`);
  }
  const { data, problems } = loadVocabulary(json, { extension: true });
  if (!data) {
    const list = problems.map((p) => vocabularyProblemText(p, lang)).join(lang === 'zh-CN' ? '；' : '; ');
    throw new Error(lang === 'zh-CN' ? `词表 ${file} 有误：${list}` : `vocabulary ${file}: ${list}`);
  }
  return data;
}

function configProblem(e: unknown, file: string, lang: Lang): string {
  if (e instanceof ConfigError) {
    const list = e.problems.map((p) => p[lang]).join(lang === 'zh-CN' ? '；' : '; ');
    return lang === 'zh-CN' ? `规则配置 ${file} 有误：${list}` : `rule configuration ${file}: ${list}`;
  }
  const msg = e instanceof Error ? e.message : String(e);
  return lang === 'zh-CN' ? `无法读取规则配置 ${file}（应为 JSON）：${msg}` : `cannot read the rule configuration ${file} (JSON expected): ${msg}`;
}

