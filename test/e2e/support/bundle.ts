/**
 * A TypeScript module and the modules it imports by relative path, as one script for a browser page (the browser
 * tests put the fake WPS into the page this way, as `window.Application`). Each file is transpiled on its own
 * (types stripped, CommonJS) and wrapped in a tiny module table: no webpack build for a test helper. Only relative
 * imports of .ts files are followed; anything else is an error.
 */
import { readFileSync } from 'fs';
import path from 'path';
import ts from 'typescript';

function resolve(from: string, request: string): string {
  const base = path.resolve(path.dirname(from), request);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    try {
      if (readFileSync(candidate)) return candidate;
    } catch {
      // try the next
    }
  }
  throw new Error(`bundle: cannot resolve ${request} from ${from}`);
}

/** A script that defines `window[globalName]` as the exports of `entry`. */
export function bundleForBrowser(entry: string, globalName: string): string {
  const modules = new Map<string, string>();
  const visit = (file: string): void => {
    if (modules.has(file)) return;
    const output = ts.transpileModule(readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: false, isolatedModules: true },
    }).outputText;
    modules.set(file, output);
    for (const m of output.matchAll(/require\("([^"]+)"\)/g)) {
      if (!m[1].startsWith('.')) throw new Error(`bundle: ${file} imports ${m[1]}, which is not a relative module`);
      visit(resolve(file, m[1]));
    }
  };
  const root = path.resolve(entry);
  visit(root);
  const ids = new Map([...modules.keys()].map((file, i) => [file, i]));
  const table = [...modules]
    .map(([file, code]) => {
      const requires = code.replace(/require\("([^"]+)"\)/g, (_all, request: string) => `__require(${ids.get(resolve(file, request))})`);
      return `${ids.get(file)}: function (module, exports, __require) {\n${requires}\n}`;
    })
    .join(',\n');
  return `(function () {
var __modules = {${table}};
var __cache = {};
function __require(id) {
  if (__cache[id]) return __cache[id].exports;
  var module = (__cache[id] = { exports: {} });
  __modules[id](module, module.exports, __require);
  return module.exports;
}
window[${JSON.stringify(globalName)}] = __require(${ids.get(root)});
})();`;
}
