/**
 * The target rules on the real sample tables (test/fixtures/samples; see /work/shared/samples/real/SOURCES.md for
 * what is wrong in each): exactly these findings, and after applying every autofix nothing fixable is left.
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { Finding } from '../../../src/core/model';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { recognise } from '../../../src/core/recognise';
import { activeRules } from '../../../src/core/rules/config';
import { runRules } from '../../../src/core/rules/engine';
import { TARGET_RULES } from '../../../src/core/rules/groups/target';
import { readWorkbookBytes } from '../../../src/io/read-workbook';
import { applyEdits } from '../../helpers/rule-tester';

const SAMPLES = path.join(__dirname, '..', '..', 'fixtures', 'samples');

function snapshot(file: string): SheetSnapshot {
  return readWorkbookBytes(new Uint8Array(readFileSync(path.join(SAMPLES, file))), file).sheets[0];
}

function check(s: SheetSnapshot): Finding[] {
  const rules = activeRules(TARGET_RULES);
  return recognise(s).tables.flatMap((t, i) => runRules(t, s.name, i, rules));
}

/** Findings as `rule/messageId cells`, the fix or suggestions after `→`. */
function flat(findings: Finding[]): string[] {
  return findings.map((f) => {
    const edits = f.fix ? ' → ' + f.fix.map((e) => `${e.cell}=${e.value}`).join(';') : f.suggestions ? ' → ? ' + f.suggestions.map((s) => s.edits.map((e) => `${e.cell}=${e.value}`).join(';')).join(' | ') : '';
    return `${f.rule}/${f.messageId} ${f.cells.join(',')}${edits}`;
  });
}

const EXPECTED: Record<string, string[]> = {
  'seed-shanghai-2020.xlsx': [
    'cost-indicator/rate D30',
    'target-style/operator D27 → D27=≥200人',
    'target-style/operator D28 → D28=≥95%',
    'target-style/operator D29 → D29=≥95%',
    'target-style/operator D30 → D30=≥95%',
    'target-style/operator D31 → D31=≥99%',
  ],
  'real-hubei-huangshi-2022-1.xlsx': [
    'target-operator-missing/operatorMissing F10 → ? F10==280人次 | F10=≥280人次',
    'target-operator-missing/operatorMissing F11 → ? F11==25人次 | F11=≥25人次',
    'target-operator-missing/operatorMissing F12 → ? F12==6次 | F12=≥6次',
    'target-operator-missing/operatorMissing F13 → ? F13==70% | F13=≥70%',
    'target-operator-missing/operatorMissing F14 → ? F14==220 | F14=≥220',
    'target-operator-missing/operatorMissing F15 → ? F15==100%',
    'target-operator-missing/operatorMissing F16 → ? F16==100%',
    'target-operator-missing/operatorMissing F17 → ? F17==100%',
    'target-operator-missing/operatorMissing F18 → ? F18==100%',
    'target-operator-missing/operatorMissing F19 → ? F19==100%',
    'target-operator-missing/operatorMissing F20 → ? F20==100%',
    'target-operator-missing/operatorMissing F21 → ? F21=≤100% | F21==100%',
    'target-unit-inconsistent/missingUnit F14 → ? F14=220门',
  ],
  'real-hunan-xiangtan-2023-1.xlsx': [
    'target-operator-missing/operatorMissing E9 → ? E9==10辆 | E9=≥10辆',
    'target-operator-missing/operatorMissing E13 → ? E13=≤250万 | E13==250万',
  ],
  'real-shaanxi-chencang-2020-1.xlsx': [
    'target-missing/unitOnly E12',
    'target-missing/unitOnly E13',
    'target-missing/unitOnly E14',
    'target-missing/unitOnly E15',
    'target-missing/unitOnly E16',
  ],
  'real-shanghai-putuo-2026-1.xlsx': [
    'target-operator-missing/operatorMissing G14 → ? G14==985米 | G14=≥985米',
    'target-style/bracketedUnit G15 → G15==100.00%',
    'target-style/bracketedUnit G21 → G21=≥90.00%',
  ],
  'real-sichuan-jingyan-2023-1.xlsx': ['indicator-name/unitContradicts G9,H9,I9,J9'],
  'real-chongqing-fengjie-2023-1.xlsx': [],
};

describe.each(Object.keys(EXPECTED))('%s', (file) => {
  test('finds what is wrong and nothing else', () => {
    expect(flat(check(snapshot(file)))).toEqual(EXPECTED[file]);
  });

  test('the TSV copy gives the same findings', () => {
    const tsv = file.replace(/\.xlsx$/, '.tsv');
    const text = readFileSync(path.join(SAMPLES, tsv), 'utf8');
    const values = text.replace(/\n$/, '').split('\n').map((l) => l.split('\t').map((c) => (c === '' ? null : c)));
    expect(flat(check({ name: 'Sheet1', origin: { row: 0, col: 0 }, values, merges: [] }))).toEqual(EXPECTED[file]);
  });

  test('after every autofix, nothing fixable is left and nothing new appears', () => {
    const s = snapshot(file);
    const before = check(s);
    const fixed = applyEdits(s, before.flatMap((f) => f.fix ?? []));
    const after = check(fixed);
    expect(after.filter((f) => f.fix)).toEqual([]);
    const unfixed = (fs: Finding[]) => flat(fs.filter((f) => !f.fix)).map((x) => x.replace(/ → .*/, ''));
    // The findings without a fix stay (their text may now show the fixed value).
    expect(unfixed(after)).toEqual(unfixed(before));
  });
});
