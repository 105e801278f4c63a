/**
 * Our RuleTester, after ESLint's: tables of valid and invalid cases for one rule. Each invalid case names the
 * message ids, cells and fixes it expects. The tester also checks that the rule never modifies its input, that a fix
 * changes something, and that after applying the fixes the same finding is gone.
 */
import type { Finding, TargetTable } from '../../src/core/model';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { recognise } from '../../src/core/recognise';
import { activeRules } from '../../src/core/rules/config';
import { runRules } from '../../src/core/rules/engine';
import type { Rule } from '../../src/core/rules/rule';
import { parseCellAddress } from '../../src/core/address';
import { sheet } from './sheet';
import { LANGS, translate } from '../../src/core/i18n';

export interface ValidCase {
  name: string;
  /** A table literal (see sheet()) or a snapshot. */
  table: string | SheetSnapshot;
  options?: Record<string, unknown>;
}

export interface ExpectedFinding {
  messageId: string;
  cells: string[];
  severity?: Finding['severity'];
  data?: Record<string, string | number>;
  /** The fix's edits as `{cell: value}`; omit to require no fix. */
  fix?: Record<string, string>;
  /** Suggested values per suggestion, as `{cell: value}`. */
  suggestions?: Record<string, string>[];
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

function snapshotOf(table: string | SheetSnapshot): SheetSnapshot {
  return typeof table === 'string' ? sheet(table) : table;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/** Run `rule` alone on every table of a snapshot, with the tables frozen (a rule must not modify its input). */
export function runRule(rule: Rule, snapshot: SheetSnapshot, options?: Record<string, unknown>): Finding[] {
  const tables = recognise(snapshot).tables.map((t) => deepFreeze(structuredClone(t)) as TargetTable);
  if (tables.length === 0) throw new Error('the case has no recognisable table');
  const active = activeRules([rule], options ? { rules: { [rule.meta.id]: { options } } } : {});
  return tables.flatMap((t, i) => runRules(t, snapshot.name, i, active));
}

/** Apply compare-and-set edits to a snapshot copy; throws when a cell no longer holds its expected value. */
export function applyEdits(snapshot: SheetSnapshot, edits: { cell: string; expected: string; value: string }[]): SheetSnapshot {
  const out: SheetSnapshot = structuredClone(snapshot);
  for (const e of edits) {
    const p = parseCellAddress(e.cell)!;
    const r = p.row - out.origin.row;
    const c = p.col - out.origin.col;
    const row = (out.values[r] ??= []);
    const current = row[c] === null || row[c] === undefined ? '' : String(row[c]);
    const shown = out.texts?.[r]?.[c] ?? current;
    if (shown.trim() !== e.expected.trim() && current.trim() !== e.expected.trim()) {
      throw new Error(`${e.cell} holds "${shown}", not the expected "${e.expected}"`);
    }
    row[c] = e.value;
    if (out.texts?.[r]) out.texts[r][c] = e.value;
  }
  return out;
}

const asMap = (edits: { cell: string; value: string }[] | undefined) => (edits ? Object.fromEntries(edits.map((e) => [e.cell, e.value])) : undefined);

/** A message of the rule formatted in both languages: no `{placeholder}` may be left unfilled. */
function expectFilled(rule: Rule, messageId: string, data: Record<string, string | number> | undefined): void {
  for (const lang of LANGS) {
    const text = translate(rule.meta.messages, messageId, lang, data);
    expect(text).not.toMatch(/\{\w+\}/);
  }
}

/** Define the jest tests of a rule from its valid and invalid cases. */
export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    test('no case is listed twice, and the rule declares exactly the kinds of fix it offers', () => {
      const key = (c: ValidCase) => `${typeof c.table === 'string' ? c.table.replace(/\s+/g, ' ') : JSON.stringify(c.table)}\n${JSON.stringify(c.options ?? {})}`;
      const keys = [...cases.valid, ...cases.invalid].map(key);
      expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
      const found = cases.invalid.flatMap((c) => runRule(rule, snapshotOf(c.table), c.options));
      expect(found.some((f) => f.fix?.length)).toBe(!!rule.meta.fixable);
      expect(found.some((f) => f.suggestions?.length)).toBe(!!rule.meta.hasSuggestions);
    });
    describe('valid', () => {
      test.each(cases.valid.map((c) => [c.name, c]))('%s', (_n, c) => {
        expect(runRule(rule, snapshotOf(c.table), c.options)).toEqual([]);
      });
    });
    describe('invalid', () => {
      test.each(cases.invalid.map((c) => [c.name, c]))('%s', (_n, c) => {
        const snapshot = snapshotOf(c.table);
        const found = runRule(rule, snapshot, c.options);
        expect(
          found.map((f) => ({
            messageId: f.messageId,
            cells: f.cells,
            ...(c.findings.some((x) => x.severity) ? { severity: f.severity } : {}),
            ...(c.findings.some((x) => x.data) ? { data: f.data } : {}),
            ...(f.fix ? { fix: asMap(f.fix) } : {}),
            ...(f.suggestions ? { suggestions: f.suggestions.map((s) => asMap(s.edits)) } : {}),
          })),
        ).toEqual(c.findings.map((x) => ({ ...x })));
        for (const f of found) {
          expect(rule.meta.messages[f.messageId]).toBeDefined();
          expectFilled(rule, f.messageId, f.data);
          for (const s of f.suggestions ?? []) {
            expect(rule.meta.messages[s.messageId]).toBeDefined();
            expectFilled(rule, s.messageId, s.data);
          }
          if (!f.fix) continue;
          expect(rule.meta.fixable).toBe(true);
          // A fix changes something, applies compare-and-set, and makes its finding go away.
          for (const e of f.fix) expect(e.value).not.toBe(e.expected);
          const fixed = applyEdits(snapshot, f.fix);
          const again = runRule(rule, fixed, c.options);
          expect(again.filter((g) => g.messageId === f.messageId && g.cells.join() === f.cells.join())).toEqual([]);
        }
      });
    });
  });
}
