/** Types of loader.js (a plain ES5 script; this module export is for its tests). */
export interface LoaderState {
  started: boolean;
  fallback: 'unsupported' | 'load' | 'start' | null;
}
export const TEXT: Record<string, Record<'zh-CN' | 'en-US', string>>;
export function pickLang(locale: string | null | undefined): 'zh-CN' | 'en-US';
export function canRunPane(w: unknown): boolean;
export function webviewName(w: unknown): string | null;
export function renderFallback(w: Window, container: Element, kind: 'unsupported' | 'load' | 'start', lang: 'zh-CN' | 'en-US', detail?: string): void;
export function start(w: Window, tag: Element): LoaderState;
