/**
 * Jest for the browser preview tests only (`npm run test:e2e`): the main config narrowed to test/e2e, with the web
 * build done once up front. The tests also run under the main config (`npm test`): each browser test file then makes
 * sure of the build itself (test/e2e/support/dist.ts), so both ways work from a clean clone.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/e2e'],
  globalSetup: '<rootDir>/test/e2e/global-setup.ts',
  testTimeout: 60000,
};
