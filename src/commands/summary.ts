/** A check's outcome (or its failure) as the result dialog shows it: a headline and the first few findings. */
import { translate, type Catalogue, type Lang } from '../core/i18n';
import type { Finding, Severity } from '../core/model';
import { messageOf } from '../core/report/messages';
import { verdictSentence } from '../core/report/wording';
import { type CheckOutcome, silencedText } from '../core/outcome';
import { ConfigError } from '../core/rules/config';
import { HostError } from '../hosts/host';
import { hostErrorText } from '../hosts/messages';
import type { DialogPayload } from './payload';

/** Findings the dialog lists at most (the pane shows them all). */
const SHOWN = 5;

const TEXT: Catalogue = {
  noTable: { 'zh-CN': '没有找到绩效目标表', 'en-US': 'No performance-target table found' },
  config: { 'zh-CN': '工作簿里保存的校验设置有误：{problems}', 'en-US': 'The check settings stored in this workbook are invalid: {problems}' },
  failed: { 'zh-CN': '校验没有完成，没有做任何修改：{detail}', 'en-US': 'The check did not complete; nothing was changed: {detail}' },
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The dialog payload of a finished check. */
export function payloadOf(outcome: CheckOutcome, lang: Lang): DialogPayload {
  if (outcome.sheet.tables.length === 0) {
    return { lang, kind: 'no-table', headline: translate(TEXT, 'noTable', lang), findings: listed(outcome.findings, lang), more: hidden(outcome.findings) };
  }
  // Rules the workbook's own settings switch off are said here too: the next person to check it must know.
  const silenced = silencedText(outcome, lang);
  const headline =
    verdictSentence(outcome.ready, outcome.counts, lang) +
    (silenced.length ? `${lang === 'zh-CN' ? '。' : '. '}${silenced.join(' ')}` : '');
  return { lang, kind: outcome.ready ? 'ready' : 'not-ready', headline, findings: listed(outcome.findings, lang), more: hidden(outcome.findings) };
}

/** The dialog payload of a check that could not run. */
export function errorPayload(error: unknown, lang: Lang): DialogPayload {
  let headline: string;
  if (error instanceof HostError) headline = hostErrorText(error, lang);
  else if (error instanceof ConfigError) headline = translate(TEXT, 'config', lang, { problems: error.problems.map((p) => p[lang]).join('；') });
  else headline = translate(TEXT, 'failed', lang, { detail: error instanceof Error ? error.message : String(error) });
  return { lang, kind: 'error', headline, findings: [], more: 0 };
}

/** Errors first, then warnings; infos only when nothing else is left to show. */
function ordered(findings: Finding[]): Finding[] {
  const serious = findings.filter((f) => f.severity !== 'info');
  return (serious.length ? serious : findings).slice().sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

function listed(findings: Finding[], lang: Lang): DialogPayload['findings'] {
  return ordered(findings)
    .slice(0, SHOWN)
    .map((f) => ({ cell: f.cells[0] ?? '', severity: f.severity, message: messageOf(f, lang) }));
}

function hidden(findings: Finding[]): number {
  return Math.max(0, findings.length - Math.min(SHOWN, ordered(findings).length));
}
