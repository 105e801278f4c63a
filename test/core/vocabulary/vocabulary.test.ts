/** The vocabulary: normalisation, exact labels, the label grammar, header roles, and loading an extension. */
import { defaultVocabulary, loadVocabulary, normaliseLabel, Vocabulary, vocabularyProblemText, vocabularyWith } from '../../../src/core/vocabulary';
import shipped from '../../../src/core/vocabulary/vocabulary.json';

const v = defaultVocabulary();
const meaning = (text: string) => {
  const m = v.label(text);
  if (!m) return null;
  if (m.kind === 'field') return `${m.key}${m.exact ? '' : ' (grammar)'}`;
  if (m.kind === 'money') return `${m.money.kind === 'amount' ? m.money.key : `${m.money.whole}/${m.money.annual}`}${m.exact ? '' : ' (grammar)'}`;
  return m.kind;
};

describe('normalisation', () => {
  test.each([
    ['总 体 目 标', '总体目标'],
    ['项目名称：', '项目名称'],
    ['★项目名称', '项目名称'],
    ['*联系人:', '联系人'],
    ['主管部门及代码', '主管部门'],
    ['主管部门(单位)名称', '主管部门名称'],
    ['项目资金（万元）', '项目资金'],
    ['（一）财政拨款小计', '财政拨款小计'],
    ['1、一般公共预算', '一般公共预算'],
    ['一、项目基本情况', '项目基本情况'],
    ['其中：当年财政拨款', '当年财政拨款'],
    ['项目总体目标(2024 年-2026 年)', '项目总体目标'],
    ['填报单位（盖章）', '填报单位'],
    ['２０２１年实际值', '2021年实际值'],
  ])('%s → %s', (text, key) => {
    expect(normaliseLabel(text).key).toBe(key);
  });

  test('a unit in brackets, 其中 and numbering are kept aside', () => {
    expect(normaliseLabel('其中：财政资金（万元）')).toMatchObject({ key: '财政资金', unit: '万元', sub: true, numbering: null });
    expect(normaliseLabel('(二)自有资金小计')).toMatchObject({ key: '自有资金小计', numbering: 'paren-cn' });
  });
});

describe('labels', () => {
  test.each([
    // listed as written
    ['项目名称', 'projectName'],
    ['专项(项目)名称', 'projectName'],
    ['主管部门及编码', 'department'],
    ['部门(单位)名称', 'applicant'],
    ['下达地方或单位', 'applicant'],
    ['年度资金总额:', 'annual'],
    ['资金情况(万元)', 'section'],
    ['填报日期', 'ignored'],
    // by the label grammar: made of label words, meaning what the last word says
    ['主管预算单位', 'department'],
    ['地方主管部门', 'department (grammar)'],
    ['项目实施部门', 'implementer (grammar)'],
    ['单位编码及名称', 'applicant (grammar)'],
    ['项目起止日期', 'period'],
    ['项目开始年度', 'startDate (grammar)'],
    ['年度绩效总目标', 'annualGoal'],
    ['长期绩效目标', 'overallGoal (grammar)'],
    ['年度金额', 'annual (grammar)'],
    ['项目资金总额', 'total'],
    ['省级财政资金', 'fiscal/annualFiscal (grammar)'],
    ['本年度申请财政拨款', 'annualFiscal/annualFiscal (grammar)'],
    ['上年预算执行数', 'lastYearSpent'],
    ['上年度实际执行金额', 'lastYearSpent (grammar)'],
    ['单位自筹', 'other/annualOther (grammar)'],
  ])('%s → %s', (text, expected) => {
    expect(meaning(text)).toBe(expected);
  });

  test.each(['省级第七批水利专项资金', '2018年市级专项扶贫资金基础设施', '中央衔接推进乡村振兴补助资金(少数民族发展任务)', '武汉市青山区教育局', '物业管理', '良好'])(
    'a value is not a label: %s',
    (text) => {
      expect(v.label(text)).toBeNull();
    },
  );

  test('label-like but unknown: made of label words, or ending with a colon', () => {
    expect(v.labelLike('部门职能')).toBe(true);
    expect(v.labelLike('承担科室')).toBe(true);
    expect(v.labelLike('支出功能分类科目:')).toBe(true);
    expect(v.labelLike('西坪镇尧山村')).toBe(false);
  });
});

describe('indicator header roles', () => {
  test.each([
    ['一级指标', 'level1'],
    ['二级指标(长期)', 'level2'],
    ['三 级 指 标', 'level3'],
    ['指标值(包含数字及文字描述)', 'target'],
    ['年度(/项目)指标值', 'target'],
    ['预期2022年实现值', 'target'],
    ['2021年实际实现值', 'history'],
    ['指标值说明', 'note'],
    ['指 标 解 释', 'note'],
    ['计算符号', 'operator'],
    ['指标方向', 'operatorOrDirection'],
    ['计量单位', 'unit'],
    ['权重(%)', 'weight'],
    ['全年实际值', 'actual'],
    ['西坪镇尧山村', null],
  ])('%s → %s', (text, role) => {
    expect(v.columnRole(text)).toBe(role);
  });
});

