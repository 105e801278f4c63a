/**
 * Rewrites the dev-server origin in manifest.xml to where the add-in is really hosted.
 * Pure (string in, string out) so webpack.config.js and test/manifest can share it.
 */
'use strict';

/** The origin every URL in the committed manifest.xml starts with. */
const DEV_BASE_URL = 'https://localhost:3000';

/**
 * Check and normalise a deployment base URL: https only (Office refuses plain http add-ins),
 * no query or fragment, no trailing slash. Throws with a readable message otherwise.
 */
function normaliseBaseUrl(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must use https: ${baseUrl}`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL must not have a query or fragment: ${baseUrl}`);
  return url.href.replace(/\/+$/, '');
}

/** Replace every `https://localhost:3000` origin in manifest XML with `baseUrl` (XML-escaped). */
function rewriteManifestUrls(xml, baseUrl) {
  const base = normaliseBaseUrl(baseUrl);
  const escaped = base.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  // Only whole origins: "https://localhost:30001" or "https://localhost:3000.evil" stay untouched.
  return xml.replace(/https:\/\/localhost:3000(?=[/"'<\s]|$)/g, () => escaped);
}

module.exports = { DEV_BASE_URL, normaliseBaseUrl, rewriteManifestUrls };
