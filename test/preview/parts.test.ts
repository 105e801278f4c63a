/**
 * Large messages between the preview's page and its worker travel in pieces (src/preview/worker/parts.ts): each
 * piece is bounded, the message rebuilt after them equals the one sent, and what was sent is left as it was.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { readWorkbookBytes } from '../../src/io';
import { checkSheet } from '../../src/core/outcome';
import { EMPTY_SETTINGS } from '../../src/core/settings';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { paneOutcome } from '../../src/taskpane/checking';
import { PIECE_WEIGHT, Pieces, split } from '../../src/preview/worker/parts';
import { PreviewWorker } from '../../src/preview/worker/client';

/** Through structuredClone, as postMessage sends: the pieces one by one, then the message. */
function send<T>(message: T): { received: T; pieces: { array: number; items: unknown[] }[] } {
  const pieces: { array: number; items: unknown[] }[] = [];
  const body = structuredClone(split(message, pieces));
  const arriving = new Pieces();
  for (const piece of pieces.map((p) => structuredClone(p))) arriving.add(piece.array, piece.items);
  return { received: arriving.join(body) as T, pieces };
}

const weight = (items: unknown[]) => items.reduce<number>((n, x) => n + (Array.isArray(x) ? 1 + x.length : x !== null && typeof x === 'object' ? 8 : 1), 0);

/** A sheet of `rows` rows of four cells and `merges` merged areas, as a snapshot. */
function bigSheet(rows: number, merges: number): SheetSnapshot {
  const values = Array.from({ length: rows }, (_, r) => [`项目${r}`, r, r % 7 === 0 ? null : `≥${r % 100}%`, true]);
  return {
    name: '大表',
    origin: { row: 0, col: 0 },
    values,
    texts: values.map((row) => row.map((v) => (v === null ? null : String(v)))),
    merges: Array.from({ length: merges }, (_, i) => ({ top: i * 2, left: 0, bottom: i * 2 + 1, right: 1 })),
  };
}

it('a small message travels whole', () => {
  const message = { id: 1, kind: 'check', snapshot: bigSheet(30, 3), settings: EMPTY_SETTINGS };
  const { received, pieces } = send(message);
  expect(pieces).toEqual([]);
  expect(received).toEqual(message);
});

it('a sheet of 20,000 rows and 5,000 merges goes in bounded pieces and arrives whole; the sheet sent is untouched', () => {
  const sheet = bigSheet(20_000, 5_000);
  const before = structuredClone(sheet);
  const bytes = new Uint8Array([1, 2, 3]);
  const { received, pieces } = send({ kind: 'open', snapshot: sheet, bytes });
  expect(received.snapshot).toEqual(before);
  expect(received.bytes).toEqual(bytes);
  expect(sheet).toEqual(before);
  // values, texts and merges, each in several pieces, none much heavier than the bound.
  expect(new Set(pieces.map((p) => p.array)).size).toBe(3);
  expect(pieces.length).toBeGreaterThan(12);
  for (const p of pieces) expect(weight(p.items)).toBeLessThanOrEqual(PIECE_WEIGHT + 5);
});

it('an outcome with 20,000 findings arrives equal to the one sent', () => {
  const seed = readWorkbookBytes(new Uint8Array(readFileSync(path.join(__dirname, '..', 'fixtures', 'samples', 'seed-shanghai-2020.xlsx'))), 'seed.xlsx').sheets[0];
  const outcome = paneOutcome(checkSheet(seed, EMPTY_SETTINGS));
  const many = { ...outcome, findings: Array.from({ length: 2_500 }, () => outcome.findings).flat() };
  expect(many.findings.length).toBe(20_000);
  const { received, pieces } = send({ id: 7, kind: 'done', result: many });
  expect(pieces.length).toBeGreaterThan(5);
  expect(received.result).toEqual(many);
});

it('a message whose pieces did not all arrive is refused, not half rebuilt', () => {
  const pieces: { array: number; items: unknown[] }[] = [];
  const body = split({ rows: bigSheet(20_000, 0).values }, pieces);
  expect(() => new Pieces().join(body)).toThrow(/never arrived/);
  const some = new Pieces();
  some.add(99, []);
  expect(() => some.join(body)).toThrow(/never arrived/);
});

describe('through the page’s side of the worker (PreviewWorker)', () => {
  /** A stand-in for the worker: what the page posts, and a way to answer. */
  function fakeWorker() {
    const posted: { id: number; kind: string }[] = [];
    let listener: (e: { data: unknown }) => void = () => {};
    const worker = {
      postMessage: (m: { id: number; kind: string }) => posted.push(structuredClone(m)),
      addEventListener: (type: string, l: (e: { data: unknown }) => void) => {
        if (type === 'message') listener = l;
      },
      terminate: () => {},
    };
    return { worker: worker as unknown as Worker, posted, answer: (data: unknown) => listener({ data: structuredClone(data) }) };
  }

  it('a request sent in pieces is whole at the worker before the next request arrives', async () => {
    const fake = fakeWorker();
    const client = new PreviewWorker(() => fake.worker);
    const first = client.request({ kind: 'check', snapshot: bigSheet(20_000, 0), settings: EMPTY_SETTINGS }, { fileName: 'a.xlsx' });
    const second = client.request({ kind: 'check', snapshot: 'same', settings: EMPTY_SETTINGS }, { fileName: 'a.xlsx' });
    for (let i = 0; i < 200 && fake.posted.filter((m) => m.kind !== 'piece').length < 2; i++) await new Promise((r) => setTimeout(r, 5));
    const order = fake.posted.map((m) => `${m.id}:${m.kind === 'piece' ? 'piece' : 'request'}`);
    expect(order.filter((x) => x === '1:piece').length).toBeGreaterThan(3);
    expect(order.slice(-2)).toEqual(['1:request', '2:request']);
    expect(order.indexOf('1:request')).toBe(order.lastIndexOf('1:piece') + 1);
    client.dispose();
    await expect(first).rejects.toThrow('cancelled');
    await expect(second).rejects.toThrow('cancelled');
  });

  it('a result sent in pieces resolves whole', async () => {
    const fake = fakeWorker();
    const client = new PreviewWorker(() => fake.worker);
    const asked = client.request({ kind: 'open', bytes: new Uint8Array([1]), fileName: 'a.csv' }, { fileName: 'a.csv' });
    const result = { format: 'csv', sheets: [bigSheet(10_000, 2_000)] };
    const pieces: { array: number; items: unknown[] }[] = [];
    const body = split(result, pieces);
    for (const piece of pieces) fake.answer({ id: 1, kind: 'piece', ...piece });
    fake.answer({ id: 1, kind: 'done', result: body });
    expect(pieces.length).toBeGreaterThan(3);
    await expect(asked).resolves.toEqual(result);
  });
});
