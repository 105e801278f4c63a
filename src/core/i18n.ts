/** Message catalogues: zh-CN first, en-US second, both from one table per module. */

export type Lang = 'zh-CN' | 'en-US';

export const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];

/** Messages by id, each in both languages, with `{name}` placeholders. */
export type Catalogue = Record<string, Record<Lang, string>>;

/** Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function formatMessage(template: string, data?: Record<string, string | number>): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

/** Pick a language from a locale tag (`zh-CN`, `en-GB`, `zh`); Chinese is the default. */
export function pickLang(locale: string | null | undefined): Lang {
  return locale && /^en\b/i.test(locale) ? 'en-US' : 'zh-CN';
}

/** Format message `id` from `catalogue` in `lang`; the id itself when the catalogue lacks it. */
export function translate(
  catalogue: Catalogue,
  id: string,
  lang: Lang,
  data?: Record<string, string | number>,
): string {
  const entry = catalogue[id];
  if (!entry) return data ? `${id} ${JSON.stringify(data)}` : id;
  return formatMessage(entry[lang], data);
}
