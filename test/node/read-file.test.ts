import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { execFileSync } from 'child_process';
import { tmpdir } from 'os';
import path from 'path';
import { WorkbookReadError, type WorkbookReadErrorCode } from '../../src/io';
import { readWorkbookFile, readWorkbookFileSync } from '../../src/node/read-file';

const SAMPLES = path.join(__dirname, '..', 'fixtures', 'samples');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'read-file-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function failure(p: string, options?: Parameters<typeof readWorkbookFile>[1]): Promise<WorkbookReadError> {
  try {
    await readWorkbookFile(p, options);
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw new Error(`expected a WorkbookReadError, got ${String(e)}`);
  }
  throw new Error(`expected ${p} to fail`);
}

async function expectCode(p: string, code: WorkbookReadErrorCode, options?: Parameters<typeof readWorkbookFile>[1]): Promise<WorkbookReadError> {
  const e = await failure(p, options);
  expect(e.code).toBe(code);
  expect(e.messages['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  expect(e.messages['en-US'].length).toBeGreaterThan(20);
  return e;
}

test('reads a sample workbook from disk', async () => {
  const read = await readWorkbookFile(path.join(SAMPLES, 'seed-shanghai-2020-offset.xlsx'));
  expect(read.format).toBe('xlsx');
  expect(read.sheets.map((s) => [s.name, s.origin])).toEqual([
    ['填表说明', { row: 0, col: 0 }],
    ['绩效目标表', { row: 2, col: 2 }],
  ]);
});

test('reads a TSV sample, named after the file', async () => {
  const read = await readWorkbookFile(path.join(SAMPLES, 'seed-shanghai-2020.tsv'));
  expect(read).toMatchObject({ format: 'tsv', encoding: 'utf-8' });
  expect(read.sheets[0].name).toBe('seed-shanghai-2020');
  expect(read.sheets[0].values[14][1]).toBe('14,624,640');
});

test('a missing file is not-found, with its path in the message', async () => {
  const p = path.join(dir, 'nope.xlsx');
  const e = await expectCode(p, 'not-found');
  expect(e.messages['zh-CN']).toContain(p);
  expect(e.messages['en-US']).toContain(p);
  await expectCode(path.join(dir, 'no-such-folder', 'x.xlsx'), 'not-found');
});

test('a directory is unreadable', async () => {
  const e = await expectCode(dir, 'unreadable');
  expect(e.messages['en-US']).toContain('folder');
});

test('a file behind a non-directory path component is not-found', async () => {
  const file = path.join(dir, 'plain.csv');
  writeFileSync(file, 'a,b\n');
  await expectCode(path.join(file, 'inner.xlsx'), 'not-found');
});

// Root reads anything, so the permission check only means something for other users.
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
(asRoot || process.platform === 'win32' ? test.skip : test)('a file without read permission is unreadable', async () => {
  const file = path.join(dir, 'locked.xlsx');
  copyFileSync(path.join(SAMPLES, 'seed-shanghai-2020.xlsx'), file);
  chmodSync(file, 0o000);
  try {
    await expectCode(file, 'unreadable');
  } finally {
    chmodSync(file, 0o644);
  }
});

test('a file over maxBytes is too-large without being read', async () => {
  const file = path.join(dir, 'big.csv');
  writeFileSync(file, 'x'.repeat(3 * 1024 * 1024));
  const e = await expectCode(file, 'too-large', { maxBytes: 2 * 1024 * 1024 });
  expect(e.messages['en-US']).toContain('3 MB');
  expect((await readWorkbookFile(file)).sheets[0].values.length).toBe(1);
});

test('errors from the bytes come through: an empty file, a renamed text file', async () => {
  const empty = path.join(dir, 'empty.xlsx');
  writeFileSync(empty, '');
  await expectCode(empty, 'empty-file');
  const note = path.join(dir, 'note.xlsx');
  writeFileSync(note, 'not a workbook');
  await expectCode(note, 'not-a-spreadsheet');
});

test('options reach the byte reader', async () => {
  await expectCode(path.join(SAMPLES, 'seed-shanghai-2020.xlsx'), 'too-large', { maxCells: 10 });
});

describe('with fs/promises stubbed', () => {
  afterEach(() => {
    jest.resetModules();
    jest.dontMock('fs/promises');
  });

  /** Load read-file against a fake fs/promises whose open() gives a handle with these stat/readFile. */
  async function withFs(fake: { open?: jest.Mock; stat?: jest.Mock; readFile?: jest.Mock }): Promise<typeof import('../../src/node/read-file')> {
    jest.resetModules();
    const handle = { stat: fake.stat ?? jest.fn(), readFile: fake.readFile ?? jest.fn(), close: jest.fn().mockResolvedValue(undefined) };
    jest.doMock('fs/promises', () => ({ open: fake.open ?? jest.fn().mockResolvedValue(handle) }));
    return import('../../src/node/read-file');
  }

  const errno = (code: string) => Object.assign(new Error(`${code}: fake`), { code });
  const regular = (size: number) => ({ isDirectory: () => false, isFile: () => true, size });

  test('permission denied (EACCES / EPERM) is unreadable', async () => {
    for (const code of ['EACCES', 'EPERM']) {
      const fake = { open: jest.fn().mockRejectedValue(errno(code)) };
      const { readWorkbookFile: read } = await withFs(fake);
      const { WorkbookReadError: ReadError } = await import('../../src/io/errors');
      const e = await read('/x/locked.xlsx').catch((err: unknown) => err);
      expect(e).toBeInstanceOf(ReadError);
      expect(e).toMatchObject({ code: 'unreadable' });
      expect((e as WorkbookReadError).messages['zh-CN']).toContain('没有读取“/x/locked.xlsx”的权限');
    }
  });

  test('any other I/O error is unreadable, keeping its text', async () => {
    const fake = { stat: jest.fn().mockResolvedValue(regular(10)), readFile: jest.fn().mockRejectedValue(errno('EIO')) };
    const { readWorkbookFile: read } = await withFs(fake);
    const e = (await read('/x/a.xlsx').catch((err: unknown) => err)) as WorkbookReadError;
    expect(e.code).toBe('unreadable');
    expect(e.messages['en-US']).toContain('EIO: fake');
  });

  test('a file over the limit is refused before readFile is called', async () => {
    const fake = { stat: jest.fn().mockResolvedValue(regular(300 * 1024 * 1024)), readFile: jest.fn() };
    const { readWorkbookFile: read } = await withFs(fake);
    const e = (await read('/x/huge.xlsx').catch((err: unknown) => err)) as WorkbookReadError;
    expect(e.code).toBe('too-large');
    expect(e.messages['zh-CN']).toContain('300 MB，上限 200 MB');
    expect(fake.readFile).not.toHaveBeenCalled();
  });

  test('a device (not a regular file) is refused before readFile is called', async () => {
    const fake = { stat: jest.fn().mockResolvedValue({ isDirectory: () => false, isFile: () => false, size: 0 }), readFile: jest.fn() };
    const { readWorkbookFile: read } = await withFs(fake);
    const e = (await read('/dev/zero').catch((err: unknown) => err)) as WorkbookReadError;
    expect(e.code).toBe('unreadable');
    expect(e.messages['zh-CN']).toContain('不是普通文件');
    expect(fake.readFile).not.toHaveBeenCalled();
  });
});

const fifoSupported = process.platform !== 'win32';
(fifoSupported ? test : test.skip)('a FIFO and /dev/zero are refused at once, never read (they would never end)', async () => {
  const fifo = path.join(dir, 'pipe.csv');
  execFileSync('mkfifo', [fifo]);
  const t0 = Date.now();
  const e = await expectCode(fifo, 'unreadable');
  expect(e.messages['en-US']).toContain('not a regular file');
  if (existsSync('/dev/zero')) await expectCode('/dev/zero', 'unreadable');
  // The synchronous reader the worker threads use refuses them the same way.
  expect(() => readWorkbookFileSync(fifo)).toThrow(expect.objectContaining({ code: 'unreadable' }));
  expect(Date.now() - t0).toBeLessThan(2000);
});

test('the synchronous reader reads and refuses as the asynchronous one does', async () => {
  const p = path.join(SAMPLES, 'seed-shanghai-2020-offset.xlsx');
  expect(readWorkbookFileSync(p)).toEqual(await readWorkbookFile(p));
  expect(() => readWorkbookFileSync(path.join(dir, 'nope.xlsx'))).toThrow(expect.objectContaining({ code: 'not-found' }));
  expect(() => readWorkbookFileSync(dir)).toThrow(expect.objectContaining({ code: 'unreadable' }));
  expect(() => readWorkbookFileSync(p, { maxBytes: 100 })).toThrow(expect.objectContaining({ code: 'too-large', limit: 'maxFileBytes' }));
});
