/** src/io also runs in the browser preview: no Node modules or globals. */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';

const IO = path.join(__dirname, '..', '..', 'src', 'io');
const files = readdirSync(IO).filter((f) => f.endsWith('.ts'));

const NODE_IMPORT = /from\s+['"](fs|fs\/promises|path|os|zlib|buffer|stream|child_process|node:[^'"]*)['"]|require\(/;
const NODE_GLOBAL = /\b(process\.|Buffer\.|__dirname|__filename)/;

test('src/io has modules to check', () => {
  expect(files).toEqual(expect.arrayContaining(['decode.ts', 'delimited.ts', 'errors.ts', 'workbook.ts']));
});

test.each(files)('%s uses no Node API', (file) => {
  const lines = readFileSync(path.join(IO, file), 'utf8').split('\n');
  const code = lines.filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l));
  expect(code.filter((l) => NODE_IMPORT.test(l))).toEqual([]);
  expect(code.filter((l) => NODE_GLOBAL.test(l))).toEqual([]);
});
