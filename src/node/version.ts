/** The checker's version, as package.json says (found from wherever this file was compiled to). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

let version: string | undefined;

export function packageVersion(): string {
  if (version === undefined) {
    version = 'unknown';
    for (let dir = __dirname; ; dir = path.dirname(dir)) {
      const file = path.join(dir, 'package.json');
      if (existsSync(file)) {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'perf-target-checker' && pkg.version) {
          version = pkg.version;
          break;
        }
      }
      if (path.dirname(dir) === dir) break;
    }
  }
  return version;
}
