/** Types for manifest-url.js (plain CommonJS so webpack.config.js can require it). */

/** The origin every URL in the committed manifest.xml starts with. */
export const DEV_BASE_URL: string;

/** Check and normalise a deployment base URL (https, no query or fragment, no trailing slash); throws otherwise. */
export function normaliseBaseUrl(baseUrl: string): string;

/** Replace every `https://localhost:3000` origin in manifest XML with `baseUrl` (XML-escaped). */
export function rewriteManifestUrls(xml: string, baseUrl: string): string;
