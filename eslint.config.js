// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'engine/target/', 'dist/', 'coverage/', 'build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // The browser side of the modeler (issue 10) has its own tsconfig (DOM, bundler resolution).
    files: ['modeler-plugin/web/**/*.ts'],
    languageOptions: { parserOptions: { projectService: false, project: './modeler-plugin/tsconfig.web.json', tsconfigRootDir: import.meta.dirname } },
  },
  {
    // STYLE.md 1: src/domain is pure. No I/O, no clock, no env, no frameworks, no outer layers.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'fs/*', 'path', 'http', 'https', 'net', 'child_process', 'os', 'crypto', 'process'],
            message: 'src/domain is pure: no Node I/O modules.' },
          { group: ['express', 'express/*', 'kysely', 'kysely/*', 'pg', '@electric-sql/*', 'camunda-external-task-client-js', 'bpmn-js', 'bpmn-js/*', 'zod', 'zod/*'],
            message: 'src/domain is pure: no framework, store, engine or parsing imports.' },
          { group: ['**/application/**', '**/adapters/**', '**/api/**', '**/cli/**', '**/config*', '**/workers/**'],
            message: 'src/domain must not depend on outer layers.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'src/domain is pure: no env or process access.' },
        { name: 'fetch', message: 'src/domain is pure: no I/O.' },
        { name: 'setTimeout', message: 'src/domain is pure: no timers.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/domain has no clock: pass the date in.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'src/domain has no clock: pass the date in.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'src/domain is deterministic.' },
      ],
    },
  },
);
