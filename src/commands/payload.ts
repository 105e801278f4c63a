/**
 * What the 一键校验 command hands its result dialog: a few plain strings in the URL query (`?r=` + encodeURIComponent
 * of JSON), kept under a URL budget so every Office web view opens it. No core code here: the dialog stays tiny.
 */
import type { Lang } from '../core/i18n';
import type { Severity } from '../core/model';

export interface DialogFinding {
  cell: string;
  severity: Severity;
  message: string;
}

export interface DialogPayload {
  lang: Lang;
  /** ready: no errors; not-ready: errors to fix; no-table: nothing recognised; error: the check could not run. */
  kind: 'ready' | 'not-ready' | 'no-table' | 'error';
  /** 可以发送 · 3 个错误，2 个警告 · the error message. */
  headline: string;
  findings: DialogFinding[];
  /** Findings left out of `findings`. */
  more: number;
}

/** Longest dialog URL we build: IE11-based web views stop at 2,083 characters. */
export const MAX_URL_CHARS = 2_000;

const QUERY_KEY = 'r';

/** The dialog's URL for `payload`, dropping findings and then shortening text until it fits the budget. */
export function dialogUrl(page: string, payload: DialogPayload, budget = MAX_URL_CHARS): string {
  const build = (p: DialogPayload) => `${page}?${QUERY_KEY}=${encodeURIComponent(JSON.stringify(p))}`;
  let p: DialogPayload = { ...payload, findings: payload.findings.map((f) => ({ ...f })) };
  let url = build(p);
  let limit = 200;
  while (url.length > budget) {
    if (p.findings.length > 1) p = { ...p, findings: p.findings.slice(0, -1), more: p.more + 1 };
    else if (limit > 20) {
      limit = Math.floor(limit / 2);
      p = { ...p, headline: shorten(p.headline, limit * 2), findings: p.findings.map((f) => ({ ...f, message: shorten(f.message, limit) })) };
    } else if (p.findings.length === 1) p = { ...p, findings: [], more: p.more + 1 };
    else return build({ ...p, headline: shorten(p.headline, 60) });
    url = build(p);
  }
  return url;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** One parameter of a query string (`?r=…&x=1`), decoded; null when absent. No URLSearchParams in Internet Explorer 11. */
export function queryValue(search: string, key: string): string | null {
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const at = pair.indexOf('=');
    const name = at < 0 ? pair : pair.slice(0, at);
    if (decodeURIComponent(name.replace(/\+/g, ' ')) === key) return at < 0 ? '' : decodeURIComponent(pair.slice(at + 1).replace(/\+/g, ' '));
  }
  return null;
}

/** The payload in a dialog's query string (`location.search`), or null when missing or unreadable. */
export function readPayload(search: string): DialogPayload | null {
  try {
    const raw = queryValue(search, QUERY_KEY);
    if (!raw) return null;
    const p = JSON.parse(raw) as Partial<DialogPayload>;
    if (!p || typeof p.headline !== 'string' || !['ready', 'not-ready', 'no-table', 'error'].includes(p.kind as string)) return null;
    const findings = Array.isArray(p.findings)
      ? p.findings.filter((f): f is DialogFinding => !!f && typeof f.cell === 'string' && typeof f.message === 'string' && ['error', 'warning', 'info'].includes(f.severity))
      : [];
    return { lang: p.lang === 'en-US' ? 'en-US' : 'zh-CN', kind: p.kind!, headline: p.headline, findings, more: typeof p.more === 'number' ? p.more : 0 };
  } catch {
    return null;
  }
}
