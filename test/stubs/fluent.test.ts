/**
 * The jest stand-ins for Fluent's entries (test/stubs/fluent-components.js, fluent-icons.js) hand out exactly what
 * the real entries do: the same names, each the very same object. A Fluent update that changed this would otherwise
 * show only as a component missing in some pane test.
 */
import path from 'path';

/** The real CommonJS entry of `pkg` (by path: jest maps the package name to the stand-in). */
function realEntry(pkg: string, file: string): Record<string, unknown> {
  return jest.requireActual<Record<string, unknown>>(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file));
}

test.each([
  ['@fluentui/react-components', 'lib-commonjs/index.cjs', 1000],
  ['@fluentui/react-icons', 'lib-cjs/index.cjs', 20_000],
])('%s: the stand-in has every name of the real entry, each the same object', (pkg, file, atLeast) => {
  const stub = jest.requireActual<Record<string, unknown>>(pkg); // mapped to the stand-in, as every import is
  const real = realEntry(pkg, file);
  expect(stub).not.toBe(real); // the stand-in itself, not the fallback to the real entry
  const names = Object.keys(real).sort();
  expect(names.length).toBeGreaterThan(atLeast);
  expect(Object.keys(stub).sort()).toEqual(names);
  expect(names.filter((name) => stub[name] !== real[name])).toEqual([]);
});