describe('titles, footers and forms', () => {
  test('titles', () => {
    expect(v.isTitleText('抗疫特别国债项目绩效目标表(打捆项目)')).toBe(true);
    expect(v.isTitleText('2023年项目支出绩效目标申报表')).toBe(true);
    expect(v.isTitleText('项目名称:某某项目绩效目标表')).toBe(false);
    expect(v.hasTitleWord('部门整体绩效目标')).toBe(true);
  });
  test('footers', () => {
    expect(v.isFooterText('财政部门审核意见：')).toBe(true);
    expect(v.isFooterText('注1：指标值请写明单位')).toBe(true);
    expect(v.isFooterText('（单位盖章）')).toBe(true);
    expect(v.isFooterText('填报日期：    年  月  日')).toBe(true);
    expect(v.isFooterText('注册企业数量')).toBe(false);
  });
  test.each([
    ['部门整体支出绩效目标表', 'department'],
    ['2023年中央预算内投资计划绩效目标表', 'investment'],
    ['中央对地方转移支付区域绩效目标表', 'transfer'],
    ['项目支出绩效评价指标体系表', 'evaluation'],
    ['财政项目支出绩效目标申报表', 'project'],
  ])('%s is a %s form', (title, form) => {
    expect(v.formOf(title)).toBe(form);
  });
});

describe('loading vocabularies', () => {
  test('the shipped vocabulary loads without a problem', () => {
    expect(loadVocabulary(shipped).problems).toEqual([]);
  });

  test('an extension teaches a label; its wording wins over the shipped one', () => {
    const { data, problems } = loadVocabulary({ version: 1, fields: { applicant: ['承担科室'] }, money: [{ amount: 'annual', labels: ['项目预算金额'] }] }, { extension: true });
    expect(problems).toEqual([]);
    const taught = vocabularyWith(data);
    expect(taught.label('承担科室')).toMatchObject({ kind: 'field', key: 'applicant', exact: true });
    expect(taught.label('项目预算金额')).toMatchObject({ kind: 'money', money: { kind: 'amount', key: 'annual' } });
    // The shipped vocabulary is untouched, and the same extension compiles once.
    expect(v.label('承担科室')).toBeNull();
    expect(vocabularyWith(data)).toBe(taught);
  });

  test.each([
    [null, 'notObject'],
    [{ version: 2 }, 'version'],
    [{ version: 1, feilds: {} }, 'unknownKey'],
    [{ version: 1, fields: { nonsense: ['x'] } }, 'fieldUnknown'],
    [{ version: 1, fields: { applicant: 'x' } }, 'notList'],
    [{ version: 1, fields: { applicant: [''] } }, 'notText'],
    [{ version: 1, fields: { applicant: ['很'.repeat(41)] } }, 'tooLong'],
    [{ version: 1, money: [{ amount: 'total', part: 'fiscal', labels: ['x'] }] }, 'moneyKind'],
    [{ version: 1, money: [{ amount: 'gold', labels: ['x'] }] }, 'moneyUnknown'],
    [{ version: 1, columns: [{ role: 'target', match: ['*a*b*c*d*e*'] }] }, 'globTooComplex'],
    [{ version: 1, categories: { 产出目标: '产出' } }, 'categoriesFixed'],
    [JSON.parse('{"version":1,"fields":{"__proto__":["x"]}}'), 'forbiddenKey'],
  ])('%j is refused (%s), with a message in both languages', (json, messageId) => {
    const { data, problems } = loadVocabulary(json, { extension: true });
    expect(data).toBeNull();
    expect(problems.map((p) => p.messageId)).toContain(messageId);
    for (const p of problems) {
      expect(vocabularyProblemText(p, 'zh-CN')).not.toMatch(/\{\w+\}/);
      expect(vocabularyProblemText(p, 'en-US')).not.toMatch(/\{\w+\}/);
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  test('a vocabulary without the grammar still reads its listed labels', () => {
    const bare = new Vocabulary({ version: 1, fields: { projectName: ['项目名称'] } });
    expect(bare.label('项目 名称：')).toMatchObject({ kind: 'field', key: 'projectName' });
    expect(bare.label('主管预算部门')).toBeNull();
  });
});

test('the shipped vocabulary lists each wording once', () => {
  const dups = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
  expect(dups(shipped.grammar.words)).toEqual([]);
  // A label means one thing: no label in two lists.
  const labels = [...Object.values(shipped.fields).flat(), ...shipped.money.flatMap((m) => m.labels), ...shipped.sections.money, ...shipped.sections.other, ...shipped.ignored];
  expect(dups(labels)).toEqual([]);
});
