/**
 * 校验 on an unchanged sheet sends neither the sheet to the preview's worker nor the tables back, and the worker
 * recognises it once (src/preview/worker/sheet-memo.ts). Here the page's side (SentSheet) and the worker's (handle)
 * talk through structuredClone as they do through postMessage; every outcome must equal a fresh check's, after
 * edits, under taught labels, and in a worker that starts over.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { readWorkbookBytes } from '../../src/io';
import { checkSheet } from '../../src/core/outcome';
import { EMPTY_SETTINGS, type WorkbookSettings } from '../../src/core/settings';
import { teachLabel } from '../../src/core/vocabulary';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { paneOutcome } from '../../src/taskpane/checking';
import { NO_SHEET, SentSheet, sameSnapshot } from '../../src/preview/worker/sheet-memo';
import type { CheckReply, Request } from '../../src/preview/worker/protocol';

const SEED = path.join(__dirname, '..', 'fixtures', 'samples', 'seed-shanghai-2020.xlsx');
const sheet = (): SheetSnapshot => readWorkbookBytes(new Uint8Array(readFileSync(SEED)), 'seed.xlsx').sheets[0];

/** A fresh worker: the handlers module with nothing held. */
function worker(): (request: Request) => Promise<unknown> {
  let handle!: typeof import('../../src/preview/worker/handlers').handle;
  jest.isolateModules(() => ({ handle } = jest.requireActual('../../src/preview/worker/handlers')));
  // Both ways through structuredClone, as postMessage does.
  return async (request) => structuredClone((await handle(structuredClone(request), () => {})).result);
}

describe('sameSnapshot', () => {
  const a = sheet();
  const changed: [string, (s: SheetSnapshot) => void][] = [
    ['a value', (s) => (s.values[26][3] = '≥200人')],
    ['a shown text', (s) => (s.texts![14][1] = '14,624,641')],
    ['a number format', (s) => (s.formats![14][1] = '0.00')],
    ['a formula', (s) => (s.formulas = s.values.map((row) => row.map(() => null)))],
    ['a merge', (s) => (s.merges = s.merges.slice(1))],
    ['a row longer', (s) => s.values[0].push('x')],
    ['a row more', (s) => s.values.push([])],
    ['the name', (s) => (s.name = 'Sheet2')],
    ['the position', (s) => (s.origin = { row: 1, col: 0 })],
  ];

  it('holds for a sheet read again', () => {
    expect(sameSnapshot(a, sheet())).toBe(true);
  });

  it.each(changed)('fails for %s changed', (_what, change) => {
    const b = sheet();
    change(b);
    expect(sameSnapshot(a, b)).toBe(false);
    expect(sameSnapshot(b, a)).toBe(false);
  });
});

