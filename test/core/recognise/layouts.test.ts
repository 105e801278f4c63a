/** The layouts of domain.md §3–4, each as a small table literal in and the recognised table out. */
import { recognise } from '../../../src/core/recognise';
import { sheet, tuples } from '../../helpers/sheet';

describe('header fields', () => {
  test('labels with colons, spaces and line breaks; values sharing the label cell; vertical label → value', () => {
    const r = recognise(
      sheet(`
        财政项目支出绩效目标申报表 | | |
        （ 2022 年度） | | |
        申报单位名称：某某区卫生健康委员会 | | | 金额单位：万元
        项 目 名 称 | 社区健康服务 | 项目⏎负责人 | 王五
        主管部门 | | 实施单位 | 某某区社区卫生服务中心
        项目起止时间 | 2022.01-2022.12 | |
        总 体 目 标 | | 年度目标 |
        提升社区健康服务水平 | | 完成全年服务 |
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 服务人次 | ≥5000人次
      `),
    );
    expect(r.tables).toHaveLength(1);
    const t = r.tables[0];
    expect(t.year).toBe(2022);
    expect(t.fields.applicant).toEqual({ label: '申报单位名称：', value: '某某区卫生健康委员会', cell: 'A3' });
    expect(t.fields.projectName).toMatchObject({ value: '社区健康服务', cell: 'B4' });
    expect(t.fields.manager).toMatchObject({ value: '王五', cell: 'D4' });
    expect(t.fields.department).toMatchObject({ value: '', cell: 'B5' });
    expect(t.fields.implementer).toMatchObject({ value: '某某区社区卫生服务中心', cell: 'D5' });
    expect(t.fields.period).toMatchObject({ value: '2022.01-2022.12', cell: 'B6' });
    expect(t.fields.overallGoal).toMatchObject({ value: '提升社区健康服务水平', cell: 'A8' });
    expect(t.fields.annualGoal).toMatchObject({ value: '完成全年服务', cell: 'C8' });
    expect(t.money.unit).toBe('万元');
    expect(tuples(t.indicators)).toEqual([['D10', '产出指标', '数量指标', '服务人次', '≥5000人次']]);
  });

  test('a damaged title line and a damaged 一级 header still anchor the table', () => {
    const r = recognise(
      sheet(`
        2021年度) | | |
        项目名称 | 道路养护 | |
        级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 养护里程 | ≥20公里
      `),
    );
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].year).toBe(2021);
    expect(tuples(r.tables[0].indicators)).toEqual([['D4', '产出指标', '数量指标', '养护里程', '≥20公里']]);
  });
});

describe('money blocks', () => {
  test('standard 资金情况 with 年度 and 中期 totals split horizontally', () => {
    const t = recognise(
      sheet(`
        项目名称 | 培训项目 | | | |
        资金情况（万元） | 年度资金总额 | 120 | 其中：财政拨款 | 100 | 其他资金 | 20
        | 中期资金总额 | 300 | 其中：财政拨款 | 250 | 其他资金 | 50
        一级指标 | 二级指标 | 三级指标 | 指标值 | | |
        产出指标 | 数量指标 | 培训人次 | ≥300人次 | | |
      `),
    ).tables[0];
    expect(t.money.unit).toBe('万元');
    expect(t.money.items.map((m) => [m.key, m.cell, m.value, m.parent ?? null])).toEqual([
      ['annual', 'C2', 120, null],
      ['annualFiscal', 'E2', 100, 'annual'],
      ['annualOther', 'G2', 20, 'annual'],
      ['total', 'C3', 300, null],
      ['fiscal', 'E3', 250, 'total'],
      ['other', 'G3', 50, 'total'],
    ]);
  });

  test('transfer payments: 资金总额 = 中央补助 + 地方资金, amounts as text with units', () => {
    const t = recognise(
      sheet(`
        项目名称 | 农田建设 |
        资金总额 | 1,200万元 |
        其中：中央补助 | 1000万 |
        地方资金 | 200万元 |
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 建设面积 | ≥1万亩
      `),
    ).tables[0];
    expect(t.money.unit).toBe('万元');
    expect(t.money.items.map((m) => [m.key, m.value, m.unit, m.parent ?? null])).toEqual([
      ['total', 1200, '万元', null],
      ['central', 1000, '万元', 'total'],
      ['local', 200, '万元', 'total'],
    ]);
  });

  test('an undeclared unit stays unknown, and text that is not one amount is noted', () => {
    const t = recognise(
      sheet(`
        项目名称 | 宣传项目 |
        项目总预算 | 120万120万 |
        当年预算 | 80 |
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 宣传次数 | ≥10次
      `),
    ).tables[0];
    expect(t.money.unit).toBeNull();
    expect(t.money.items.map((m) => [m.key, m.value, m.unit])).toEqual([
      ['total', null, null],
      ['annual', 80, null],
    ]);
    expect(t.notes).toEqual([{ id: 'money-unreadable', data: { label: '项目总预算', text: '120万120万' }, cells: ['B2'] }]);
  });
});

