// ESLint flat config. Type-aware rules are left out on purpose: linting stays fast, and `tsc --noEmit`
// (npm run typecheck) already does the type checking.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'node_modules/',
    'dist/',
    'data/',
    'coverage/',
    'bench/results/',
    'tests/graphql/generated/**',
    'schema/**',
  ]),
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
  },
  {
    files: ['{src,tests,bench,migrations}/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  // Imports point one way: db <- versioning <- domain <- graphql <- http; setup (seed, CLI,
  // first users) sits above the domain. A lower layer naming a higher one fails the lint.
  ...[
    ['src/shared/**/*.ts', ['db', 'versioning', 'domain', 'graphql', 'http', 'setup']],
    ['src/db/**/*.ts', ['versioning', 'domain', 'graphql', 'http', 'setup']],
    ['src/versioning/**/*.ts', ['domain', 'graphql', 'http', 'setup']],
    ['src/domain/**/*.ts', ['graphql', 'http', 'setup']],
    ['src/graphql/**/*.ts', ['http', 'setup']],
  ].map(([files, above]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: above.flatMap((layer) => [`**/${layer}/*`, `**/${layer}/**`]),
              message: `imports point one way (db <- versioning <- domain <- graphql <- http): ${files.split('/')[1]} must not import ${above.join(', ')}`,
            },
          ],
        },
      ],
    },
  })),
);
