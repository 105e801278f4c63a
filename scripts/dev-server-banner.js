/**
 * What `npm start` tells the developer once the dev server has built: where the browser preview is, and how to
 * sideload manifest.xml into Excel. Also whether to open the preview in a browser at all (only with a display).
 */
'use strict';

/** True when a browser window can be opened here: a desktop OS, or Linux with X11/Wayland; never under CI. */
function canOpenBrowser(env = process.env, platform = process.platform) {
  if (env.CI && env.CI !== 'false' && env.CI !== '0') return false;
  if ((env.BROWSER || '').toLowerCase() === 'none') return false; // the create-react-app convention
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** The banner's lines. */
function bannerLines({ origin, previewPath, opened, trustedCert }) {
  const preview = `${origin}${previewPath}`;
  return [
    '',
    '──────────────────────────────────────────────────────────────────────────────',
    ` 绩效目标表校验 dev server: ${origin}`,
    '',
    ` Browser preview (no Excel needed): ${preview}`,
    opened ? '   opened in your default browser' : '   open it in a browser on this machine (no display here to open one)',
    trustedCert ? null : '   the certificate is self-signed: accept it once in the browser',
    '',
    ' Excel on Windows or macOS: sideload the add-in with',
    '   npx office-addin-debugging start manifest.xml',
    ' Excel on the web:',
    `   open ${origin}/taskpane.html once and accept the certificate, then`,
    '   Home → Add-ins → Upload My Add-in → manifest.xml',
    '',
    ' Stop with Ctrl+C.',
    '──────────────────────────────────────────────────────────────────────────────',
    '',
  ].filter((line) => line !== null);
}

/**
 * Print the banner after the dev server's first successful build (and again after a failed first build once a
 * later one succeeds). `server` is webpack-dev-server's instance as handed to `onListening`.
 */
function announceWhenBuilt(server, options) {
  let shown = false;
  server.compiler.hooks.done.tap('ptcheck-dev-server-banner', (stats) => {
    if (shown || stats.hasErrors()) return;
    shown = true;
    // After webpack's own "compiled successfully" line.
    setImmediate(() => console.log(bannerLines(options).join('\n')));
  });
}

module.exports = { canOpenBrowser, bannerLines, announceWhenBuilt };
