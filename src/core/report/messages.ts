/** The text of a finding: from its rule's messages, or from the recogniser's for recognition findings. */
import type { Finding } from '../model';
import { type Lang, translate } from '../i18n';
import { RECOGNITION_MESSAGES } from '../messages';
import { RULES_BY_ID } from '../rules';

/** A finding's (or a suggestion's) message in `lang`. */
export function messageOf(f: Pick<Finding, 'rule' | 'messageId' | 'data'>, lang: Lang): string {
  const messages = RULES_BY_ID.get(f.rule)?.meta.messages;
  return translate(messages?.[f.messageId] ? messages : RECOGNITION_MESSAGES, f.messageId, lang, f.data);
}
