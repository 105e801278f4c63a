/**
 * The batch report as one self-contained HTML page (`--report out.html`): no script, no outside resource (its
 * Content-Security-Policy forbids both), every text from a file escaped. Written in pieces so a batch of any size
 * streams it: the start, one section per file, and the end with the summary table, which the page shows first
 * (CSS `order`), since it is only complete once every file is checked.
 */
import type { Lang } from '../i18n';
import type { RunSummary } from './json';
import { FINDING_COLUMNS, type ReportFile, reportString, SUMMARY_COLUMNS, totalsLine } from './rows';
import { terminalLine } from './terminal';

/** Text for HTML: markup characters as entities, control and bidi characters as visible escapes. */
export function escapeHtml(text: string): string {
  return terminalLine(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body{font:14px/1.5 "Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:24px;color:#1b1b1b}
main{display:flex;flex-direction:column;gap:16px}
#summary{order:-1}
h1{font-size:20px;margin:0}h2{font-size:16px;margin:0 0 4px;word-break:break-all}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d0d0;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3;white-space:nowrap}td.n{text-align:right;white-space:nowrap}td.v{white-space:nowrap}
td.f{word-break:break-all;min-width:12em}a{color:inherit}
.ready{color:#0e700e}.not-ready{color:#b10e1c}.unreadable{color:#8a5a00}
.error{color:#b10e1c}.warning{color:#8a5a00}.info{color:#555}
section.file{border-top:1px solid #d0d0d0;padding-top:8px}
p{margin:4px 0}.muted{color:#666;font-size:12px}
@media print{section.file{break-inside:avoid-page}}
`;

/** The page up to the first file. */
export function htmlStart(lang: Lang): string {
  const title = escapeHtml(reportString('title', lang));
  return (
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<main>\n`
  );
}

/** One file's section (the `index`-th file): its name, its verdict, its findings. */
export function htmlFile(f: ReportFile, index: number, lang: Lang): string {
  const cell = (i: number) => escapeHtml(String(f.summary[i] ?? ''));
  const out: string[] = [`<section class="file" id="f${index}">`, `<h2>${cell(0)}</h2>`];
  out.push(`<p class="${f.verdict}"><strong>${cell(8)}</strong>${f.verdict === 'unreadable' ? '' : ` · ${cell(5)} ${escapeHtml(reportString('colErrors', lang))}, ${cell(6)} ${escapeHtml(reportString('colWarnings', lang))}, ${cell(7)} ${escapeHtml(reportString('colInfos', lang))}`}</p>`);
  if (f.summary[9]) out.push(`<p>${cell(9)}</p>`);
  if (f.findings.length) {
    // The file column is the heading already.
    const cols = FINDING_COLUMNS.slice(1);
    out.push(`<table><thead><tr>${cols.map((c) => `<th>${escapeHtml(reportString(c, lang))}</th>`).join('')}</tr></thead><tbody>`);
    for (const row of f.findings) {
      const severity = row[3];
      const cls = severity === reportString('error', lang) ? 'error' : severity === reportString('warning', lang) ? 'warning' : 'info';
      out.push(`<tr>${row.slice(1).map((v, i) => `<td${i === 2 ? ` class="${cls}"` : ''}>${escapeHtml(v)}</td>`).join('')}</tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push('</section>\n');
  return out.join('\n');
}

/** The summary (shown first) and the end of the page. `rows` are the files' summary rows, in order. */
export function htmlEnd(rows: readonly (string | number)[][], summary: RunSummary, lang: Lang, generatedAt: string): string {
  const out: string[] = [`<section id="summary">`, `<h1>${escapeHtml(reportString('title', lang))}</h1>`];
  out.push(`<p>${escapeHtml(totalsLine(summary, lang))}</p>`);
  out.push(`<p class="muted">${escapeHtml(reportString('generated', lang, { time: generatedAt }))}</p>`);
  out.push(`<table><thead><tr>${SUMMARY_COLUMNS.map((c) => `<th>${escapeHtml(reportString(c, lang))}</th>`).join('')}</tr></thead><tbody>`);
  rows.forEach((row, index) => {
    const verdictClass = verdictClassOf(String(row[8]), lang);
    const td = (v: string | number, i: number) => {
      const text = escapeHtml(String(v));
      if (i === 0) return `<td class="f"><a href="#f${index}">${text}</a></td>`;
      return `<td${typeof v === 'number' ? ' class="n"' : i === 8 ? ` class="v ${verdictClass}"` : ''}>${text}</td>`;
    };
    out.push(`<tr>${row.map(td).join('')}</tr>`);
  });
  out.push('</tbody></table>', '</section>', '</main>', '</body>', '</html>\n');
  return out.join('\n');
}

function verdictClassOf(text: string, lang: Lang): string {
  if (text === reportString('ready', lang)) return 'ready';
  if (text === reportString('unreadable', lang)) return 'unreadable';
  return 'not-ready';
}
