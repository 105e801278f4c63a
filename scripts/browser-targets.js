/**
 * The engines each part of dist/ must run on (browserslist queries, for Babel and core-js), and the checks on the
 * built files that hold them to it (test/build/).
 *
 * - LEGACY: the ribbon's 一键校验 (commands.html, dialog.html) and the task pane's loader. Office 2016/2019 volume
 *   licence and Windows 7/8.1 show add-ins in Internet Explorer 11: ES5, no Promise, no Map with iterables.
 * - PANE: the task pane and the browser preview (React 18, Fluent UI 9), the declared floor: Chromium 80 (Edge
 *   WebView2 is evergreen; Excel on the web in Chrome/Edge), Safari 14 (Office on Mac, Excel on the web), Firefox
 *   78 ESR. That is ES2020 syntax without regex lookbehind (Safari < 16.4). Older web views (IE 11, EdgeHTML)
 *   get the loader's plain page instead, which says which Office is needed and that 一键校验 works.
 */
'use strict';

const LEGACY_TARGETS = ['ie 11'];
const PANE_TARGETS = ['chrome >= 80', 'edge >= 80', 'safari >= 14', 'ios_saf >= 14', 'firefox >= 78'];
/** The newest ECMAScript syntax every PANE target parses (acorn's ecmaVersion). */
const PANE_ECMA_VERSION = 2020;

module.exports = { LEGACY_TARGETS, PANE_TARGETS, PANE_ECMA_VERSION };