describe('checking through the worker with SentSheet', () => {
  const settings: WorkbookSettings = EMPTY_SETTINGS;

  async function check(ask: (r: Request) => Promise<unknown>, sent: SentSheet, snapshot: SheetSnapshot, s: WorkbookSettings, generation = 0) {
    const out = sent.outgoing(snapshot, generation);
    const reply = (await ask({ kind: 'check', snapshot: out, settings: s })) as CheckReply;
    return { out, reply, outcome: sent.outcomeOf(reply, generation) };
  }

  it('sends the sheet once, recognises it once, and every outcome is a fresh check’s', async () => {
    const ask = worker();
    const sent = new SentSheet();
    const fresh = paneOutcome(checkSheet(sheet(), settings));

    const first = await check(ask, sent, sheet(), settings);
    expect(first.out).not.toBe('same');
    expect(first.reply.tablesSent).toBe(false);
    expect(first.outcome).toEqual(fresh);

    // The same sheet read again: not sent, not recognised again, its tables not sent back; the rules run.
    const second = await check(ask, sent, sheet(), settings);
    expect(second.out).toBe('same');
    expect(second.reply.tablesSent).toBe(true);
    expect(second.reply.recognition).toBe(first.reply.recognition);
    expect(second.reply.outcome.sheet.tables).toEqual([]);
    expect(second.outcome).toEqual(fresh);
    // Another rule setting on the same sheet: the same recognition, other findings.
    const quiet: WorkbookSettings = { ...settings, rules: { 'target-style': 'off' } };
    const third = await check(ask, sent, sheet(), quiet);
    expect(third.out).toBe('same');
    expect(third.outcome).toEqual(paneOutcome(checkSheet(sheet(), quiet)));
    expect(third.outcome.findings.some((f) => f.rule === 'target-style')).toBe(false);
    expect(first.outcome.findings.some((f) => f.rule === 'target-style')).toBe(true);
  });

  it('an edited sheet is sent and recognised again', async () => {
    const ask = worker();
    const sent = new SentSheet();
    const before = await check(ask, sent, sheet(), settings);
    const edited = sheet();
    // D27 `>=200人` fixed by hand: its style finding is gone.
    expect(edited.values[26][3]).toBe('>=200人');
    edited.values[26][3] = '≥200人';
    edited.texts![26][3] = '≥200人';
    const after = await check(ask, sent, edited, settings);
    expect(after.out).toBe(edited);
    expect(after.reply.recognition).not.toBe(before.reply.recognition);
    expect(after.outcome).toEqual(paneOutcome(checkSheet(edited, settings)));
    const atD27 = (o: typeof before.outcome) => o.findings.filter((f) => f.cells.includes('D27')).map((f) => f.rule);
    expect(atD27(before.outcome)).toContain('target-style');
    expect(atD27(after.outcome)).not.toContain('target-style');
  });

  it('labels taught since are read: the sheet is recognised again under them', async () => {
    const ask = worker();
    const sent = new SentSheet();
    // 项目概况 under a label the checker does not know, until the user says what it is.
    const odd = (): SheetSnapshot => {
      const s = sheet();
      expect(s.values[6][0]).toBe('项目概况:');
      s.values[6][0] = s.texts![6][0] = '甲乙丙:';
      return s;
    };
    const before = await check(ask, sent, odd(), settings);
    const taught: WorkbookSettings = { ...settings, vocabulary: teachLabel(undefined, '甲乙丙', { field: 'overview' }) };
    const after = await check(ask, sent, odd(), taught);
    expect(after.out).toBe('same');
    expect(after.reply.recognition).not.toBe(before.reply.recognition);
    expect(after.reply.tablesSent).toBe(false);
    expect(after.outcome).toEqual(paneOutcome(checkSheet(odd(), taught)));
    expect(before.outcome.sheet.tables[0].fields.overview).toBeUndefined();
    expect(after.outcome.sheet.tables[0].fields.overview?.cell).toBe('B7');
  });

  it('a new worker is sent the sheet again; one that holds none says so', async () => {
    const sent = new SentSheet();
    await check(worker(), sent, sheet(), settings, 0);
    // The page ended the worker (cancel, time limit): generation 1 holds nothing, so the sheet goes again.
    const next = await check(worker(), sent, sheet(), settings, 1);
    expect(next.out).not.toBe('same');
    expect(next.outcome).toEqual(paneOutcome(checkSheet(sheet(), settings)));
    // A worker asked about "the same sheet" it never got fails with NO_SHEET (the page then sends it).
    await expect(worker()({ kind: 'check', snapshot: 'same', settings })).rejects.toThrow(NO_SHEET);
  });

  it('a recognition ahead of the first check: the check sends neither the sheet nor the tables', async () => {
    const ask = worker();
    const sent = new SentSheet();
    const out = sent.outgoing(sheet(), 0);
    const { recognition, tables } = (await ask({ kind: 'recognise', snapshot: out as SheetSnapshot, settings })) as { recognition: number; tables: [] };
    sent.received(0, recognition, tables);
    const first = await check(ask, sent, sheet(), settings);
    expect(first.out).toBe('same');
    expect(first.reply.tablesSent).toBe(true);
    expect(first.outcome).toEqual(paneOutcome(checkSheet(sheet(), settings)));
  });
});
