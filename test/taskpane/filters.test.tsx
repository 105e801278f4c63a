/**
 * @jest-environment jsdom
 *
 * Errors first, counts that filter, 下一个错误, and a list of tens of thousands of findings: what a clerk with 2
 * errors among 13 warnings, or a reviewer with a 120,000-row sheet, sees in the pane.
 */
import { screen, waitFor, within } from '@testing-library/react';
import type { Finding } from '../../src/core/model';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { parseCellAddress } from '../../src/core/address';
import { checkSheet } from '../../src/core/outcome';
import { EMPTY_SETTINGS } from '../../src/core/settings';
import { MAX_LISTED, paneOutcome, type Checker } from '../../src/taskpane/checking';
import { FakeHost, sampleSheet } from './fake-host';
import { findings, renderPane, validate } from './render';

/** The seed with cells set: D33 and D36 emptied give two target-missing errors among the warnings and infos. */
function seedWith(cells: Record<string, string>): SheetSnapshot {
  const s = sampleSheet('seed-shanghai-2020');
  for (const [cell, v] of Object.entries(cells)) {
    const p = parseCellAddress(cell)!;
    (s.values[p.row] ??= [])[p.col] = v;
    if (s.texts) (s.texts[p.row] ??= [])[p.col] = v;
  }
  return s;
}
const TWO_ERRORS = { D33: '', D36: '' };
const cellsOf = (li: HTMLElement): string[] => within(li).getAllByRole('button', { name: /^选择单元格/ }).map((b) => b.textContent ?? '');

describe('errors first', () => {
  test('a table’s errors are its first items, then its warnings, then its infos, each in reading order', async () => {
    const { user } = renderPane(new FakeHost(seedWith(TWO_ERRORS)));
    const summary = await validate(user);
    expect(summary.textContent).toContain('还不能发送：2 个错误');
    const items = findings();
    expect(items.map((li) => li.dataset.severity)).toEqual(['error', 'error', 'warning', 'warning', 'warning', 'info', 'info', 'info', 'info', 'info']);
    expect(items.slice(0, 2).map((li) => cellsOf(li)[0])).toEqual(['D33', 'D36']);
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['2 个错误', '3 个警告', '5 个提示']);
    // Read out as "1 of 2" within the errors.
    expect(items[0].getAttribute('aria-posinset')).toBe('1');
    expect(items[0].getAttribute('aria-setsize')).toBe('2');
  });
});

describe('the summary’s counts filter the list', () => {
  test('one severity at a time; pressed again, or 显示全部, lists everything', async () => {
    const { user } = renderPane(new FakeHost(seedWith(TWO_ERRORS)));
    const summary = await validate(user);
    const counts = within(summary).getByRole('group', { name: '按级别筛选问题' });
    const errors = within(counts).getByRole('button', { name: '2 个错误' });
    await user.click(errors);
    expect(errors.getAttribute('aria-pressed')).toBe('true');
    expect(findings().map((li) => li.dataset.severity)).toEqual(['error', 'error']);
    await user.click(within(counts).getByRole('button', { name: '5 个提示' }));
    expect(findings().map((li) => li.dataset.severity)).toEqual(['info', 'info', 'info', 'info', 'info']);
    await user.click(within(counts).getByRole('button', { name: '显示全部' }));
    expect(findings()).toHaveLength(10);
    await user.click(within(counts).getByRole('button', { name: '3 个警告' }));
    await user.click(within(counts).getByRole('button', { name: '3 个警告' }));
    expect(findings()).toHaveLength(10);
  });

  test('in English, one error is “1 error”', async () => {
    const { user } = renderPane(new FakeHost(seedWith({ D33: '' })), 'en-US');
    const summary = await validate(user, /^Check$/);
    expect(summary.textContent).toContain('Not ready to send: 1 error');
    expect(within(summary).getAllByRole('button').map((b) => b.textContent)).toEqual(['1 error', '3 warnings', '5 infos']);
    expect(summary.textContent).not.toMatch(/1 errors|\b0 /);
  });
});

