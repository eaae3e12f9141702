const preset = require('../../jest.preset.cjs');
const swc = preset.transform['^.+\\.(t|j)s$'];

/**
 * PGlite's CommonJS build loads Node modules with `import()`, which Jest's VM cannot run without
 * --experimental-vm-modules: its `.cjs` files are compiled too, so those imports become `require`.
 */
module.exports = {
  ...preset,
  displayName: 'mock-data',
  rootDir: __dirname,
  transform: { ...preset.transform, '^.+/@electric-sql/pglite/.+\\.cjs$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(jose|llama3-tokenizer-js|@electric-sql/pglite)/)'],
};
