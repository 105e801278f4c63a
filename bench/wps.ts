/**
 * npm run bench (WPS part): reading a 2,000-row sheet of 200 tables through the WPS host, with the fake WPS object
 * model (test/hosts/wps/fake-wps.ts) counting cross-process calls. Each call into WPS crosses a process boundary and
 * blocks the page, so the figure that matters is the number of calls; the time is measured with a fake that charges
 * 0.1 ms a call (a guess at a real WPS: the calls' share of the time is printed beside it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CellValue, SheetSnapshot } from '../src/core/snapshot';
import { recogniseSheets } from '../src/core/check/workbook';
import { readActiveSheet } from '../src/hosts/wps/read';
import { readWorkbookBytes } from '../src/io/read-workbook';
import { fakeWpsFromSnapshots } from '../test/hosts/wps/fake-wps';

const ROOT = path.join(__dirname, '..', '..', '..');
const TABLE = path.join(ROOT, 'test', 'fixtures', 'second', 'files', 'dongguan-2022-1.xlsx');
const CALL_MS = 0.1;
const line = (s: string) => process.stdout.write(s + '\n');

/** `n` copies of a table stacked one under another (merges moved with their rows). */
function stacked(table: SheetSnapshot, n: number): SheetSnapshot {
  const rows = table.values.length;
  const values: CellValue[][] = [];
  const texts: (string | null | undefined)[][] = [];
  const formats: (string | null | undefined)[][] = [];
  const merges: SheetSnapshot['merges'] = [];
  for (let i = 0; i < n; i++) {
    table.values.forEach((row, r) => {
      values.push([...row]);
      texts.push([...(table.texts?.[r] ?? [])]);
      formats.push([...(table.formats?.[r] ?? [])]);
    });
    for (const m of table.merges) merges.push({ ...m, top: m.top + i * rows, bottom: m.bottom + i * rows });
  }
  return { name: 'Sheet1', origin: table.origin, values, texts, formats, merges };
}

function main(): void {
  const table = readWorkbookBytes(new Uint8Array(readFileSync(TABLE)), 'table.xlsx').sheets[0];
  const sheet = stacked(table, 200);
  const tables = recogniseSheets([sheet])[0].tables.length;
  const cols = Math.max(...sheet.values.map((r) => r.length));

  // Calls, by part of the read (the fake counts; the host's parts are told apart by reading with parts switched off).
  const count = (limits: { mergeQuestions?: number; textCalls?: number }) => {
    const wps = fakeWpsFromSnapshots([sheet]);
    const result = readActiveSheet(wps.application, { chunkCells: 200_000, maxCells: 5_000_000, mergeQuestions: 40_000, textCalls: 40_000, ...limits });
    return { calls: wps.calls, merges: result.snapshot.merges.length };
  };
  const all = count({});
  const noMerges = count({ mergeQuestions: 0 });
  const noTexts = count({ mergeQuestions: 0, textCalls: 0 });

  // Time with every call costing CALL_MS (best of 3: the machine is shared).
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const wps = fakeWpsFromSnapshots([sheet], { callCost: CALL_MS });
    const t0 = performance.now();
    readActiveSheet(wps.application);
    times.push(performance.now() - t0);
  }
  const best = Math.min(...times);
  const free = (() => {
    const wps = fakeWpsFromSnapshots([sheet]);
    const t0 = performance.now();
    readActiveSheet(wps.application);
    return performance.now() - t0;
  })();

  line(
    `WPS read, ${sheet.values.length} rows × ${cols} columns, ${tables} tables, ${all.merges} merged areas: ${all.calls.toLocaleString('en-US')} cross-process calls ` +
      `(values and formulas ${noTexts.calls}, number texts ${noMerges.calls - noTexts.calls}, merged areas ${all.calls - noMerges.calls}: ${((all.calls - noMerges.calls) / all.merges).toFixed(1)} a merge)`,
  );
  line(`WPS read with a fake charging ${CALL_MS} ms a call: ${best.toFixed(0)} ms (calls ${(all.calls * CALL_MS).toFixed(0)} ms, the host's own work ${free.toFixed(0)} ms)`);
}

main();
