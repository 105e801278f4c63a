/** The text of a finding: from its rule's messages, or from the recogniser's for recognition findings. */
import type { Finding } from '../model';
import { type Lang, translate } from '../i18n';
import { RECOGNITION_MESSAGES } from '../messages';
import { RULES_BY_ID } from '../rules';

/** Longest cell text a message quotes in full; longer text is cut to this many characters and "…". */
export const MAX_QUOTE = 60;

/** A finding's (or a suggestion's) message in `lang`, quoted cell text cut to a readable length. */
export function messageOf(f: Pick<Finding, 'rule' | 'messageId' | 'data'>, lang: Lang): string {
  const messages = RULES_BY_ID.get(f.rule)?.meta.messages;
  return translate(messages?.[f.messageId] ? messages : RECOGNITION_MESSAGES, f.messageId, lang, f.data && cutQuotes(f.data));
}

/** `text` cut to `max` characters (not splitting a surrogate pair), with "…" when cut. */
export function cutText(text: string, max = MAX_QUOTE): string {
  if (text.length <= max) return text;
  let end = max;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

// A 5-million-character cell quoted whole makes megabytes of report: every quoted value is cut.
function cutQuotes(data: Record<string, string | number>): Record<string, string | number> {
  let out: Record<string, string | number> | undefined;
  for (const [k, v] of Object.entries(data)) {
    if (typeof v === 'string' && v.length > MAX_QUOTE) (out ??= { ...data })[k] = cutText(v);
  }
  return out ?? data;
}
