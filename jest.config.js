/**
 * Jest: TypeScript through ts-jest, transpiling only (type checking is `tsc`, run separately by `npm test`). Two
 * workers even on a 2-core machine: many tests wait on a child process (Chromium, the CLI, webpack), not the CPU.
 */
module.exports = {
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/global-setup.ts',
  maxWorkers: 2,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': 'ts-jest' },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js',
  },
  testTimeout: 30000,
};
