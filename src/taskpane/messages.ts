/** Task pane strings, zh-CN first and en-US second. */

import { translate, type Catalogue, type Lang } from '../core/i18n';

export const TASKPANE_MESSAGES = {
  title: { 'zh-CN': '绩效目标表校验', 'en-US': 'Performance Target Checker' },
  intro: {
    'zh-CN': '检查当前工作表中的财政项目支出绩效目标表。',
    'en-US': 'Checks the project expenditure performance-target table on the current sheet.',
  },
  validate: { 'zh-CN': '校验', 'en-US': 'Check' },
  underConstruction: { 'zh-CN': '校验功能正在建设中，敬请期待。', 'en-US': 'The checker is being built.' },
} satisfies Catalogue;

export type TaskpaneMessageId = keyof typeof TASKPANE_MESSAGES;

/** Task pane string `id` in `lang`. */
export function t(id: TaskpaneMessageId, lang: Lang): string {
  return translate(TASKPANE_MESSAGES, id, lang);
}
