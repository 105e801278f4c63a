/** The built pages of dist/ (built first when stale, as for the browser tests) and the scripts each one loads. */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { parse } from 'acorn';
import { JSDOM } from 'jsdom';
import { DIST, ensureWebBuild } from '../e2e/support/dist';

export { DIST };

export const OFFICE_PAGES = ['taskpane.html', 'commands.html', 'dialog.html'] as const;
export const PAGES = [...OFFICE_PAGES, 'preview.html'] as const;

let built = false;

/** Build dist/ once per test file when it is missing or older than the sources. */
export function ensureBuilt(): void {
  if (!built) ensureWebBuild();
  built = true;
}

export interface BuiltPage {
  file: string;
  html: string;
  document: Document;
  /** `src` of every <script>, in order, as written. */
  scripts: string[];
  /** The task pane bundle the loader loads (its `data-pane`), if any. */
  pane: string | null;
  /** The Content-Security-Policy of the page's <meta>, by directive. */
  csp: Map<string, string[]>;
}

export function builtPage(file: string, dist = DIST): BuiltPage {
  const html = readFileSync(path.join(dist, file), 'utf8');
  const document = new JSDOM(html).window.document;
  const scripts = [...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!);
  const pane = document.querySelector('script[data-pane]')?.getAttribute('data-pane') ?? null;
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  const csp = new Map<string, string[]>();
  for (const part of meta.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) csp.set(name, values);
  }
  return { file, html, document, scripts, pane, csp };
}

/** A file of dist/ by the relative URL a page uses. */
export function distFile(url: string, dist = DIST): string {
  return readFileSync(path.join(dist, url.replace(/^\.?\//, '')), 'utf8');
}

/** Every JavaScript file of dist/ (not dist/node). */
export function distScripts(dist = DIST): string[] {
  return readdirSync(dist).filter((f) => f.endsWith('.js'));
}

/** Where a built script fails to parse as ECMAScript `ecmaVersion` (a script, as browsers load it), or null. */
export function syntaxError(source: string, ecmaVersion: 5 | 2020): string | null {
  try {
    parse(source, { ecmaVersion, sourceType: 'script' });
    return null;
  } catch (error) {
    const pos = (error as { pos?: number }).pos ?? 0;
    return `${(error as Error).message} near ${JSON.stringify(source.slice(Math.max(0, pos - 60), pos + 60))}`;
  }
}
