// Lint rules, and the one-way layers enforced rather than remembered:
// shared/ (pure: no Node.js, no Electron, no React, nothing from main/ or renderer/)
//   ← main/ (never renderer/ or React) and ← renderer/ (never main/, Node.js or Electron).
// Inside main/, the import table of build/lint/mainImportTable.mjs: base ← vault ← features ←
// core ← shells, cli; a feature reaches another only through its index.ts.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import { mainImportTableRule } from './build/lint/mainImportTable.mjs';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

const importsOfMain = {
  regex: '(^|/)main(/|$)',
  message: 'Only the core (main/) may touch main/: go through the contract.',
};
const importsOfRenderer = { regex: '(^|/)renderer(/|$)', message: 'main/ and shared/ never depend on screens.' };
const importsOfNode = { regex: '^node:', message: 'This layer runs without Node.js: no Node built-ins.' };
const reactImports = { regex: '^react(-dom)?(/|$)', message: 'Services and shared rules never import React.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Benchmarks exist to print their figures.
    files: ['test/bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron'].map((name) => ({
            name,
            message: 'shared/ is pure: no I/O, no Node.js, no Electron.',
          })),
          patterns: [importsOfMain, importsOfRenderer, importsOfNode, reactImports],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', 'window', 'document', 'fetch'],
    },
  },
  {
    files: ['main/**/*.ts'],
    plugins: { 'kiem-phieu': { rules: { 'main-import-table': mainImportTableRule } } },
    rules: {
      'kiem-phieu/main-import-table': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only the Electron shell (main/shells/electron/) imports electron.' }],
          patterns: [importsOfRenderer, reactImports],
        },
      ],
    },
  },
  {
    files: ['main/shells/electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [importsOfRenderer, reactImports] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron'].map((name) => ({
            name,
            message: 'The renderer reaches the core only through the contract client.',
          })),
          patterns: [importsOfMain, importsOfNode],
        },
      ],
    },
  },
);
