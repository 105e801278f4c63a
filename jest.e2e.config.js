/**
 * Jest for the browser preview tests only (`npm run test:e2e`): the main config (whose global setup builds dist/ once
 * up front) narrowed to test/e2e.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/e2e'],
  testTimeout: 60000,
};
