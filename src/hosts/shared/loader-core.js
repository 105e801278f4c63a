/**
 * What the two task panes' first scripts share (src/taskpane/loader.js for Office, src/wps/loader.js for WPS), in
 * plain ES5 so that every web view runs it: load the pane only where the engine can run it; elsewhere, or when the
 * pane fails to load or start, show a plain page saying what is needed and that the ribbon's 一键校验 works. Never a
 * blank pane. Each loader gives its host's texts, engine check and engine name as data (createLoader).
 *
 * The pane calls window.ptcheckPaneStarted() once it has rendered, or window.ptcheckPaneFailed(error) when it could
 * not start (src/taskpane/loader-hooks.tsx). Each loader `require`s this file; webpack bundles it into the loader's
 * file as written. ESLint parses it as ES5 (eslint.config.mjs) and test/build checks the built loaders the same way.
 */
'use strict';

/** What every loader's plain page says the same way. */
var CORE_TEXT = {
  detail: { 'zh-CN': '详细信息：{detail}', 'en-US': 'Details: {detail}' }
};

/** en-US for an English locale tag (en-US, en-GB…), zh-CN for anything else. */
function pickLang(locale) {
  return typeof locale === 'string' && /^en\b/i.test(locale) ? 'en-US' : 'zh-CN';
}

function element(doc, tag, className, content) {
  var el = doc.createElement(tag);
  if (className) el.className = className;
  if (content !== undefined) el.appendChild(doc.createTextNode(content));
  return el;
}

/**
 * The loader of one host. `host`:
 * - TEXT: messages by id, zh-CN first and en-US second: the headings `unsupported`, `load` and `start`, `engine`
 *   ({name}) and the paragraphs named in `paragraphs`;
 * - paragraphs: the ids of the paragraphs under the heading, `load` for a pane file that did not arrive, `other` for
 *   an engine that cannot run the pane or a pane that failed to start; `works` (what 一键校验 does) is set off;
 * - canRunPane(w): whether the engine of window `w` can run the pane bundle;
 * - engineName(w): the engine's name for the administrator, or null where it says nothing useful;
 * - laterLang(w, done), optional: calls done(lang) if the host says its display language after the page is shown.
 */
function createLoader(host) {
  var TEXT = host.TEXT;

  function text(id, lang, data) {
    return (TEXT[id] || CORE_TEXT[id])[lang].replace(/\{(\w+)\}/g, function (whole, name) {
      return data && Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole;
    });
  }

  /**
   * Show the plain page in `container`. `kind`: 'unsupported' (this engine cannot run the pane), 'load' (its file
   * did not arrive) or 'start' (it failed while starting); `detail`: what went wrong, for the administrator.
   */
  function renderFallback(w, container, kind, lang, detail) {
    var doc = w.document;
    doc.documentElement.lang = lang;
    while (container.firstChild) container.removeChild(container.firstChild);
    var page = element(doc, 'div', 'fallback');
    page.setAttribute('role', 'alert');
    page.appendChild(element(doc, 'h1', '', text(kind === 'load' || kind === 'start' ? kind : 'unsupported', lang)));
    var paragraphs = kind === 'load' ? host.paragraphs.load : host.paragraphs.other;
    for (var i = 0; i < paragraphs.length; i++) {
      page.appendChild(element(doc, 'p', paragraphs[i] === 'works' ? 'works' : '', text(paragraphs[i], lang)));
    }
    var name = host.engineName(w);
    if (name) page.appendChild(element(doc, 'p', 'detail', text('engine', lang, { name: name })));
    if (detail) page.appendChild(element(doc, 'p', 'detail', text('detail', lang, { detail: detail })));
    container.appendChild(page);
  }

  /** Load the pane, or show the plain page; `tag` is the loader's script element (its data-pane names the bundle). */
  function start(w, tag) {
    var doc = w.document;
    var container = doc.getElementById('root');
    var src = tag.getAttribute('data-pane');
    var state = { started: false, fallback: null };
    var lang = pickLang((w.navigator && (w.navigator.language || w.navigator.userLanguage)) || null);

    function show(kind, detail) {
      if (state.started || state.fallback) return;
      state.fallback = kind;
      renderFallback(w, container, kind, lang, detail);
      if (host.laterLang) {
        host.laterLang(w, function (later) {
          lang = later;
          renderFallback(w, container, kind, lang, detail);
        });
      }
    }

    if (!host.canRunPane(w) || !src) {
      show('unsupported');
      return state;
    }
    var bundle = doc.createElement('a');
    bundle.href = src; // resolves it, to compare with error events' file names
    function onError(event) {
      if (event && event.filename && event.filename !== bundle.href) return; // office.js and others: not ours
      show('start', event && event.message);
    }
    w.addEventListener('error', onError);
    w.ptcheckPaneStarted = function () {
      state.started = true;
      w.removeEventListener('error', onError);
    };
    w.ptcheckPaneFailed = function (error) {
      show('start', error && error.message ? error.message : String(error));
    };
    var script = doc.createElement('script');
    script.src = src;
    script.onerror = function () {
      show('load', src);
    };
    doc.body.appendChild(script);
    return state;
  }

  return { TEXT: TEXT, pickLang: pickLang, renderFallback: renderFallback, start: start };
}

/** Start `loader` on the page of window `root`, if the page has the loader's script tag (not under a test). */
function startOnPage(loader, root) {
  var doc = root && root.document;
  var tag = doc && doc.querySelector ? doc.querySelector('script[data-pane]') : null;
  if (tag) loader.start(root, tag);
}

module.exports = { createLoader: createLoader, pickLang: pickLang, startOnPage: startOnPage };
