/**
 * The template catalogue: it loads and validates, covers every 二级 of the three frameworks, holds the standard rows
 * of domain.md §7, teaches no mistake the checker would report (once the placeholders are filled), and a corrupted
 * copy is rejected whole with problems that say which entry and what is wrong, in both languages.
 */
import catalogueJson from '../../../src/core/templates/catalogue.json';
import { FRAMEWORKS, categoryLabel } from '../../../src/core/frameworks';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { checkSheet } from '../../../src/core/outcome';
import { EMPTY_SETTINGS } from '../../../src/core/settings';
import {
  CATALOGUE_MESSAGES,
  catalogueProblemText,
  defaultCatalogue,
  indicatorTemplates,
  isPlaceholderTarget,
  loadCatalogue,
  rowsFor,
  tableTemplates,
  targetText,
  templatesFor,
  type TemplateRow,
} from '../../../src/core/templates';

const catalogue = defaultCatalogue();
const indicator = indicatorTemplates(catalogue);

describe('the shipped catalogue', () => {
  test('loads without problems, version 1', () => {
    const { catalogue: loaded, problems } = loadCatalogue(catalogueJson);
    expect(problems).toEqual([]);
    expect(loaded?.version).toBe(1);
  });

  test('has the block, the category templates, six sector sets and two blank tables', () => {
    const count = (kind: string) => catalogue.templates.filter((t) => t.kind === kind).length;
    expect({ block: count('block'), category: count('category'), sector: count('sector'), table: count('table') }).toEqual({ block: 1, category: 15, sector: 6, table: 2 });
    expect(indicator.reduce((n, t) => n + t.rows.length, 0)).toBe(95);
    expect(indicator.filter((t) => t.kind === 'sector').map((t) => t.name['zh-CN'])).toEqual([
      '培训类项目', '基建类项目', '补贴发放类项目', '信息化类项目', '宣传类项目', '政府购买服务类项目',
    ]);
    expect(tableTemplates(catalogue).map((t) => t.framework)).toEqual(['shanghai-2020', 'national-2021']);
  });

  test.each(FRAMEWORKS.map((f) => [f.id, f]))('covers every 二级 of %s', (_id, f) => {
    const missing: string[] = [];
    for (const l1 of f.level1) {
      for (const l2 of l1.level2) {
        const rows = templatesFor(catalogue, f.id, { level1: l1.name, level2: l2 }).flatMap((x) => x.rows);
        if (rows.length === 0) missing.push(`${l1.name}/${l2}`);
        for (const r of rows) expect([r.level1, r.level2]).toEqual([l1.name, l2]);
      }
    }
    expect(missing).toEqual([]);
  });

  test('the shanghai-2020 投入与管理 block is the eight standard rows of domain.md §7', () => {
    const block = indicator.find((t) => t.id === 'block.shanghai-2020.input-management')!;
    expect(rowsFor(block, 'shanghai-2020').map((r) => [r.level2, r.level3, targetText(r.target)])).toEqual([
      ['投入管理', '预算执行率', '=**%'],
      ['财务管理', '预算资金到位率', '=**%'],
      ['财务管理', '财务管理制度健全性', '健全'],
      ['实施管理', '资金使用规范性', '规范'],
      ['实施管理', '督导检查情况', '良好'],
      ['资产管理', '管理制度健全性', '健全'],
      ['资产管理', '管理制度执行有效性', '良好'],
      ['资产管理', '档案管理情况', '良好'],
    ]);
    // The usual 100% is a hint for the user, never written for them.
    expect(block.rows[0].target).toEqual({ operator: '=', value: '**', unit: '%', typical: '100' });
  });

  test('the other standard rows of §7 are offered under their category in each framework', () => {
    const offered = (framework: 'national-2015' | 'national-2021' | 'shanghai-2020', level2: string) =>
      templatesFor(catalogue, framework, { level2 }).flatMap((x) => x.rows.map((r) => `${r.level3} ${targetText(r.target)}`));
    expect(offered('national-2015', '数量')).toEqual(expect.arrayContaining(['服务人数 ≥**人', '培训班次 ≥**期', '培训人次 ≥**人次', '建设长度 ≥**米']));
    expect(offered('national-2021', '质量')).toEqual(expect.arrayContaining(['项目验收合格率 =**%', '培训人员合格率 ≥**%', '资金发放准确率 =**%']));
    expect(offered('shanghai-2020', '时效')).toEqual(expect.arrayContaining(['项目完成及时率 =**%', '资金发放及时率 =**%', '项目完成及时性 及时']));
    expect(offered('national-2021', '经济成本')).toEqual(expect.arrayContaining(['项目建设成本 ≤**万元', '人均培训成本 ≤**元', '成本控制率 ≤**%']));
    expect(offered('national-2015', '成本')).toEqual(expect.arrayContaining(['项目建设成本 ≤**万元']));
    expect(offered('national-2021', '生态环境成本')).toEqual(expect.arrayContaining(['文明施工情况 可控']));
    expect(offered('national-2021', '社会效益')).toEqual(expect.arrayContaining(['受益人数 ≥**人', '政策知晓率 ≥**%']));
    expect(offered('national-2015', '可持续影响')).toEqual(expect.arrayContaining(['长效管理制度健全性 健全', '工程设计使用年限 ≥**年']));
    expect(offered('shanghai-2020', '长效管理')).toEqual(expect.arrayContaining(['长效管理制度健全性 健全']));
    expect(offered('national-2021', '服务对象满意度')).toEqual(expect.arrayContaining(['服务对象满意度 ≥**%', '培训学员满意度 ≥**%']));
    expect(offered('shanghai-2020', '满意度')).toEqual(expect.arrayContaining(['服务对象满意度 ≥**%']));
  });

  test('sector sets place each row under a 二级 of every framework they suit', () => {
    const training = indicator.find((t) => t.id === 'sector.training')!;
    expect(rowsFor(training, 'national-2021').map((r) => `${r.level1}/${r.level2} ${r.level3}`)).toEqual([
      '产出/数量 培训班次', '产出/数量 培训人次', '产出/质量 培训人员合格率', '产出/时效 培训按计划完成率',
      '成本/经济成本 人均培训成本', '效益/社会效益 参训人员履职能力提升情况', '满意度/服务对象满意度 培训学员满意度',
    ]);
    expect(rowsFor(training, 'shanghai-2020').find((r) => r.level3 === '人均培训成本')).toMatchObject({ level1: '产出', level2: '成本' });
    // 文明施工情况 is a national-2021 生态环境成本 row only.
    const construction = indicator.find((t) => t.id === 'sector.construction')!;
    expect(rowsFor(construction, 'national-2015').some((r) => r.level3 === '文明施工情况')).toBe(false);
    expect(rowsFor(construction, 'unknown')).toEqual([]);
  });

  test('every measured target is a placeholder the checker flags; every other one is a grade', () => {
    for (const t of indicator) {
      for (const r of t.rows) {
        if ('grade' in r.target) expect(isPlaceholderTarget(r.target.grade)).toBe(false);
        else expect([r.level3, isPlaceholderTarget(targetText(r.target))]).toEqual([r.level3, true]);
      }
    }
  });

  /** A table of a template's rows for a framework, the placeholders filled with a typical number (or left in). */
  function tableOf(rows: TemplateRow[], framework: 'shanghai-2020' | 'national-2015' | 'national-2021', fill: boolean): SheetSnapshot {
    const values: string[][] = [['项目支出绩效目标表'], [framework === 'national-2015' ? '(2020年度)' : '(2023年度)'], ['一级指标', '二级指标', '三级指标', '指标值']];
    for (const r of rows) {
      const t = r.target;
      const text = 'grade' in t ? t.grade : fill ? t.operator + (t.typical ?? (t.unit === '%' ? '95' : '10')) + t.unit : targetText(t);
      values.push([categoryLabel(r.level1!, framework), framework === 'shanghai-2020' ? r.level2! : r.level2! + '指标', r.level3, text]);
    }
    return { name: 'S', origin: { row: 0, col: 0 }, values, merges: [] };
  }

  const cases = indicator.flatMap((t) => FRAMEWORKS.map((f) => [`${t.id} in ${f.id}`, rowsFor(t, f.id), f.id] as const)).filter(([, rows]) => rows.length > 0);

  test.each(cases)('%s: filled in, the rows raise nothing; left as they are, every placeholder is reported', (_name, rows, framework) => {
    const rowCells = (f: { cells: string[] }) => f.cells.some((c) => /^[CD]\d+$/.test(c) && Number(c.slice(1)) > 3);
    const filled = checkSheet(tableOf(rows, framework, true), EMPTY_SETTINGS);
    // Only the block being partial (a template is a few rows, not a whole table) may be reported.
    expect(filled.findings.filter(rowCells).map((f) => f.rule).filter((r) => r !== 'indicator-block-incomplete')).toEqual([]);
    const raw = checkSheet(tableOf(rows, framework, false), EMPTY_SETTINGS);
    const flagged = raw.findings.filter((f) => f.rule === 'target-missing' && f.messageId === 'placeholder').map((f) => f.cells[0]);
    const measured = rows.map((r, i) => ('grade' in r.target ? null : `D${i + 4}`)).filter((c): c is string => c !== null);
    expect(flagged).toEqual(measured);
  });
});

