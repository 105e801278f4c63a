import type { SheetRead } from '../../src/hosts/host';
import { PaneController } from '../../src/taskpane/controller';
import { FakeHost, sampleSheet } from './fake-host';

/** A host whose reads finish when the test says, in any order. */
class ManualReads extends FakeHost {
  readonly pending: { resolve: (s: SheetRead) => void; snapshot: SheetRead }[] = [];
  override async readActiveSheet(): Promise<SheetRead> {
    const snapshot = await super.readActiveSheet();
    return new Promise((resolve) => this.pending.push({ resolve, snapshot }));
  }
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('PaneController', () => {
  test('a slower, older read never replaces the result of a newer one', async () => {
    const host = new ManualReads(sampleSheet('seed-shanghai-2020'));
    const pane = new PaneController(host);
    pane.start();
    const first = pane.validate();
    await flush();
    host.setCell('D27', '≥200人');
    const second = pane.validate();
    await flush();
    expect(host.pending).toHaveLength(2);
    host.pending[1].resolve(host.pending[1].snapshot);
    await second;
    const newer = pane.getState().outcome;
    expect(newer?.findings.some((f) => f.cells.includes('D27') && f.rule === 'target-style')).toBe(false);
    host.pending[0].resolve(host.pending[0].snapshot);
    await first;
    expect(pane.getState().outcome).toBe(newer);
    expect(pane.getState().phase).toBe('idle');
    pane.stop();
  });

  test('a finding ignored while the sheet is being read again stays ignored', async () => {
    const host = new ManualReads(sampleSheet('seed-shanghai-2020'));
    const pane = new PaneController(host);
    pane.start();
    const first = pane.validate();
    await flush();
    host.pending[0].resolve(host.pending[0].snapshot);
    await first;
    const cost = pane.getState().outcome!.findings.find((f) => f.rule === 'cost-indicator')!;
    const second = pane.validate();
    await flush();
    await pane.ignore(cost);
    host.pending[1].resolve(host.pending[1].snapshot);
    await second;
    expect(pane.getState().outcome!.findings.some((f) => f.rule === 'cost-indicator')).toBe(false);
    expect(pane.getState().outcome!.ignored.map((f) => f.rule)).toEqual(['cost-indicator']);
    pane.stop();
  });

  test('rules switched on again keep their stored options', async () => {
    const table = `
      项目名称 | 道路养护 | |
      一级指标 | 二级指标 | 三级指标 | 指标值
      产出指标 | 质量指标 | 验收合格率 | ≥95%`;
    const host = FakeHost.fromLiteral(table, { rules: { 'target-style': { options: { operatorStyle: 'ascii' } } }, ignored: [] });
    const pane = new PaneController(host);
    pane.start();
    await pane.validate();
    const asciiFixes = () =>
      pane
        .getState()
        .outcome!.findings.filter((f) => f.rule === 'target-style')
        .flatMap((f) => f.fix ?? [])
        .map((e) => e.value);
    expect(pane.getState().error).toBeNull();
    expect(asciiFixes()).toEqual(['>=95%']); // the option is in force: ≥ becomes >=
    await pane.setRuleEnabled('target-style', false);
    expect(host.settings.rules['target-style']).toEqual({ options: { operatorStyle: 'ascii' }, severity: 'off' });
    expect(asciiFixes()).toEqual([]);
    await pane.setRuleEnabled('target-style', true);
    expect(host.settings.rules['target-style']).toEqual({ options: { operatorStyle: 'ascii' } });
    expect(pane.getState().error).toBeNull();
    expect(asciiFixes()).toEqual(['>=95%']);
    pane.stop();
  });
});
