export const ADDIN_NAME: string;
export const ADDIN_TYPE: string;
export const DEFAULT_OFFLINE_URL: string;
export function onlineJsplugins(url: string): string;
export function offlineJsplugins(url: string, version: string): string;
export function sevenZip(): string;
export function makeArchive(from: string, to: string, version: string): void;
export function packageWps(options: { dist: string; version: string; baseUrl?: string; offlineUrl?: string }): void;
export class WpsPackagePlugin {
  constructor(options: { version: string; baseUrl?: string; offlineUrl?: string });
  apply(compiler: unknown): void;
}
