/**
 * Where a header value is, as general rules (issue: "values not where the reader looked"): each rule as a small
 * table literal, fields and money out.
 */
import { recognise } from '../../../src/core/recognise';
import { checkSheet } from '../../../src/core/outcome';
import { EMPTY_SETTINGS } from '../../../src/core/settings';
import type { TargetTable } from '../../../src/core/model';
import { sheet } from '../../helpers/sheet';

const INDICATORS = `
  一级指标 | 二级指标 | 三级指标 | 指标值
  产出指标 | 数量指标 | 培训人次 | ≥280人次`;

const table = (literal: string, merges: string[] = []): TargetTable => recognise(sheet(literal + INDICATORS, { merges })).tables[0];
const field = (t: TargetTable, key: keyof TargetTable['fields']) => (t.fields[key] ? [t.fields[key]!.cell, t.fields[key]!.value] : null);
const money = (t: TargetTable) => t.money.items.map((m) => [m.key, m.cell, m.value, m.parent ?? null]);

describe('a value right of its label', () => {
  test('past empty cells and the label’s merged span', () => {
    const t = table(
      `
      项目名称 | | | 道路养护
      主管部门 | | 某某局 |`,
      ['A1:B1'],
    );
    expect(field(t, 'projectName')).toEqual(['D1', '道路养护']);
    expect(field(t, 'department')).toEqual(['C2', '某某局']);
  });

  test('several label → value pairs along one row, a blank value left blank', () => {
    const t = table(`
      项目预算资金(万元) | 中期预算资金总额 | | 年度预算资金总额 | 25`);
    expect(money(t)).toEqual([
      ['total', 'C1', null, null],
      ['annual', 'E1', 25, null],
    ]);
    expect(t.money.unit).toBe('万元');
  });

  test('a label the vocabulary knows only by its words is the value when nothing follows it', () => {
    const t = table(`
      项目名称 | 道路养护 | 财政资金预算分类 | 一般公共预算`);
    expect(field(t, 'fundCategory')).toEqual(['D1', '一般公共预算']);
    expect(t.money.items).toEqual([]);
  });
});

describe('a value in the label’s own cell', () => {
  test('after a colon, also in a line under the title', () => {
    const t = table(`
      东莞市财政项目支出绩效目标表 | |
      预算单位:东莞展览馆 | |
      项目名称 | 物业管理费支出 |
      年度资金总额:50万 | |`);
    expect(field(t, 'applicant')).toEqual(['A2', '东莞展览馆']);
    expect(money(t)).toEqual([['annual', 'A4', 50, null]]);
    expect(t.money.items[0].unit).toBe('万元');
  });

  test('several pairs in one cell', () => {
    const t = table(`
      项目名称：道路养护 主管部门：某某局 |`);
    expect(field(t, 'projectName')).toEqual(['A1', '道路养护']);
    expect(field(t, 'department')).toEqual(['A1', '某某局']);
  });
});

describe('a value below its label', () => {
  test('labels heading columns (中期目标 | 年度目标 over their texts)', () => {
    const t = table(
      `
      项目名称 | 道路养护 |
      总体目标 | 中期目标 | 年度目标
      | 三年养护道路60公里 | 养护道路20公里`,
      ['A2:A3'],
    );
    expect(field(t, 'overallGoal')).toEqual(['B3', '三年养护道路60公里']);
    expect(field(t, 'annualGoal')).toEqual(['C3', '养护道路20公里']);
  });

  test('never a cell that a label on its own row claims (a blank 其他资金 above 绩效目标 | text)', () => {
    const t = table(`
      项目名称 | 学校体育设施向社会免费开放 |
      项目资金(万元) | 年度资金总额 | 5
      | 其中:财政拨款 | 5
      | 其他资金 |
      绩效目标 | 加快构建公共体育服务体系 |`);
    expect(money(t)).toEqual([
      ['annual', 'C2', 5, null],
      ['annualFiscal', 'C3', 5, 'annual'],
      ['annualOther', 'C4', null, 'annual'],
    ]);
    expect(field(t, 'overallGoal')).toEqual(['B5', '加快构建公共体育服务体系']);
  });
});

