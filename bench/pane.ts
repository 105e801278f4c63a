/**
 * npm run bench (second part): the task pane's size and speed, from the production build in dist/.
 * - the task pane's JavaScript (office.js excluded: it is loaded from Microsoft's CDN), gzip — goal ≤ 300 KB;
 * - in the browser preview (Debian Chromium), the time from pressing 校验 to the findings shown, for a sheet of
 *   200 stacked tables.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import * as XLSX from '@e965/xlsx';
import { chromium } from 'playwright-core';

const ROOT = path.join(__dirname, '..', '..', '..');
const DIST = path.join(ROOT, 'dist');
const line = (s: string) => process.stdout.write(s + '\n');

/** Gzipped size of the scripts a page loads from dist/ (not office.js, which comes from the CDN). */
function pageScriptsGzip(page: string): number {
  const html = readFileSync(path.join(DIST, page), 'utf8');
  // Minified HTML leaves attribute values unquoted. taskpane.html's loader names the pane's bundle in data-pane.
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
  const scripts = tags
    .flatMap((tag) => [...tag.matchAll(/(?:src|data-pane)=["']?([^"'\s>]+)/g)].map((m) => m[1]))
    .filter((src) => !/^https?:/.test(src));
  return scripts.reduce((n, src) => n + gzipSync(readFileSync(path.join(DIST, src.replace(/^\.?\//, ''))), { level: 9 }).length, 0);
}

/** The seed table stacked `n` times, as .xlsx bytes. */
function stackedSeedXlsx(n: number): number[] {
  const tsv = readFileSync(path.join(ROOT, 'test', 'fixtures', 'samples', 'seed-shanghai-2020.tsv'), 'utf8');
  const rows = tsv.split('\n').map((l) => l.split('\t'));
  const aoa: string[][] = [];
  for (let i = 0; i < n; i++) aoa.push(...rows, []);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Sheet1');
  return [...new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)];
}

function serve(root: string): Promise<http.Server> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.xlsx': 'application/octet-stream', '.png': 'image/png' };
  const server = http.createServer((req, res) => {
    const file = path.join(root, decodeURIComponent((req.url ?? '/').split('?')[0]));
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function previewTiming(): Promise<void> {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!executablePath) {
    line('pane timing: skipped (no Chromium; install it with: sudo apt-get install chromium)');
    return;
  }
  const server = await serve(DIST);
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/preview.html`);
    await page.waitForFunction('!!window.__preview');
    const opened = await page.evaluate(`window.__preview.open(new Uint8Array(${JSON.stringify(stackedSeedXlsx(200))}), 'bench-200.xlsx')`);
    if (!opened) throw new Error('the preview could not open the 200-table workbook');
    const button = page.getByRole('button', { name: /校验/ }).first();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.evaluate(`window.__benchBefore = document.querySelectorAll('[data-testid="finding"]').length`);
      const t0 = Date.now();
      await button.click();
      // Done when the summary is back and the list holds findings from all 200 tables.
      await page.waitForFunction(`(() => { const s = document.querySelector('[data-testid="summary"]'); return !!s && !s.querySelector('[role="progressbar"]') && document.querySelectorAll('[data-testid="finding"]').length >= 200; })()`, undefined, { timeout: 60_000 });
      times.push(Date.now() - t0);
    }
    const findings = await page.evaluate(`document.querySelectorAll('[data-testid="finding"]').length`);
    times.sort((a, b) => a - b);
    line(`pane, 200-table sheet in the preview: 校验 → ${findings} findings shown in ${times[2]} ms (median of 5; ${times[0]}–${times[4]} ms)`);
  } finally {
    await browser.close();
    server.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(path.join(DIST, 'taskpane.html')) || !existsSync(path.join(DIST, 'preview.html'))) {
    line('pane: no production build in dist/ (run npm run build first)');
    return;
  }
  const pane = pageScriptsGzip('taskpane.html');
  line(`task pane JavaScript (office.js excluded): ${(pane / 1024).toFixed(0)} KB gzip  (goal ≤ 300 KB)`);
  const files = readdirSync(DIST).filter((f) => f.endsWith('.js'));
  line(`  (${files.length} script files in dist/; the preview page: ${(pageScriptsGzip('preview.html') / 1024).toFixed(0)} KB gzip before it loads the file reader)`);
  await previewTiming();
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
