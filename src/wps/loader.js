/**
 * The WPS task pane's first script, in plain ES5 so that every WPS embedded browser runs it. It loads the pane
 * (React, Fluent UI: Chromium 80 or newer, see scripts/browser-targets.js) only where WPS's browser can run it;
 * elsewhere, or when the pane fails to load or start, it shows a plain page saying what is needed and that the
 * ribbon's 一键校验 works. Never a blank pane. How it loads is src/hosts/shared/loader-core.js; here are WPS's texts
 * and checks.
 *
 * taskpane.html loads it as `<script src=… data-pane="taskpane.[hash].js">`.
 */
(function (root) {
  'use strict';

  var core = require('../hosts/shared/loader-core.js');

  /** Messages, zh-CN first and en-US second. */
  var TEXT = {
    unsupported: {
      'zh-CN': '这个 WPS 版本无法显示校验窗格',
      'en-US': 'This version of WPS cannot show the checker pane'
    },
    needs: {
      'zh-CN': '校验窗格需要 WPS 内置浏览器为 Chromium 80 或更新版本。请升级 WPS Office 到较新的版本，或请管理员升级。',
      'en-US': "The checker pane needs WPS's built-in browser to be Chromium 80 or newer. Update WPS Office to a newer release, or ask your administrator to."
    },
    works: {
      'zh-CN': '在这个 WPS 中可以使用“绩效校验”选项卡上的“一键校验”按钮：它检查当前工作表中的绩效目标表，列出问题和所在的单元格。',
      'en-US': 'In this WPS, use 一键校验 (Check Sheet) on the 绩效校验 tab: it checks the performance-target table on the active sheet and lists the problems with their cells.'
    },
    load: {
      'zh-CN': '校验窗格的文件没有加载成功',
      'en-US': 'The checker pane could not be loaded'
    },
    loadHelp: {
      'zh-CN': '加载项的文件可能不完整。请关闭校验窗格后重新打开；如果仍然如此，请联系管理员重新部署加载项。',
      'en-US': "The add-in's files may be incomplete. Close the checker pane and open it again; if this keeps happening, ask your administrator to deploy the add-in again."
    },
    start: {
      'zh-CN': '校验窗格无法在这个 WPS 中启动',
      'en-US': 'The checker pane cannot start in this WPS'
    },
    engine: { 'zh-CN': '内置浏览器：{name}', 'en-US': 'Built-in browser: {name}' }
  };

  /** Whether this browser can run the pane bundle: what Chromium 80 has and older engines lack. */
  function canRunPane(w) {
    try {
      return (
        typeof w.Promise === 'function' &&
        typeof w.Promise.allSettled === 'function' &&
        typeof w.Symbol === 'function' &&
        typeof w.ResizeObserver === 'function' &&
        typeof w.BigInt === 'function' &&
        typeof ''.matchAll === 'function' &&
        typeof w.globalThis === 'object'
      );
    } catch (_e) {
      return false;
    }
  }

  /** The engine from the user agent (`Chrome/69.0.3497.100`), for the administrator; null when unknown. */
  function browserName(w) {
    var agent = (w.navigator && w.navigator.userAgent) || '';
    var chrome = /Chrome\/([\d.]+)/.exec(agent);
    return chrome ? 'Chromium ' + chrome[1] : null;
  }

  var loader = core.createLoader({
    TEXT: TEXT,
    paragraphs: { load: ['loadHelp', 'works'], other: ['needs', 'works'] },
    canRunPane: canRunPane,
    engineName: browserName
  });

  var api = { TEXT: TEXT, pickLang: core.pickLang, canRunPane: canRunPane, browserName: browserName, renderFallback: loader.renderFallback, start: loader.start };
  if (typeof module === 'object' && module && module.exports) module.exports = api;
  core.startOnPage(loader, root);
})(typeof window !== 'undefined' ? window : this);