describe('money blocks', () => {
  test('a column title where the total belongs, the amounts below it; numbered lines are details of their subtotal', () => {
    const t = table(`
      项目名称 | 特困家庭再扶助 |
      项目资金(万元) | 年度资金总额 | 金额(万元)
      | (一)财政拨款小计 | 6.30
      | 1、一般公共预算 | 6.30
      | 2、政府性基金 | 0.00
      | (二)其他收入 | 0.00`);
    expect(money(t)).toEqual([
      ['annual', 'C2', null, null],
      ['annualFiscal', 'C3', 6.3, 'annual'],
      ['detail', 'C4', 6.3, 'annualFiscal'],
      ['detail', 'C5', 0, 'annualFiscal'],
      ['annualOther', 'C6', 0, 'annual'],
    ]);
    expect(t.money.items[0].columnTitle).toBe('金额(万元)');
    expect(t.money.unit).toBe('万元');
  });

  test('a row of column titles over label → amount rows (资金来源 | 年初安排金额)', () => {
    const t = table(`
      项目名称 | 再生资源回收市场管理经费 |
      投入目标 (万元) | 资金来源 | 年初安排金额(万元)
      | 资金总额 | 3
      | 其中: 财政拨款数 | 3
      | 其他资金 | 0`);
    expect(money(t)).toEqual([
      ['total', 'C3', 3, null],
      ['fiscal', 'C4', 3, 'total'],
      ['other', 'C5', 0, 'total'],
    ]);
  });

  test('an annual amount beside a whole-life one is not its part unless written with 其中', () => {
    const t = table(`
      项目 名称 | 镇际联网路 | 中期市财政预算(万元) | 284500 | 本年度申请市财政预算资金(万元) | 919`);
    expect(money(t)).toEqual([
      ['total', 'D1', 284500, null],
      ['annualFiscal', 'F1', 919, null],
    ]);
  });
});

describe('parts of the header that are not fields', () => {
  test('a list under column titles (年度履职目标) is not read as label → value pairs', () => {
    const t = table(`
      部门(单位)名称 | 某研究室 | |
      年度履职目标 | 部门职能 | 年度目标任务 | 支出项目名称 | 预算金额(万元)
      | 编纂地方志 | 完成年鉴出版 | 年鉴出版经费 | 49.8
      | 保障人员工资 | 按时发放工资 | 基本支出 | 110.61`);
    expect(t.fields.projectName).toBeUndefined();
    expect(t.money.items).toEqual([]);
    expect(t.unrecognisedLabels).toBeUndefined();
  });

  test('a numbered heading alone in its row (一、项目基本情况) is a heading, not a blank 项目基本情况', () => {
    const t = table(`
      一、项目基本情况 |
      项目名称：道路养护 |
      （一）总体目标：养护道路60公里 |`);
    expect(t.fields.overview).toBeUndefined();
    expect(field(t, 'overallGoal')).toEqual(['A3', '养护道路60公里']);
  });
});

describe('labels the vocabulary does not know', () => {
  const literal = `
    项目支出绩效目标表 | | |
    (2023年度) | | |
    项目名称 | 道路养护 | 承担科室 | 养护科
    项目经费来源渠道说明 | 一般公共预算 | |
    项目资金(万元) | 年度资金总额 | 80 |
    总体目标 | 养护道路60公里 | |${INDICATORS}`;

  test('are listed with their cells', () => {
    expect(recognise(sheet(literal)).tables[0].unrecognisedLabels).toEqual([
      { text: '承担科室', cell: 'C3' },
      { text: '项目经费来源渠道说明', cell: 'A4' },
    ]);
  });

  test('a field one of them may stand for is not called missing: a warning names them instead', () => {
    const o = checkSheet(sheet(literal), EMPTY_SETTINGS);
    const required = o.findings.filter((f) => f.rule === 'required-fields');
    expect(required.map((f) => [f.messageId, f.severity, f.cells, f.data])).toEqual([
      ['notUnderstood', 'warning', ['C3', 'A4'], { missing: '单位', labels: '承担科室、项目经费来源渠道说明' }],
    ]);
    expect(o.ready).toBe(true);
  });

  test('with every label understood, the missing unit is an error', () => {
    const o = checkSheet(sheet(literal.replace('| 承担科室 | 养护科', '| |').replace('项目经费来源渠道说明 | 一般公共预算', '| ')), EMPTY_SETTINGS);
    expect(o.findings.filter((f) => f.rule === 'required-fields').map((f) => [f.messageId, f.severity])).toEqual([['unitMissing', 'error']]);
  });
});
