import nx from '@nx/eslint-plugin';

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
    // Jest configs share one preset file at the root.
    files: ['**/jest.config.cjs'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['tools/**/*.ts', '**/*.spec.ts', '**/testing/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
];
