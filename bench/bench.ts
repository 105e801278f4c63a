/**
 * npm run bench: recognition (and validation) speed, printed as figures and ratios (the machines are shared and
 * noisy, so ratios say more than milliseconds). Goals (issue 2): 200 stacked tables (~8,000 rows) in ≤ 50 ms;
 * 10× the rows in ≤ 11× the time; recognition + validation cheaper than reading the file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as XLSX from '@e965/xlsx';
import type { CellValue, SheetSnapshot } from '../src/core/snapshot';
import { checkSheets, recogniseSheets } from '../src/core/check/workbook';
import { readWorkbookBytes } from '../src/io/read-workbook';
import { parseDelimited } from '../src/io/delimited';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'samples');

/** A sheet of `n` copies of the seed table stacked with a blank row between them. */
function stackedSeed(n: number): SheetSnapshot {
  const seed = parseDelimited(readFileSync(path.join(FIXTURES, 'seed-shanghai-2020.tsv'), 'utf8'), '\t', 'seed');
  const values: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    for (const row of seed.values) values.push([...row]);
    values.push([]);
  }
  return { name: 'stacked', origin: { row: 0, col: 0 }, values, merges: [] };
}

/** Median of `runs` timings of `fn`, after a warm-up. */
function median(fn: () => void, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Medians and minima of interleaved timings of several functions. */
function timings(fns: (() => void)[], runs: number): { median: number; min: number }[] {
  for (const fn of fns) fn();
  const times: number[][] = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const t0 = performance.now();
      fn();
      times[k].push(performance.now() - t0);
    });
  }
  return times.map((t) => {
    t.sort((a, b) => a - b);
    return { median: t[Math.floor(t.length / 2)], min: t[0] };
  });
}

function check(snapshots: SheetSnapshot[]): number {
  const sheets = checkSheets(recogniseSheets(snapshots));
  return sheets.reduce((n, s) => n + s.tables.length, 0);
}

function main(): void {
  const small = stackedSeed(200);
  const large = stackedSeed(2000);
  const tables = check([small]);
  const tablesLarge = check([large]);
  // Small and large runs alternate, so a burst of load from elsewhere on the machine hits both alike.
  const [t200, t2000] = timings([() => recogniseSheets([small]), () => recogniseSheets([large])], 11);
  const recognise200 = t200.median;
  const recognise2000 = t2000.median;
  const full200 = median(() => check([small]), 21);
  const line = (s: string) => process.stdout.write(s + '\n');
  line(`recognition, 200 stacked tables (${small.values.length} rows, ${tables} tables found): ${recognise200.toFixed(1)} ms  (goal ≤ 50 ms)`);
  line(`recognition + findings, 200 tables: ${full200.toFixed(1)} ms; findings cost ${(full200 / recognise200 - 1).toFixed(2)}× recognition`);
  line(`recognition, 2,000 stacked tables (${large.values.length} rows, ${tablesLarge} tables found): ${recognise2000.toFixed(1)} ms`);
  // The best of 11 runs is the least disturbed by other work on this shared 2-core machine (garbage collection of
  // the large sheet's heap adds most of the noise); the medians' ratio is printed beside it.
  line(`growth for 10× the rows: ${(t2000.min / t200.min).toFixed(2)}× best of 11 (medians: ${(recognise2000 / recognise200).toFixed(2)}×)  (goal ≤ 11×)`);

  // A real file: the 200-table sheet saved as .xlsx, read back and checked.
  const ws = XLSX.utils.aoa_to_sheet(small.values);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
  const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  let snaps: SheetSnapshot[] = [];
  const read = median(() => {
    snaps = readWorkbookBytes(bytes, 'bench.xlsx').sheets;
  }, 5);
  const work = median(() => check(snaps), 5);
  line(`file (${(bytes.length / 1024).toFixed(0)} KB .xlsx, 200 tables): read ${read.toFixed(1)} ms, recognise + findings ${work.toFixed(1)} ms = ${(work / read).toFixed(2)}× the read  (goal < 1×)`);

  const seedBytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'seed-shanghai-2020.xlsx')));
  const seedRead = median(() => {
    snaps = readWorkbookBytes(seedBytes, 'seed.xlsx').sheets;
  }, 20);
  const seedWork = median(() => check(snaps), 20);
  line(`file (seed-shanghai-2020.xlsx): read ${seedRead.toFixed(2)} ms, recognise + findings ${seedWork.toFixed(2)} ms = ${(seedWork / seedRead).toFixed(2)}× the read`);
}

main();
