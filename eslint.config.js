// Lint rules that enforce the architecture: src/core is pure (no I/O, no clock),
// src/server and src/client are adapters that never import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'http', 'https', 'crypto', 'child_process', 'stream', 'url'];

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**', 'samples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['bin/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['axios', 'msw', 'commander', 'csv-parse', 'handlebars'],
        patterns: [...nodeBuiltins, '**/server/**', '**/client/**'],
      }],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'src/core has no clock: take `today` as input.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/core has no clock: take `today` as input.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'src/core is deterministic: inject a PRNG.' },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/client/**'] }] },
  },
  {
    files: ['src/client/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['axios', 'commander', 'csv-parse'], patterns: [...nodeBuiltins, '**/server/**'] }] },
  },
);