describe('indicator blocks', () => {
  test('hierarchy labels in the middle or at the bottom of unmerged spans', () => {
    const t = recognise(
      sheet(`
        项目名称 | 示例 | |
        一级指标 | 二级指标 | 三级指标 | 指标值
        | 数量指标 | 甲 | 10个
        产出指标 | | 乙 | 20个
        | 质量指标 | 丙 | 100%
        | 社会效益指标 | 丁 | 提升
        效益指标 | | 戊 | 改善
        满意度指标 | 服务对象满意度指标 | 己 | ≥90%
      `),
    ).tables[0];
    expect(tuples(t.indicators)).toEqual([
      ['D3', '产出指标', '数量指标', '甲', '10个'],
      ['D4', '产出指标', '数量指标', '乙', '20个'],
      ['D5', '产出指标', '质量指标', '丙', '100%'],
      ['D6', '效益指标', '社会效益指标', '丁', '提升'],
      ['D7', '效益指标', '社会效益指标', '戊', '改善'],
      ['D8', '满意度指标', '服务对象满意度指标', '己', '≥90%'],
    ]);
  });

  test('merged hierarchy cells with the label in the first row; unknown labels are kept', () => {
    const t = recognise(
      sheet(
        `
        项目名称 | 示例 | |
        一级指标 | 二级指标 | 三级指标 | 指标值
        过程指标 | 组织实施 | 制度健全性 | 健全
        | | 检查次数 | ≥4次
        产出指标 | 数量指标 | 人数 | ≥10人
      `,
        { merges: ['A3:A4', 'B3:B4'] },
      ),
    ).tables[0];
    expect(t.framework).toBe('unknown');
    expect(tuples(t.indicators)).toEqual([
      ['D3', '过程指标', '组织实施', '制度健全性', '健全'],
      ['D4', '过程指标', '组织实施', '检查次数', '≥4次'],
      ['D5', '产出指标', '数量指标', '人数', '≥10人'],
    ]);
  });

  test('a two-row header where only the expected-value column is the target', () => {
    const t = recognise(
      sheet(`
        项目名称 | 培训 | | | |
        一级指标 | 二级指标 | 三级指标 | 指标值 | | 备注
        | | | 2021年实际实现值 | 预期2022年实现值 |
        产出指标 | 数量指标 | 培训人次 | 250人次 | 280人次 | 无
      `),
    ).tables[0];
    expect(tuples(t.indicators)).toEqual([['E4', '产出指标', '数量指标', '培训人次', '280人次']]);
    expect(t.indicators[0].extra).toEqual({ '2021年实际实现值': '250人次', 备注: '无' });
  });

  test('split columns compose one target; the 指标值 cell is the target cell; weights and direction read', () => {
    const t = recognise(
      sheet(`
        项目名称 | 补贴发放 | | | | | |
        一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性
        产出指标 | 数量指标 | 补贴人数 | ≥ | 230 | 人 | 20 | 正向指标
        满意度指标 | 服务对象满意度指标 | 满意度 | ≥ | 95 | % | 10 | 正向指标
        效益指标 | 社会效益指标 | 群众生活 | 定性 | 改善 | | 10 | 正向指标
      `),
    ).tables[0];
    expect(tuples(t.indicators)).toEqual([
      ['E3', '产出指标', '数量指标', '补贴人数', '≥230人'],
      ['E4', '满意度指标', '服务对象满意度指标', '满意度', '≥95%'],
      ['E5', '效益指标', '社会效益指标', '群众生活', '改善'],
    ]);
    expect(t.indicators[0]).toMatchObject({ split: { operator: '≥', value: '230', unit: '人', operatorCell: 'D3', unitCell: 'F3' }, weight: { value: 20, cell: 'G3' }, direction: '正向指标' });
  });

  test('an operator column named 指标方向 is read as operators when it holds them', () => {
    const t = recognise(
      sheet(`
        项目名称 | 示例 | | | |
        一级指标 | 二级指标 | 三级指标 | 指标方向 | 目标值 | 计量单位
        产出指标 | 数量指标 | 人数 | ≤ | 5 | 人
      `),
    ).tables[0];
    expect(t.indicators[0].target).toBe('≤5人');
  });

  test('two indicator blocks side by side (长期 | 年度), one side left empty on a row', () => {
    const t = recognise(
      sheet(`
        项目名称 | 示例 | | | | | |
        一级指标 | 二级指标(长期) | 三级指标(长期) | 指标值(长期) | 二级指标(年度) | 三级指标(年度) | 指标值(年度)
        产出指标 | 数量指标 | 总里程 | ≥100公里 | 数量指标 | 年度里程 | ≥20公里
        | | | | 质量指标 | 验收合格率 | =100%
      `),
    ).tables[0];
    expect(t.indicators.map((i) => [i.cell, i.level1, i.level2, i.level3, i.target, i.column])).toEqual([
      ['D3', '产出指标', '数量指标', '总里程', '≥100公里', '指标值(长期)'],
      ['G3', '产出指标', '数量指标', '年度里程', '≥20公里', '指标值(年度)'],
      ['G4', '产出指标', '质量指标', '验收合格率', '=100%', '指标值(年度)'],
    ]);
  });

  test('one value column per village: every target cell is an entry', () => {
    const t = recognise(
      sheet(`
        项目名称 | 示例 | | |
        一级指标 | 二级指标 | 三级指标 | 指标值 |
        | | | 甲村 | 乙村
        产出指标 | 数量指标 | 改厕户数 | 120户 | 80户
      `),
    ).tables[0];
    expect(t.indicators.map((i) => [i.cell, i.target, i.column])).toEqual([
      ['D4', '120户', '甲村'],
      ['E4', '80户', '乙村'],
    ]);
  });

  test('footers are kept out of the indicators, even under a merge that runs into them', () => {
    const t = recognise(
      sheet(
        `
        项目名称 | 示例 | |
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 人数 | ≥10人
        | | 次数 | ≥2次
        财政部门审核意见 | | |
        注：本表由项目单位填写 | | |
        填表人：张三 | 联系电话：123 | |
      `,
        { merges: ['A3:A5'] },
      ),
    ).tables[0];
    expect(t.range).toBe('A1:D7');
    expect(tuples(t.indicators)).toEqual([
      ['D3', '产出指标', '数量指标', '人数', '≥10人'],
      ['D4', '产出指标', '数量指标', '次数', '≥2次'],
    ]);
  });

  test('unfilled categories are empty groups, not indicators', () => {
    const t = recognise(
      sheet(`
        项目名称 | 示例 | |
        一级指标 | 二级指标 | 三级指标 | 指标值
        成本指标 | 经济成本指标 | 建设成本 | ≤65万元
        | 社会成本指标 | |
      `),
    ).tables[0];
    expect(t.indicators).toHaveLength(1);
    expect(t.emptyGroups).toEqual([{ level1: '成本指标', level2: '社会成本指标', row: 3, cell: 'C4' }]);
    expect(t.framework).toBe('national-2021');
  });
});

