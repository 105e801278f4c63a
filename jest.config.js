/**
 * Jest: TypeScript through @swc/jest, which strips types and compiles to CommonJS without type checking (that is
 * `tsc`, run separately by `npm test`): about a fifth less CPU than ts-jest over the suites on a cold cache, as CI's
 * always is. Two workers even on a 2-core machine: many tests wait on a child process (Chromium, the CLI, webpack),
 * not the CPU.
 */
const swc = (tsx) => [
  '@swc/jest',
  {
    // The code is isolatedModules-safe (tsconfig.json), so a file-by-file transpiler compiles it as tsc would; the
    // same target as tsconfig.json (ES2020: class fields assigned as tsc assigns them).
    jsc: { parser: { syntax: 'typescript', tsx }, target: 'es2020', transform: { react: { runtime: 'automatic' } } },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  maxWorkers: 2,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.ts$': swc(false), '^.+\\.tsx$': swc(true) },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js',
    // The same components and icons, each package or chunk loaded on first use instead of all of them per suite.
    '^@fluentui/react-components$': '<rootDir>/test/stubs/fluent-components.js',
    '^@fluentui/react-icons$': '<rootDir>/test/stubs/fluent-icons.js',
  },
  testTimeout: 30000,
};
