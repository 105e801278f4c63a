/** Global setup of jest.e2e.config.js: build dist/ once before the browser tests, when it is missing or stale. */
import { ensureWebBuild } from './support/dist';

export default function globalSetup(): void {
  console.log(`\ne2e: ${ensureWebBuild()}`);
}
