/**
 * Shared Jest settings. @swc/jest compiles TypeScript; the decorator options are required,
 * or Nest injects `undefined` silently (see STACK-NOTES pitfall 3).
 * `@mesh/source` makes workspace libs resolve to their TypeScript sources, so tests run
 * without building the libs first.
 */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(jose|llama3-tokenizer-js)/)'],
  testEnvironmentOptions: { customExportConditions: ['@mesh/source', 'node', 'require', 'default'] },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  testMatch: ['<rootDir>/**/*.spec.ts'],
};
