/** What a title says beyond the form's name: the project, when the header names it nowhere else. */
import { cleanText, removeBrackets } from '../vocabulary/normalise';

/** The form's own words at the end of a title: (财政)(项目)(支出)(预算)绩效目标(申报)表. */
const FORM_SUFFIX = /(?:财政)?(?:项目)?(?:支出)?(?:预算)?绩效(?:目标|指标)?(?:申报|批复|审批|审核)?表$/;
/** What is left is a place or an administrative level, not a project (`东莞市财政`, `自治区本级部门`). */
const NOT_A_NAME = /(?:省|市|县|区|旗|州|盟|级|财政|部门|单位|机关)$/;

/** The project named in a title (`再生资源回收市场管理经费项目绩效目标表` → 再生资源回收市场管理经费), or ''. */
export function projectNameFromTitle(title: string): string {
  let t = removeBrackets(cleanText(title)).text;
  if (!FORM_SUFFIX.test(t)) return '';
  t = t.replace(FORM_SUFFIX, '').replace(/(?:19|20)\d{2}年度?/g, '').replace(/的$/, '');
  return t.length >= 4 && !NOT_A_NAME.test(t) ? t : '';
}