describe('a corrupted catalogue is rejected whole', () => {
  const copy = () => structuredClone(catalogueJson) as unknown as { version: unknown; slots: Record<string, unknown>; templates: Record<string, unknown>[] };
  const row = (c: ReturnType<typeof copy>, t: number, r: number) => (c.templates[t].rows as Record<string, unknown>[])[r];

  function rejected(json: unknown) {
    const { catalogue: loaded, problems } = loadCatalogue(json);
    expect(loaded).toBeNull();
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      const zh = catalogueProblemText(p, 'zh-CN');
      const en = catalogueProblemText(p, 'en-US');
      expect(CATALOGUE_MESSAGES[p.messageId]).toBeDefined();
      expect(zh).not.toBe(en);
      expect(zh).not.toMatch(/\{\w+\}/);
      expect(en).not.toMatch(/\{\w+\}/);
    }
    return problems;
  }

  test('a row without a unit', () => {
    const c = copy();
    delete (row(c, 1, 0).target as Record<string, unknown>).unit;
    const problems = rejected(c);
    expect(problems).toEqual([{ index: 1, id: 'category.output-quantity', messageId: 'unitMissing', data: { row: 1, level3: '服务人数' } }]);
    expect(catalogueProblemText(problems[0], 'zh-CN')).toBe('模板 #2 (category.output-quantity)：第1行“服务人数”缺少计量单位');
    expect(catalogueProblemText(problems[0], 'en-US')).toBe('Template #2 (category.output-quantity): Row 1 ("服务人数") has no unit');
  });

  test('an unknown framework', () => {
    const c = copy();
    const r = row(c, 19, 8);
    r.under = { ...(r.under as object), 'national-2030': '产出/数量' };
    expect(rejected(c)).toEqual([{ index: 19, id: 'sector.information-system', messageId: 'frameworkUnknown', data: { row: 9, level3: '数据共享部门数', framework: 'national-2030' } }]);
    const t = copy();
    t.templates[22].framework = 'beijing-2019';
    expect(rejected(t).map((p) => p.messageId)).toContain('tableFramework');
  });

  test('a duplicate id', () => {
    const c = copy();
    c.templates[3].id = c.templates[2].id;
    expect(rejected(c)).toEqual([{ index: 3, id: 'category.output-quality', messageId: 'idDuplicate', data: { id: 'category.output-quality' } }]);
  });

  test('a wrong version, or no templates at all', () => {
    const c = copy();
    c.version = 2;
    expect(rejected(c)).toEqual([{ index: null, messageId: 'version', data: { found: '2' } }]);
    expect(rejected({ version: 1 }).map((p) => p.messageId)).toEqual(['templatesMissing']);
    expect(rejected('[]').map((p) => p.messageId)).toEqual(['notObject']);
  });

  test('a number written for the user, an unknown grade, unit or slot, a category outside its framework', () => {
    const c = copy();
    (row(c, 1, 1).target as Record<string, unknown>).value = '200';
    (row(c, 0, 2).target as Record<string, unknown>).grade = '很棒';
    (row(c, 1, 2).target as Record<string, unknown>).unit = '斤两';
    row(c, 16, 0).slot = '数目';
    row(c, 19, 8).under = { 'national-2015': '产出/长效管理' };
    c.templates[22].rows = [...(c.templates[22].rows as unknown[]).slice(0, -1), { tree: [{ level1: '产出目标', level2: ['经济成本'] }], columns: { level1: 'A', level2: 'B', level3: 'C', target: 'D' }, placeholder: '**' }];
    expect(rejected(c).map((p) => [p.index, p.messageId])).toEqual([
      [0, 'gradeUnknown'],
      [1, 'valueNotPlaceholder'],
      [1, 'unitUnknown'],
      [16, 'slotUnknown'],
      [19, 'placementInvalid'],
      [22, 'tableTreeCategory'],
    ]);
  });

  test('a slot placing rows under a 二级 its framework does not have', () => {
    const c = copy();
    c.slots['数量'] = { 'national-2021': '成本/数量' };
    expect(rejected(c)[0]).toEqual({ index: null, messageId: 'slotPlacement', data: { slot: '数量', framework: 'national-2021', placement: '成本/数量' } });
  });
});
