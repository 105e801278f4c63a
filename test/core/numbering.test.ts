import { outlineNumbering, stripNumbering } from '../../src/core/numbering';

test.each([
  ['一、项目基本情况', 'cn', '项目基本情况'],
  ['(一)财政拨款小计', 'paren-cn', '财政拨款小计'],
  ['1.培训人次', 'num', '培训人次'],
  ['1、一般公共预算', 'num', '一般公共预算'],
  ['(2)培训人次', 'paren-num', '培训人次'],
  ['3)培训人次', 'paren-num', '培训人次'],
  ['①资金到位率', 'circle', '资金到位率'],
  ['指标1:新建保鲜库数量', 'indicator', '新建保鲜库数量'],
])('%s is numbered (%s)', (text, kind, rest) => {
  expect(outlineNumbering(text)?.kind).toBe(kind);
  expect(stripNumbering(text)).toBe(rest);
});

test.each(['1.5万元以下补贴发放户数', '2023年培训人次', '100%', '一、', '十分满意'])('%s has no numbering to strip', (text) => {
  expect(stripNumbering(text)).toBe(text);
});