describe('tables on a sheet', () => {
  const one = (name: string, year: number) => `
        ${year}年项目支出绩效目标表 | | |
        项目名称 | ${name} | |
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 人数 | ≥10人
        满意度指标 | 服务对象满意度指标 | 满意度 | ≥90%
        填表人：李四 | | |`;

  test('several tables stacked in one sheet, not starting at A1', () => {
    const r = recognise(sheet(`${one('甲项目', 2023)}\n | | | \n${one('乙项目', 2023)}`, { origin: 'C3' }));
    expect(r.tables.map((t) => [t.range, t.fields.projectName?.value, t.indicators.map((i) => i.cell).join(' ')])).toEqual([
      ['C3:F8', '甲项目', 'F6 F7'],
      ['C11:F16', '乙项目', 'F14 F15'],
    ]);
  });

  test('a flat multi-project list gives one table per project, skipping unit subtotal rows', () => {
    const r = recognise(
      sheet(`
        部门预算项目绩效目标申报表(2023年度) | | | | | | |
        金额单位：元 | | | | | | |
        单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标值
        801-某部门 | | 1,000.00 | | | | |
        801001-某单位 | 项目甲 | 600.00 | 目标甲 | 产出指标 | 数量指标 | 甲1 | 10个
        | | | | 满意度指标 | 服务对象满意度指标 | 甲2 | ≥90%
        | 项目乙 | 400.00 | 目标乙 | 产出指标 | 质量指标 | 乙1 | 100%
      `),
    );
    expect(r.tables.map((t) => [t.fields.projectName?.value, t.fields.applicant?.value, t.money.items[0]?.value, t.money.items[0]?.unit, t.indicators.map((i) => i.cell).join(' ')])).toEqual([
      ['项目甲', '801001-某单位', 600, '元', 'H5 H6'],
      ['项目乙', '801001-某单位', 400, '元', 'H7'],
    ]);
  });

  test('a form cut off before its indicators is still recognised from its header and money', () => {
    const r = recognise(
      sheet(`
        项目支出绩效目标申报表 | |
        项目名称 | 河道整治 |
        项目总预算（万元） | 300 |
      `),
    );
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].fields.projectName?.value).toBe('河道整治');
    expect(r.tables[0].money.items).toMatchObject([{ key: 'total', value: 300, unit: '万元' }]);
    expect(r.tables[0].indicators).toEqual([]);
    expect(r.tables[0].notes).toEqual([{ id: 'indicator-block-missing' }]);
  });

  test('a self-evaluation table is recognised as such', () => {
    const r = recognise(
      sheet(`
        项目支出绩效自评表 | | | | |
        项目名称 | 示例 | | | |
        一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分
        产出指标 | 数量指标 | 人数 | ≥10人 | 12人 | 10
      `),
    );
    expect(r.tables[0].kind).toBe('self-evaluation');
    expect(r.tables[0].indicators[0]).toMatchObject({ target: '≥10人', cell: 'D4', extra: { 实际完成值: '12人', 得分: '10' } });
  });

  test('a sheet with text but no table, and an empty sheet, give no tables', () => {
    expect(recognise(sheet(`填表说明 |\n1. 请按要求填写 |`)).tables).toEqual([]);
    expect(recognise({ name: 'x', origin: { row: 0, col: 0 }, values: [], merges: [] }).tables).toEqual([]);
  });
});

