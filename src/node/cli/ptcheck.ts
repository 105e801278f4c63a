/**
 * ptcheck: check 绩效目标表 files from the command line (docs/cli.md).
 *   ptcheck inspect [--format text|json] [--lang zh-CN|en-US] FILE...
 *   ptcheck check   [--format text|json] [--lang zh-CN|en-US] [--timings] [--config rules.json] [--vocabulary words.json] FILE...
 * Exit codes: 0 no errors, 1 errors found, 2 usage error or a file that could not be read.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { Lang } from '../../core/i18n';
import { addFindings, recogniseSheets } from '../../core/workbook';
import { type FileReport, jsonReport, summarise } from '../../core/report/json';
import { checkText, inspectText } from '../../core/report/text';
import { readWorkbookFile } from '../read-file';
import { WorkbookReadError } from '../../io/errors';
import { activeRules, type CheckConfig, ConfigError, RULES } from '../../core/rules';
import { loadVocabulary, type Vocabulary, vocabularyProblemText, vocabularyWith } from '../../core/vocabulary';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

interface Options {
  command: 'inspect' | 'check';
  format: 'text' | 'json';
  lang: Lang;
  timings: boolean;
  config?: string;
  vocabulary?: string;
  files: string[];
}

const USAGE: Record<Lang, string> = {
  'zh-CN': `用法：
  ptcheck inspect [--format text|json] [--lang zh-CN|en-US] [--vocabulary 词表.json] 文件...   显示识别出的表格
  ptcheck check   [--format text|json] [--lang zh-CN|en-US] [--timings] [--config 规则配置.json] [--vocabulary 词表.json] 文件...   校验并报告问题
支持 .xlsx .xlsm .xls .csv .tsv。退出码：0 无错误，1 有错误，2 用法错误或文件无法读取。`,
  'en-US': `Usage:
  ptcheck inspect [--format text|json] [--lang zh-CN|en-US] [--vocabulary words.json] FILE...   show what was recognised
  ptcheck check   [--format text|json] [--lang zh-CN|en-US] [--timings] [--config rules.json] [--vocabulary words.json] FILE...   check and report findings
Reads .xlsx .xlsm .xls .csv .tsv. Exit codes: 0 no errors, 1 errors found, 2 usage error or unreadable file.`,
};

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return 'help';
  if (command === '--version' || command === '-V') return 'version';
  if (command !== 'inspect' && command !== 'check') {
    throw new UsageError(command ? `未知命令“${command}” / unknown command "${command}"` : '缺少命令 / missing command');
  }
  const opts: Options = { command, format: 'text', lang: 'zh-CN', timings: false, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${name} 缺少取值 / ${name} needs a value`);
      return v;
    };
    if (a === '--') {
      opts.files.push(...rest.slice(i + 1));
      break;
    } else if (a === '--format' || a.startsWith('--format=')) {
      const v = value('--format');
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format 只能是 text 或 json / --format must be text or json: ${v}`);
      opts.format = v;
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = value('--lang');
      if (v !== 'zh-CN' && v !== 'en-US') throw new UsageError(`--lang 只能是 zh-CN 或 en-US / --lang must be zh-CN or en-US: ${v}`);
      opts.lang = v;
    } else if (a === '--timings') {
      if (command !== 'check') throw new UsageError('--timings 只用于 check / --timings goes with check');
      opts.timings = true;
    } else if (a === '--config' || a.startsWith('--config=')) {
      opts.config = value('--config');
    } else if (a === '--vocabulary' || a.startsWith('--vocabulary=')) {
      opts.vocabulary = value('--vocabulary');
    } else if (a === '--help' || a === '-h') {
      return 'help';
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`未知选项“${a}” / unknown option "${a}"`);
    } else {
      opts.files.push(a);
    }
  }
  if (opts.files.length === 0) throw new UsageError('没有给出文件 / no files given');
  return opts;
}

/** Read, recognise and check one file; a file that cannot be read becomes a report with its error. */
async function runFile(file: string, lang: Lang, config: CheckConfig, vocab?: Vocabulary): Promise<FileReport> {
  const t0 = performance.now();
  let sheets;
  try {
    sheets = (await readWorkbookFile(file)).sheets;
  } catch (e) {
    const error = e instanceof WorkbookReadError ? e.messages[lang] : `${lang === 'zh-CN' ? '读取失败' : 'read failed'}: ${e instanceof Error ? e.message : String(e)}`;
    const errorCode = e instanceof WorkbookReadError ? e.code : 'unreadable';
    return { file, error, errorCode, sheets: [] };
  }
  const t1 = performance.now();
  const results = recogniseSheets(sheets, vocab);
  const t2 = performance.now();
  addFindings(results, config);
  const t3 = performance.now();
  const ms = (x: number) => Math.round(x * 100) / 100;
  return { file, timings: { read: ms(t1 - t0), recognize: ms(t2 - t1), validate: ms(t3 - t2) }, sheets: results };
}

