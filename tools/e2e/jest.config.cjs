/**
 * `npm run e2e`: the built mesh on free loopback ports, questions through the orchestrator.
 * Not part of `npm test` (tools/jest.config.cjs ignores this folder).
 */
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e.spec.ts'],
  testTimeout: 60_000,
  maxWorkers: 1,
};
