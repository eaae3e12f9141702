import nx from '@nx/eslint-plugin';

/** What a `type:core` lib may not load: frameworks, validation decorators, I/O clients. */
const FRAMEWORK_PACKAGES = [
  '@nestjs/*',
  'class-validator',
  'class-transformer',
  'class-validator-jsonschema',
  'ajv',
  'express',
  'ollama',
  'pino',
  'pino-*',
  'nestjs-pino',
  'prom-client',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/coverage', '**/reports', '.nx'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:planner', onlyDependOnLibsWithTags: ['scope:planner', 'scope:shared'] },
            { sourceTag: 'scope:mock-knowledge', onlyDependOnLibsWithTags: ['scope:mock-knowledge', 'scope:shared'] },
            { sourceTag: 'scope:mock-data', onlyDependOnLibsWithTags: ['scope:mock-data', 'scope:shared'] },
            { sourceTag: 'scope:orchestrator', onlyDependOnLibsWithTags: ['scope:orchestrator', 'scope:shared'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:tools', 'scope:shared'] },
            // Layers: the pure core loads no framework; contracts know nothing of the layers above them.
            {
              sourceTag: 'type:core',
              onlyDependOnLibsWithTags: ['type:core', 'type:contracts'],
              bannedExternalImports: FRAMEWORK_PACKAGES,
            },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:llm', onlyDependOnLibsWithTags: ['type:llm', 'type:core', 'type:contracts'] },
            { sourceTag: 'type:nest', onlyDependOnLibsWithTags: ['type:nest', 'type:contracts'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      'no-console': 'error',
      // Graph code looks ids up in maps it has just filled; `!` there states an invariant.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Ambient declarations for untyped packages are pulled in by a path reference from a lib's index.
      '@typescript-eslint/triple-slash-reference': ['error', { path: 'always', types: 'never', lib: 'never' }],
      // Configuration classes spell out their property types as documentation.
      '@typescript-eslint/no-inferrable-types': ['error', { ignoreProperties: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core takes values only from the contracts' decorator-free entry; types may come from anywhere.
    files: ['libs/planner-core/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@mesh/a2a-contracts',
              message: "Values from '@mesh/a2a-contracts/wire' (no decorators); only types from the main entry.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Jest configs share one preset file at the root.
    files: ['**/jest.config.cjs'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['tools/**/*.ts', '**/*.spec.ts', '**/testing/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
];
