/** Reading a file the user imports (templates, a vocabulary): its JSON, or why it is not JSON, in both languages. */
import type { Lang } from '../core/i18n';

/** Why an imported file was refused, in both languages. */
export type ImportProblem = Record<Lang, string>;

export function importedJson(text: string): { json: unknown } | { problems: ImportProblem[] } {
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { problems: [{ 'zh-CN': `文件不是有效的 JSON：${message}`, 'en-US': `The file is not valid JSON: ${message}` }] };
  }
}
