/**
 * Debian's Chromium, driven by playwright-core (which never downloads a browser). Where it is missing the browser
 * tests are skipped with a plain message saying how to install it, except under CI, where they must run: there a
 * missing browser fails the run.
 *
 * Debian's chromium-headless-shell first: the same Blink and V8 without the full browser around them, which is what
 * Playwright itself runs headless tests in. Each fresh page costs about half the CPU it costs in the full browser's
 * new headless mode (1.1 s against 2.3 s for the preview with its sample, measured here), and the browser tests open
 * about forty. The full browser is used where the shell is not installed.
 */
import { existsSync, mkdirSync } from 'fs';
import path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './dist';

/** Where to look, first match wins; CHROMIUM_PATH overrides. */
const CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const INSTALL_HINT = 'sudo apt-get install chromium-headless-shell';

/** The Chromium executable, or null when none is installed. */
export function findChromium(): string | null {
  const override = process.env.CHROMIUM_PATH;
  if (override) return existsSync(override) ? override : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** True under CI (env CI set to anything but "false" or "0"). */
export const inCI = (): boolean => !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

/**
 * `describe` when the browser tests can run (or must: under CI they run and fail for want of a browser),
 * `describe.skip` with a warning otherwise.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (findChromium() || inCI()) {
    describe(name, body);
    return;
  }
  console.warn(
    `Browser tests skipped: no Chromium at ${CANDIDATES.join(' or ')} (or CHROMIUM_PATH).\n` +
      `Install it with:  ${INSTALL_HINT}\n` +
      'Everything else still runs; under CI (env CI set) a missing browser fails the run instead.',
  );
  describe.skip(name, body);
}

/** The Chromium executable; throws, saying how to install it, when there is none. */
export function requireChromium(): string {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      `The browser tests must run under CI and no Chromium is installed (looked for ${process.env.CHROMIUM_PATH ?? CANDIDATES.join(', ')}): ` +
        `install it with  ${INSTALL_HINT}`,
    );
  }
  return executablePath;
}

/** Launch headless Chromium; playwright gives every launch a fresh user-data-dir of its own and removes it after. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = requireChromium();
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    timeout: 60_000,
  });
}

/** test-artifacts/ (git-ignored), for screenshots. */
export function artifactsDir(): string {
  const dir = path.join(ROOT, 'test-artifacts');
  mkdirSync(dir, { recursive: true });
  return dir;
}
