/** Types of scripts/dev-server-banner.js (used by webpack.config.js, tested from TypeScript). */
export interface BannerOptions {
  origin: string;
  previewPath: string;
  opened: boolean;
  trustedCert: boolean;
}
export function canOpenBrowser(env?: Record<string, string | undefined>, platform?: string): boolean;
export function bannerLines(options: BannerOptions): string[];
export function announceWhenBuilt(server: unknown, options: BannerOptions): void;