describe('related forms and stacked blocks', () => {
  test('中期 and 年度 indicator blocks one below the other make one table, each entry named by its block', () => {
    const r = recognise(
      sheet(`
        项目支出绩效目标表 | | | |
        项目名称 | 道路工程 | | |
        中期绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值
        | 产出指标 | 数量指标 | 道路长度 | ≥5公里
        年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值
        | 产出指标 | 数量指标 | 道路长度 | ≥2公里
      `),
    );
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].indicators.map((i) => [i.cell, i.level3, i.target, i.column])).toEqual([
      ['E4', '道路长度', '≥5公里', '中期绩效指标'],
      ['E6', '道路长度', '≥2公里', '年度绩效指标'],
    ]);
  });

  test('部门整体支出绩效目标表: 部门名称, 项目支出 and 基本支出, a 年度履职目标 block above the indicators', () => {
    const t = recognise(
      sheet(`
        2024年部门整体支出绩效目标表 | | |
        部门名称 | 某区教育局 | |
        年度预算 | 5000 | 金额单位：万元 |
        其中：基本支出 | 3000 | 项目支出 | 2000
        部门职能 | 年度目标任务 | 预算金额 |
        管理全区教育 | 完成年度任务 | 5000 |
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 在校学生数 | ≥10000人
      `),
    ).tables[0];
    expect(t.form).toBe('department');
    expect(t.year).toBe(2024);
    expect(t.fields.applicant?.value).toBe('某区教育局');
    expect(t.money.items.map((m) => [m.key, m.value, m.unit, m.parent ?? null])).toEqual([
      ['annual', 5000, '万元', null],
      ['basicSpending', 3000, '万元', 'annual'],
      ['projectSpending', 2000, '万元', null],
    ]);
    expect(t.indicators.map((i) => i.cell)).toEqual(['D8']);
  });

  test('中央预算内投资计划绩效目标表: 专项名称, its own categories kept under an unknown framework', () => {
    const t = recognise(
      sheet(`
        中央预算内投资计划绩效目标表 | | |
        专项名称 | 保障性安居工程 | |
        下达中央预算内投资（万元） | 800 | |
        一级指标 | 二级指标 | 三级指标 | 指标值
        实施效果指标 | 产出指标 | 开工套数 | ≥200套
        过程管理指标 | 资金管理 | 资金拨付及时性 | 及时
      `),
    ).tables[0];
    expect(t.form).toBe('investment');
    expect(t.framework).toBe('unknown');
    expect(t.fields.projectName?.value).toBe('保障性安居工程');
    expect(t.money.items).toMatchObject([{ key: 'central', value: 800, unit: '万元' }]);
    expect(tuples(t.indicators)).toEqual([
      ['D5', '实施效果指标', '产出指标', '开工套数', '≥200套'],
      ['D6', '过程管理指标', '资金管理', '资金拨付及时性', '及时'],
    ]);
  });
});
