/**
 * domain.md §6.16: units. Amounts are compared only after converting 元/万元; an amount about 10,000 times off
 * from the amounts it should match (a 万元 table with 1,500,000 among 150s) was most likely typed in the other
 * unit. When no unit is declared anywhere, no money rule compares amounts; this rule then says, once, that the
 * unit is missing (it owns the units of the money block).
 */
import type { MoneyItem } from '../model';
import { createRule } from './rule';
import { displayLabel, formatAmount, fromYuan, inYuan, isNumber, moneyGroups, type NumberState, readItem, showState, uniqueItem } from './shared/amounts';

/** Ratios this close to 10,000 look like 元 typed for 万元 (or the reverse). */
const LOW = 5_000;
const HIGH = 20_000;

export const moneyUnitScale = createRule({
  meta: {
    id: 'money-unit-scale',
    severity: 'warning',
    tags: ['money'],
    description: {
      'zh-CN': '金额单位：元与万元换算后比较；某个金额与应当相符的金额相差约一万倍，可能把元当成万元（或相反）填写；未注明单位时提示注明',
      'en-US': 'Units: amounts are compared after converting 元/万元; an amount about 10,000 times off from those it should match was likely typed in the other unit; an undeclared unit is pointed out',
    },
    messages: {
      unitUnknown: {
        'zh-CN': '金额单位未注明，无法核对金额：请在表头注明“金额单位：元”或“万元”',
        'en-US': 'The money unit is not stated, so the amounts cannot be checked: add "金额单位：元" or "万元" to the header',
      },
      pair: {
        'zh-CN': '“{a}” {aAmount} 与“{b}” {bAmount} 相差约一万倍：可能有一项把“元”当成“万元”（或相反）填写，请核对金额和单位',
        'en-US': '"{a}" ({aAmount}) and "{b}" ({bAmount}) differ by about 10,000 times: one was probably entered in 元 instead of 万元 (or the reverse); check the amounts and units',
      },
      odd: {
        'zh-CN': '“{label}” {amount} 与其他金额（{others}）相差约一万倍：可能把“元”当成“万元”（或相反）填写，请核对金额和单位',
        'en-US': '"{label}" ({amount}) differs from the other amounts ({others}) by about 10,000 times: probably entered in 元 instead of 万元 (or the reverse); check the amount and unit',
      },
      parts: {
        'zh-CN': '“{label}” {total} 与其中各项之和 {sum} 相差约一万倍：可能有金额把“元”当成“万元”（或相反）填写，请核对金额和单位',
        'en-US': '"{label}" ({total}) and the sum of its parts ({sum}) differ by about 10,000 times: an amount was probably entered in 元 instead of 万元 (or the reverse); check the amounts and units',
      },
    },
    examples: { valid: ['资金情况（万元）：年度资金总额 150，财政拨款 150'], invalid: ['资金情况（万元）：年度资金总额 150，财政拨款 1,500,000', '（未注明单位）项目总预算 120，当年预算 80'] },
  },
  check(context) {
    const table = context.table;
    const items = table.money?.items ?? [];
    const num = (item: MoneyItem): NumberState | null => {
      const s = readItem(table, item);
      return isNumber(s) ? s : null;
    };

    // Pairs the comparison rules look at (a part and its amount, total and annual, last year's budget and spending).
    const compared: [MoneyItem, MoneyItem][] = [];
    for (const g of moneyGroups(table)) for (const p of g.parts) compared.push([g.parent, p]);
    const total = uniqueItem(table, 'total');
    const annual = uniqueItem(table, 'annual');
    const lastBudget = uniqueItem(table, 'lastYearBudget');
    const lastSpent = uniqueItem(table, 'lastYearSpent');
    if (total && annual) compared.push([total, annual]);
    if (lastBudget && lastSpent) compared.push([lastBudget, lastSpent]);
    const unknown = new Set<MoneyItem>();
    for (const pair of compared) {
      const states = pair.map(num);
      if (states.some((s) => !s)) continue;
      for (let i = 0; i < 2; i++) if (states[i]!.value !== 0 && !states[i]!.unit) unknown.add(pair[i]);
    }
    if (unknown.size > 0) {
      const cells = items.filter((i) => unknown.has(i)).map((i) => i.cell);
      context.report({ messageId: 'unitUnknown', cells, severity: 'info' });
      return;
    }

    // Relations 10,000 times off. A side is an amount, or the sum of an amount's parts.
    const flagged: { a: Side; b: Side; message: 'pair' | 'parts' }[] = [];
    const side = (item: MoneyItem): Side => ({ item, label: displayLabel(item.label), amount: showState(num(item)!), cells: [item.cell] });

    // Identities: an amount and the sum of its parts.
    for (const g of moneyGroups(table)) {
      if (g.mixed) continue;
      const p = num(g.parent);
      const parts = g.parts.map((x) => ({ item: x, state: num(x) })).filter((x) => x.state && x.state.value !== 0);
      if (!p || p.value === 0 || parts.length === 0) continue;
      const py = inYuan(p);
      const ys = parts.map((x) => inYuan(x.state!));
      if (py === null || ys.some((y) => y === null)) continue;
      const sum = ys.reduce((a: number, y) => a + (y as number), 0);
      const partsTooBig = near(sum / py);
      const partsTooSmall = near(py / sum) && (g.split || implausible(p, minState(parts.map((x) => x.state!))));
      if (!partsTooBig && !partsTooSmall) continue;
      const sumSide: Side = { label: '其中各项之和', amount: formatAmount(fromYuan(sum, p.unit), p.unit), cells: parts.map((x) => x.item.cell) };
      flagged.push({ a: side(g.parent), b: sumSide, message: 'parts' });
    }

    // Headline amounts: [a, b, strict] — strict pairs should be close (b ≤ a); others only of the same order.
    const headline: [MoneyItem | undefined, MoneyItem | undefined, boolean][] = [
      [total, annual, true],
      [lastBudget, lastSpent, true],
      [annual, lastBudget, false],
    ];
    for (const [a, b, strict] of headline) {
      if (!a || !b) continue;
      const sa = num(a);
      const sb = num(b);
      const ya = sa && inYuan(sa);
      const yb = sb && inYuan(sb);
      if (!sa || !sb || !ya || !yb) continue;
      const [big, small] = ya >= yb ? [sa, sb] : [sb, sa];
      if (!near(Math.max(ya, yb) / Math.min(ya, yb))) continue;
      // b ≫ a breaks `b ≤ a` outright; a ≫ b (a total 10,000 times its year) is possible, so needs an implausible amount.
      if ((strict && yb > ya) || implausible(big, small)) flagged.push({ a: side(a), b: side(b), message: 'pair' });
    }

    // An amount in two flagged relations is the odd one out: one finding for it.
    const count = new Map<MoneyItem, number>();
    for (const r of flagged) for (const x of [r.a, r.b]) if (x.item) count.set(x.item, (count.get(x.item) ?? 0) + 1);
    const odd = [...count.entries()].filter(([, n]) => n >= 2).map(([i]) => i);
    for (const item of odd) {
      const others = flagged.filter((r) => r.a.item === item || r.b.item === item).map((r) => (r.a.item === item ? r.b : r.a));
      context.report({
        messageId: 'odd',
        data: { label: displayLabel(item.label), amount: showState(num(item)!), others: others.map((o) => `${o.label} ${o.amount}`).join('、') },
        cells: [item.cell, ...others.flatMap((o) => o.cells)],
      });
    }
    for (const r of flagged) {
      if ((r.a.item && odd.includes(r.a.item)) || (r.b.item && odd.includes(r.b.item))) continue;
      if (r.message === 'parts') {
        context.report({ messageId: 'parts', data: { label: r.a.label, total: r.a.amount, sum: r.b.amount }, cells: [...r.a.cells, ...r.b.cells] });
      } else {
        context.report({ messageId: 'pair', data: { a: r.a.label, aAmount: r.a.amount, b: r.b.label, bAmount: r.b.amount }, cells: [...r.a.cells, ...r.b.cells] });
      }
    }
  },
});

/** One side of a compared relation: an amount, or the sum of an amount's parts (no item). */
interface Side {
  item?: MoneyItem;
  label: string;
  amount: string;
  cells: string[];
}

function near(ratio: number): boolean {
  return Number.isFinite(ratio) && ratio >= LOW && ratio <= HIGH;
}

function minState(states: NumberState[]): NumberState {
  return states.reduce((m, s) => ((inYuan(s) ?? 0) < (inYuan(m) ?? 0) ? s : m));
}

/**
 * A pair implausible as written: the larger 100,000 万元 (10亿元) or more in 万元, or the smaller under 10,000 元 in
 * 元 — what 元 typed for 万元 (or the reverse) looks like, beside an amount 10,000 times away.
 */
function implausible(big: NumberState, small: NumberState): boolean {
  return (big.unit === '万元' && big.value >= 100_000) || (small.unit === '元' && Math.abs(small.value) < 10_000);
}
