/**
 * Jest stand-in for @fluentui/react-icons that loads an icon's chunk only when the icon is used.
 *
 * The real entry re-exports 62 chunks of icons (4 MB of JavaScript, most of a second to load); Fluent's components
 * use a handful, and jest loads modules afresh for every test file. This reads the same entry and the names each
 * chunk declares, and exports every name as a getter that requires its chunk on first use: the icons are the very
 * objects the entry would hand out. Should an update change the files' shape so that they cannot be read this way,
 * the real entry is used.
 */
'use strict';
const { readFileSync } = require('fs');
const { createRequire } = require('module');
const path = require('path');

// The CommonJS entry, found beside package.json: resolving the package name here would find this file again.
const entry = path.join(path.dirname(require.resolve('@fluentui/react-icons/package.json')), 'lib-cjs', 'index.cjs');
const requireAsEntry = createRequire(entry);
const source = readFileSync(entry, 'utf8');

function lazyExports() {
  const out = new Map(); // name → [module, member]
  // `tslib_1.__exportStar(require("./icons/chunk-0.cjs"), exports);`: every name the chunk declares, as tsc writes
  // them at its top (lines of `exports.A = exports.B = … = void 0;`).
  const stars = Array.from(source.matchAll(/__exportStar\(require\("(\.[^"]+)"\), exports\);/g), (m) => m[1]);
  if (stars.length !== (source.match(/__exportStar\(/g) || []).length - (source.includes('__exportStar = ') ? 1 : 0)) return null;
  for (const chunk of stars) {
    const text = readFileSync(path.join(path.dirname(entry), chunk), 'utf8');
    const declared = text.match(/^exports\.\w+ = (?:exports\.\w+ = )*void 0;$/gm);
    if (!declared) return null;
    for (const line of declared) for (const m of line.matchAll(/exports\.(\w+) =/g)) out.set(m[1], [chunk, m[1]]);
  }
  // `var wrapIcon_1 = require("./utils/wrapIcon.cjs");` and `Object.defineProperty(exports, "wrapIcon", { … return
  // wrapIcon_1.wrapIcon; … })`: the entry's own named exports.
  const modules = new Map(Array.from(source.matchAll(/^var (\w+) = require\("([^"]+)"\);$/gm), (m) => [m[1], m[2]]));
  const named = Array.from(source.matchAll(/Object\.defineProperty\(exports, "(\w+)", \{ enumerable: true, get: function \(\) \{ return (\w+)\.(\w+); \} \}\);/g));
  if (named.length !== (source.match(/Object\.defineProperty\(exports, "(?!__esModule)/g) || []).length) return null;
  for (const [, name, variable, member] of named) {
    if (!modules.has(variable)) return null;
    out.set(name, [modules.get(variable), member]);
  }
  return out;
}

const names = lazyExports();
if (!names) {
  module.exports = require(entry);
} else {
  Object.defineProperty(exports, '__esModule', { value: true });
  for (const [name, [file, member]] of names) {
    Object.defineProperty(exports, name, { enumerable: true, get: () => requireAsEntry(file)[member] });
  }
}
