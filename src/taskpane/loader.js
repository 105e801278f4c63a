/**
 * The task pane's first script, in plain ES5 so that every Office web view runs it (Internet Explorer 11 in Office
 * 2016/2019 volume licence, the old Edge web view, WebView2, Safari). It loads the pane (React, Fluent UI: see
 * scripts/browser-targets.js for the engines it needs) only where the web view can run it; elsewhere, or when the
 * pane fails to load or start, it shows a plain page saying which Office is needed and that the ribbon's 一键校验
 * works here. Never a blank pane. How it loads is src/hosts/shared/loader-core.js; here are Office's texts and checks.
 *
 * taskpane.html loads it as `<script src=… data-pane="taskpane.[hash].js">`.
 * ESLint parses this file as ES5 (eslint.config.mjs) and test/build checks the built copy the same way.
 */
(function (root) {
  'use strict';

  var core = require('../hosts/shared/loader-core.js');

  /** Messages, zh-CN first and en-US second. */
  var TEXT = {
    unsupported: {
      'zh-CN': '这个 Office 版本无法显示校验面板',
      'en-US': 'This version of Office cannot show the checker pane'
    },
    needs: {
      'zh-CN': '校验面板需要 Microsoft 365 或 Office 2021 及更新版本（在 Windows 10/11 上需要 Microsoft Edge WebView2 运行时）、Mac 版 Office，或 Excel 网页版。',
      'en-US': 'The checker pane needs Microsoft 365 or Office 2021 and later (on Windows 10/11 with the Microsoft Edge WebView2 runtime), Office for Mac, or Excel on the web.'
    },
    works: {
      'zh-CN': '在这个 Office 中可以使用“开始”选项卡上的“一键校验”按钮：它检查当前工作表中的绩效目标表，列出问题和所在的单元格。',
      'en-US': 'In this Office, use the Check Sheet button on the Home tab: it checks the performance-target table on the active sheet and lists the problems with their cells.'
    },
    admin: {
      'zh-CN': '如果已经是上述版本，请联系管理员安装 Microsoft Edge WebView2 运行时。',
      'en-US': 'If you already have one of these, ask your administrator to install the Microsoft Edge WebView2 runtime.'
    },
    load: {
      'zh-CN': '校验面板的文件没有加载成功',
      'en-US': 'The checker pane could not be loaded'
    },
    loadHelp: {
      'zh-CN': '可能是网络或加载项服务器的问题。请关闭任务窗格后重新打开；如果仍然如此，请联系管理员检查加载项服务器。',
      'en-US': 'The network or the add-in server may be at fault. Close the task pane and open it again; if this keeps happening, ask your administrator to check the add-in server.'
    },
    start: {
      'zh-CN': '校验面板无法在这个 Office 中启动',
      'en-US': 'The checker pane cannot start in this Office'
    },
    engine: { 'zh-CN': '浏览器组件：{name}', 'en-US': 'Web view: {name}' }
  };

  /**
   * Whether this engine can run the pane bundle: what every engine of the declared floor has and Internet Explorer
   * 11 and the old Edge (EdgeHTML) web views lack. ResizeObserver is needed by Fluent UI, Proxy and CSS variables
   * mark an ES2015+ engine with modern CSS.
   */
  function canRunPane(w) {
    try {
      return (
        typeof w.Promise === 'function' &&
        typeof w.Symbol === 'function' &&
        typeof w.Proxy === 'function' &&
        typeof w.ResizeObserver === 'function' &&
        !!w.CSS &&
        typeof w.CSS.supports === 'function' &&
        w.CSS.supports('(--pane: 0)')
      );
    } catch (_e) {
      return false;
    }
  }

  /** A name for the web view when it is one the pane cannot use, for the administrator; null otherwise. */
  function webviewName(w) {
    var doc = w.document;
    var agent = (w.navigator && w.navigator.userAgent) || '';
    if (doc && doc.documentMode) return 'Internet Explorer ' + doc.documentMode;
    var edge = /Edge\/(\d+)/.exec(agent);
    return edge ? 'Microsoft Edge (EdgeHTML ' + edge[1] + ')' : null;
  }

  /** Call `done(lang)` with Office's display language once Office is ready (not at all outside Office). */
  function officeLang(w, done) {
    try {
      var office = w.Office;
      if (!office || typeof office.onReady !== 'function') return;
      office.onReady(function () {
        try {
          if (office.context && office.context.displayLanguage) done(core.pickLang(office.context.displayLanguage));
        } catch (_e) {
          // no language: keep the browser's
        }
      });
    } catch (_e) {
      // office.js missing or broken: keep the browser's language
    }
  }

  var loader = core.createLoader({
    TEXT: TEXT,
    paragraphs: { load: ['loadHelp'], other: ['needs', 'works', 'admin'] },
    canRunPane: canRunPane,
    engineName: webviewName,
    laterLang: officeLang
  });

  var api = { TEXT: TEXT, pickLang: core.pickLang, canRunPane: canRunPane, webviewName: webviewName, renderFallback: loader.renderFallback, start: loader.start };
  if (typeof module === 'object' && module && module.exports) module.exports = api;
  core.startOnPage(loader, root);
})(typeof window !== 'undefined' ? window : this);
