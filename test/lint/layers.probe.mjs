// Lint one deliberate bad import per layer zone (and one allowed import) with the project's ESLint config; prints
// JSON for test/lint/layers.test.ts. A separate process: ESLint's flat config is an ES module.
import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const probes = JSON.parse(process.argv[2]);
const eslint = new ESLint({ cwd: root });
const out = [];
for (const p of probes) {
  const [r] = await eslint.lintText(`${p.code}\nexport const probe = [typeof x];\n`, { filePath: path.join(root, p.file) });
  out.push({ ...p, errors: r.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message) });
}
process.stdout.write(JSON.stringify(out));
