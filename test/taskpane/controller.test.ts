import type { SheetSnapshot } from '../../src/core/snapshot';
import { PaneController } from '../../src/taskpane/controller';
import { FakeHost, sampleSheet } from './fake-host';

/** A host whose reads finish when the test says, in any order. */
class ManualReads extends FakeHost {
  readonly pending: { resolve: (s: SheetSnapshot) => void; snapshot: SheetSnapshot }[] = [];
  override async readActiveSheet(): Promise<SheetSnapshot> {
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
    const host = FakeHost.fromSample('seed-shanghai-2020', { rules: { 'target-style': { options: { operators: 'ascii' } } }, ignored: [] });
    const pane = new PaneController(host);
    pane.start();
    await pane.validate();
    await pane.setRuleEnabled('target-style', false);
    expect(host.settings.rules['target-style']).toEqual({ options: { operators: 'ascii' }, severity: 'off' });
    await pane.setRuleEnabled('target-style', true);
    expect(host.settings.rules['target-style']).toEqual({ options: { operators: 'ascii' } });
    pane.stop();
  });
});
