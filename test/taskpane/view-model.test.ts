import type { Finding } from '../../src/core/model';
import { checkSheet } from '../../src/core/outcome';
import { groupFindings, highlightCells, listRows } from '../../src/taskpane/view-model';
import { FakeHost } from './fake-host';

const f = (rule: string, severity: Finding['severity'], cells: string[], table?: number): Finding => ({ rule, severity, messageId: rule, sheet: 'Sheet1', cells, table });

describe('groupFindings', () => {
  test('by table in sheet order, sheet-wide findings last; errors first, then warnings, then infos, in reading order', async () => {
    const host = FakeHost.fromSample('seed-shanghai-2020');
    const { sheet } = checkSheet((await host.readActiveSheet()).snapshot, host.settings);
    const findings = [
      f('target-style', 'info', ['D27'], 0),
      f('required-fields', 'error', ['B4'], 0),
      f('table-not-found', 'error', []),
      f('indicator-duplicate', 'warning', ['C20'], 0),
      f('money-parts-sum', 'error', ['B15'], 0),
    ];
    const groups = groupFindings(findings, sheet.tables);
    expect(groups.map((g) => [g.index, g.severities.map((s) => [s.severity, s.findings.map((x) => x.rule)])])).toEqual([
      [
        0,
        [
          ['error', ['required-fields', 'money-parts-sum']],
          ['warning', ['indicator-duplicate']],
          ['info', ['target-style']],
        ],
      ],
      [undefined, [['error', ['table-not-found']]]],
    ]);
    // One severity only, as the summary's counts filter the list.
    expect(groupFindings(findings, sheet.tables, 'warning').map((g) => g.severities.map((s) => s.findings.map((x) => x.rule)))).toEqual([[['indicator-duplicate']]]);
  });

  test('as list rows: a table heading, a severity heading with its count, the findings numbered within it', async () => {
    const findings = [f('b', 'warning', ['C20'], 0), f('a', 'error', ['B4'], 0), f('c', 'warning', ['C21'], 0)];
    const rows = listRows(groupFindings(findings, []));
    expect(rows.map((r) => (r.kind === 'finding' ? `${r.finding.rule} ${r.position}/${r.setSize}` : r.kind === 'severity' ? `${r.severity} ${r.count}` : r.kind))).toEqual([
      'table',
      'error 1',
      'a 1/1',
      'warning 2',
      'b 1/2',
      'c 2/2',
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
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
