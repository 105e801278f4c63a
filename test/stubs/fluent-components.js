/**
 * Jest stand-in for @fluentui/react-components that loads only the component packages a suite uses.
 *
 * The real entry is a barrel that requires all ~60 Fluent packages (2,000+ modules) before returning; jest loads
 * modules afresh for every test file, so each task-pane suite paid about 2 s for packages it never touches. This
 * reads the same barrel's source and exports the same names, each a getter that requires its own package on first
 * use: the components are the very objects the barrel would hand out (it only re-exports them). Should a Fluent
 * update change the barrel's shape so that it cannot be read this way, the real barrel is used.
 */
'use strict';
const { readFileSync } = require('fs');
const { createRequire } = require('module');
const path = require('path');

// The CommonJS entry (package.json's "require" condition), found beside package.json: resolving the package name
// here would find this file again (jest maps the name to it).
const entry = path.join(path.dirname(require.resolve('@fluentui/react-components/package.json')), 'lib-commonjs', 'index.cjs');
const source = readFileSync(entry, 'utf8');
// The packages as the barrel finds them (some versions sit in its own node_modules).
const requireAsBarrel = createRequire(entry);

/** `const _reactbutton = require("@fluentui/react-button");` → _reactbutton: @fluentui/react-button */
const packages = new Map(Array.from(source.matchAll(/^const (_\w+) = require\("([^"]+)"\);$/gm), (m) => [m[1], m[2]]));
/** `get Button () { return _reactbutton.Button; }` (comments may sit between `get` and the name) */
const getters = Array.from(source.matchAll(/\bget\s+(?:\/\/[^\n]*\n\s*)*(\w+)\s*\(\)\s*\{\s*return (_\w+)\.(\w+);\s*\}/g));
const returns = (source.match(/\breturn _\w+\.\w+;/g) || []).length;

if (getters.length === 0 || getters.length !== returns || getters.some((m) => !packages.has(m[2]))) {
  module.exports = require(entry);
} else {
  Object.defineProperty(exports, '__esModule', { value: true });
  for (const [, name, variable, member] of getters) {
    const pkg = packages.get(variable);
    Object.defineProperty(exports, name, { enumerable: true, get: () => requireAsBarrel(pkg)[member] });
  }
}
