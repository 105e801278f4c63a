import type { Finding } from '../../src/core/model';
import { checkSheet } from '../../src/core/session';
import { groupFindings, highlightCells } from '../../src/taskpane/view-model';
import { FakeHost } from './fake-host';

const f = (rule: string, severity: Finding['severity'], cells: string[], table?: number): Finding => ({ rule, severity, messageId: rule, sheet: 'Sheet1', cells, table });

describe('groupFindings', () => {
  test('by table in sheet order, sheet-wide findings last; categories in the order 目标值 结构 资金 基本信息', async () => {
    const host = FakeHost.fromSample('seed-shanghai-2020');
    const { sheet } = checkSheet((await host.readActiveSheet()).snapshot, host.settings);
    const findings = [
      f('required-fields', 'error', ['B4'], 0),
      f('table-not-found', 'error', []),
      f('target-style', 'info', ['D27'], 0),
      f('money-parts-sum', 'error', ['B15'], 0),
      f('indicator-duplicate', 'warning', ['C20'], 0),
    ];
    const groups = groupFindings(findings, sheet.tables);
    expect(groups.map((g) => [g.index, g.categories.map((c) => [c.category, c.findings.map((x) => x.rule)])])).toEqual([
      [
        0,
        [
          ['target', ['target-style']],
          ['structure', ['indicator-duplicate']],
          ['money', ['money-parts-sum']],
          ['header', ['required-fields']],
        ],
      ],
      [undefined, [['structure', ['table-not-found']]]],
    ]);
  });
});

describe('highlightCells', () => {
  test('one entry per cell, the most severe finding on it deciding the colour', () => {
    expect(highlightCells([f('a', 'info', ['D30', 'D31']), f('b', 'error', ['D31']), f('c', 'warning', ['D30', 'D31'])])).toEqual([
      { cell: 'D30', severity: 'warning' },
      { cell: 'D31', severity: 'error' },
    ]);
  });
});
