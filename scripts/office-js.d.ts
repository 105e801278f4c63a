export const CDN_ORIGIN: string;
export const CDN_URL: string;
export const LOCAL_DIR: string;
export const OFFICE_JS_PACKAGE: string;
export function officeJsMode(env?: Record<string, string | undefined>): 'cdn' | 'local';
export function officeJsUrl(mode: 'cdn' | 'local'): string;
export function isNeededFile(relative: string): boolean;
export function resolveOfficeJsDir(options?: { env?: Record<string, string | undefined>; cacheDir?: string; install?: (prefix: string, spec: string) => void }): string;
export function contentSecurityPolicy(options: { mode: 'cdn' | 'local'; dev?: boolean }): string;