describe('下一个错误', () => {
  test('goes to each error in turn, focusing it and selecting its cell, and starts over after the last', async () => {
    const host = new FakeHost(seedWith(TWO_ERRORS));
    const { user } = renderPane(host);
    await validate(user);
    // From a filter on infos: the errors come back into the list.
    await user.click(screen.getByRole('button', { name: '5 个提示' }));
    const next = screen.getByRole('button', { name: '下一个错误' });
    await user.click(next);
    await waitFor(() => expect(cellsOf(document.activeElement as HTMLElement)).toEqual(['D33']));
    expect(host.calls.selectCell.at(-1)).toEqual(['Sheet1', 'D33']);
    await user.click(next);
    await waitFor(() => expect(cellsOf(document.activeElement as HTMLElement)).toEqual(['D36']));
    expect(host.calls.selectCell.at(-1)).toEqual(['Sheet1', 'D36']);
    await user.click(next);
    await waitFor(() => expect(cellsOf(document.activeElement as HTMLElement)).toEqual(['D33']));
    // Up and Down move between findings.
    await user.keyboard('{ArrowDown}');
    expect(cellsOf(document.activeElement as HTMLElement)).toEqual(['D36']);
    await user.keyboard('{ArrowDown}');
    expect((document.activeElement as HTMLElement).dataset.severity).toBe('warning');
  });

  test('is not offered when there is no error', async () => {
    const { user } = renderPane(FakeHost.fromSample('seed-shanghai-2020'));
    await validate(user);
    expect(screen.queryByRole('button', { name: '下一个错误' })).toBeNull();
  });
});

describe('a sheet with tens of thousands of findings', () => {
  /** The seed's findings, each repeated on `n` rows further down (a target-missing error every 50th). */
  function hugeChecker(n: number): Checker {
    return {
      check: async (snapshot, settings) => {
        const outcome = checkSheet(snapshot, settings);
        const many: Finding[] = [];
        for (let i = 0; i < n; i++) {
          const f = outcome.findings[i % outcome.findings.length];
          many.push({ ...f, severity: i % 50 === 0 ? 'error' : f.severity, cells: [`D${100 + i}`] });
        }
        const counts = { errors: 0, warnings: 0, infos: 0 };
        for (const f of many) counts[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
        return paneOutcome({ ...outcome, findings: many, counts, ready: false });
      },
    };
  }

  test('counts all of them, lists the first 10,000 (every error among them) and says how many more; draws only a screenful', async () => {
    const { user } = renderPane(FakeHost.fromSample('seed-shanghai-2020'), 'zh-CN', hugeChecker(30_000));
    const summary = await validate(user);
    expect(summary.textContent).toContain('还不能发送：600 个错误');
    // The counts in core/report/wording.ts's words, digits as the CLI prints them.
    expect(within(summary).getAllByRole('button').map((b) => b.textContent)).toEqual(['600 个错误', '11250 个警告', '18150 个提示']);
    expect(screen.getByTestId('omitted').textContent).toContain('前 10,000 个');
    expect(screen.getByTestId('omitted').textContent).toContain('另有 20,000 个未列出');
    const list = screen.getByTestId('finding-list');
    expect(list.dataset.total).toBe(String(MAX_LISTED));
    // A window of the list is drawn, not 10,000 items.
    expect(findings().length).toBeGreaterThan(5);
    expect(findings().length).toBeLessThan(100);
    // Filtered to errors: all 600 are there to go through.
    await user.click(within(summary).getByRole('button', { name: '600 个错误' }));
    expect(screen.getByTestId('finding-list').dataset.total).toBe('600');
  });

  test('paneOutcome keeps every error before any warning when it cuts a list', async () => {
    const f = (severity: Finding['severity'], i: number): Finding => ({ rule: 'r', messageId: 'm', severity, sheet: 'S', cells: [`A${i}`] });
    const outcome = checkSheet(sampleSheet('seed-shanghai-2020'), EMPTY_SETTINGS);
    const list = [f('info', 1), f('warning', 2), f('error', 3), f('info', 4), f('error', 5)];
    const cut = paneOutcome({ ...outcome, findings: list }, 3);
    expect(cut.findings.map((x) => x.cells[0])).toEqual(['A2', 'A3', 'A5']); // in their order
    expect(cut.omitted.findings).toBe(2);
    expect(cut.sheet.findings).toEqual([]);
  });
});


