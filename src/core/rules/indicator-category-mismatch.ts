/**
 * Indicators a reviewer questions because they do not measure what their 二级 category is about (the seed table's
 * 经济效益 → 受享人员覆盖面: a coverage rate is not an economic benefit; 满意度 → 有责投诉情况: complaints are not
 * satisfaction). Small keyword lists keep it precise: 满意度 names must speak of satisfaction; 经济效益 and 时效
 * names are questioned only when they speak of something else and never of their own subject. 成本 is checked by
 * the target rules (amounts), not here.
 */
import { categoryKey } from '../frameworks';
import { compact, toHalfWidth } from '../text';
import { createRule } from './rule';

interface Check {
  messageId: 'satisfaction' | 'economic' | 'timeliness';
  /** The 二级 categories (canonical keys) the check applies to. */
  level2: (key: string) => boolean;
  /** Words that show the indicator fits its category. */
  fits: RegExp;
  /** Words that show it measures something else; absent: anything that does not fit is questioned. */
  other?: RegExp;
  /** A target that shows it fits anyway (`满意`, a deadline). */
  fitsTarget?: (target: string, kind: string) => boolean;
}

const CHECKS: Check[] = [
  {
    messageId: 'satisfaction',
    level2: (k) => k === '满意度' || k === '服务对象满意度' || /满意/.test(k),
    fits: /满意|好评|认可|认同|赞誉|称赞|点赞|获得感|幸福感|安全感|支持率|支持度|评价|口碑|信任|信赖/,
    fitsTarget: (t) => /满意/.test(t),
  },
  {
    messageId: 'economic',
    level2: (k) => k === '经济效益',
    fits: /经济|收入|增收|创收|收益|效益|产值|增加值|利润|盈利|税|营业|销售|营收|产量|产业|产品|商品|生产|效率|节约|节省|节支|成本|费用|资金|投资|融资|贷款|招商|价格|价值|金额|元|GDP|消费|市场|交易|贸易|出口|企业|就业|租金|旅游|游客/,
    other: /覆盖|受益|受惠|受享|人数|人次|满意|知晓|生活|健康|安全|稳定|环境|生态|空气|卫生|绿化|水质|就医|教育|培训|文化|秩序|投诉|合格|及时/,
  },
  {
    messageId: 'timeliness',
    level2: (k) => k === '时效',
    fits: /时|期|进度|天|日|月|年|季|周|按期|准期|限/,
    other: /合格|达标|准确|覆盖|满意|知晓|人数|人次|面积|长度|数量|质量/,
    fitsTarget: (_t, kind) => kind === 'period' || kind === 'deadline',
  },
];

export const indicatorCategoryMismatch = createRule({
  meta: {
    id: 'indicator-category-mismatch',
    severity: 'warning',
    tags: ['structure'],
    description: {
      'zh-CN': '三级指标与所属二级指标的含义不符（如经济效益下放覆盖面、满意度下放投诉情况、时效下放合格率）：评审常会质疑',
      'en-US': 'A 三级 indicator that does not measure what its 二级 is about (coverage under 经济效益, complaints under 满意度, a pass rate under 时效): reviewers question it',
    },
    messages: {
      satisfaction: {
        'zh-CN': '“{name}”放在“{level2}”下，但它衡量的不是满意程度：满意度指标应反映服务对象对项目的满意情况（如“服务对象满意度 ≥90%”）。请改为满意度指标，或把它移到更合适的二级指标（如质量指标、社会效益指标）',
        'en-US': '"{name}" is under "{level2}" but does not measure satisfaction: satisfaction indicators measure how satisfied the beneficiaries are (e.g. "服务对象满意度 ≥90%"). Rewrite it as a satisfaction indicator or move it to a better 二级 (e.g. 质量指标, 社会效益指标)',
      },
      economic: {
        'zh-CN': '“{name}”放在“{level2}”下，但它不是经济效益：经济效益应反映收入、产值、节约的资金等经济成果；覆盖面、受益人数、生活状况等属于社会效益。请移到社会效益指标，或改写为经济效益指标',
        'en-US': '"{name}" is under "{level2}" but is not an economic benefit: economic benefits are income, output value, money saved and the like; coverage, beneficiaries and living conditions are social benefits. Move it to 社会效益指标 or rewrite it as an economic indicator',
      },
      timeliness: {
        'zh-CN': '“{name}”放在“{level2}”下，但它与完成时间无关：时效指标应反映完成时限或及时性（如“项目完成及时率 =100%”“2023年12月底前完成”）。请移到合适的二级指标（如质量指标），或改写为时效指标',
        'en-US': '"{name}" is under "{level2}" but is not about timing: timeliness indicators measure deadlines or punctuality (e.g. "项目完成及时率 =100%", "2023年12月底前完成"). Move it to a better 二级 (e.g. 质量指标) or rewrite it as a timeliness indicator',
      },
    },
    examples: {
      valid: ['满意度 / 服务对象满意度', '经济效益 / 带动农户增收', '时效 / 资金发放及时率'],
      invalid: ['满意度 / 有责投诉情况', '经济效益 / 受享人员覆盖面', '时效 / 项目验收合格率'],
    },
  },
  check(context) {
    for (const ind of context.table.indicators) {
      if (!ind.level3 || !ind.level2) continue;
      const k2 = categoryKey(ind.level2);
      const check = CHECKS.find((c) => c.level2(k2));
      if (!check) continue;
      const name = compact(toHalfWidth(ind.level3));
      if (check.fits.test(name)) continue;
      if (check.other && !check.other.test(name)) continue;
      if (check.fitsTarget && check.fitsTarget(ind.target, context.parsed(ind).kind)) continue;
      context.report({ messageId: check.messageId, data: { name: ind.level3, level2: ind.level2 }, cells: [ind.levelCells.level3 ?? ind.cell] });
    }
  },
});