/** Run ptcheck with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`ptcheck: ${e.message}\n\n${USAGE['zh-CN']}\n\n${USAGE['en-US']}\n`);
    return 2;
  }
  if (opts === 'help') {
    io.stdout(`${USAGE['zh-CN']}\n\n${USAGE['en-US']}\n`);
    return 0;
  }
  if (opts === 'version') {
    io.stdout(`ptcheck ${VERSION}\n`);
    return 0;
  }
  let config: CheckConfig = {};
  if (opts.config !== undefined) {
    try {
      config = await loadConfig(opts.config);
    } catch (e) {
      io.stderr(`ptcheck: ${configProblem(e, opts.config, opts.lang)}\n`);
      return 2;
    }
  }
  let vocab: Vocabulary | undefined;
  if (opts.vocabulary !== undefined) {
    try {
      vocab = await loadVocabularyFile(opts.vocabulary, opts.lang);
    } catch (e) {
      io.stderr(`ptcheck: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
  }
  const reports: FileReport[] = [];
  for (const file of opts.files) {
    const r = await runFile(file, opts.lang, config, vocab);
    if (!opts.timings) delete r.timings;
    reports.push(r);
  }
  if (opts.format === 'json') io.stdout(JSON.stringify(jsonReport(reports, opts.lang), null, 2) + '\n');
  else io.stdout((opts.command === 'inspect' ? inspectText(reports, opts.lang) : checkText(reports, opts.lang)) + '\n');
  if (opts.timings && opts.format === 'text') {
    for (const r of reports) if (r.timings) io.stderr(`${r.file}: read ${r.timings.read} ms, recognize ${r.timings.recognize} ms, validate ${r.timings.validate} ms\n`);
  }
  if (reports.some((r) => r.error !== undefined)) return 2;
  return summarise(reports).errors > 0 ? 1 : 0;
}

const VERSION = '0.1.0';

/** Read and check a rule configuration file (`{ "rules": { "<rule-id>": "off" | severity | {severity, options} } }`). */
async function loadConfig(file: string): Promise<CheckConfig> {
  const config = JSON.parse(await readFile(file, 'utf8')) as CheckConfig;
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new SyntaxError('not a JSON object');
  activeRules(RULES, config); // throws ConfigError listing every unknown rule or bad option
  return config;
}

/** The shipped vocabulary extended by a department's vocabulary file (same format as vocabulary.json). */
async function loadVocabularyFile(file: string, lang: Lang): Promise<Vocabulary> {
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
  return vocabularyWith(data);
}

function configProblem(e: unknown, file: string, lang: Lang): string {
  if (e instanceof ConfigError) {
    const list = e.problems.map((p) => p[lang]).join(lang === 'zh-CN' ? '；' : '; ');
    return lang === 'zh-CN' ? `规则配置 ${file} 有误：${list}` : `rule configuration ${file}: ${list}`;
  }
  const msg = e instanceof Error ? e.message : String(e);
  return lang === 'zh-CN' ? `无法读取规则配置 ${file}（应为 JSON）：${msg}` : `cannot read the rule configuration ${file} (JSON expected): ${msg}`;
}
