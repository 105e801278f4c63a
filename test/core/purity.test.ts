/** src/core is pure TypeScript: no Office.js, DOM, React or Node. Every host and front door builds on that. */
import { readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';

const CORE = path.join(__dirname, '..', '..', 'src', 'core');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const FORBIDDEN_IMPORT = /from\s+['"](react|react-dom|@fluentui\/[^'"]*|office-addin-mock|@e965\/xlsx|fs|path|os|child_process|node:[^'"]*)['"]|require\(/;
const FORBIDDEN_GLOBAL = /\b(Excel\.run|Office\.(context|onReady)|document\.|window\.|process\.)/;

test('src/core has modules to check', () => {
  expect(files(CORE).length).toBeGreaterThan(10);
});

test.each(files(CORE).map((f) => [path.relative(CORE, f), f]))('%s imports no host, DOM or Node API', (_name, file) => {
  const source = readFileSync(file, 'utf8');
  const imports = source.split('\n').filter((l) => FORBIDDEN_IMPORT.test(l));
  const globals = source.split('\n').filter((l) => !l.trim().startsWith('*') && !l.trim().startsWith('//') && FORBIDDEN_GLOBAL.test(l));
  expect(imports).toEqual([]);
  expect(globals).toEqual([]);
});

test('the purity check catches a forbidden import', () => {
  expect(FORBIDDEN_IMPORT.test("import { readFileSync } from 'fs';")).toBe(true);
  expect(FORBIDDEN_IMPORT.test("import { x } from 'node:fs';")).toBe(true);
  expect(FORBIDDEN_GLOBAL.test('await Excel.run(async (ctx) => {})')).toBe(true);
});
