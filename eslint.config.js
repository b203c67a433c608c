import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.tools/', 'coverage/', '.perf-gate/', '.stryker/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // k6 scripts run in k6's JavaScript runtime, which provides __ENV and __VU.
    files: ['examples/**/*.js', 'bench/**/*.js', 'eval/**/*.js', '__tests__/fixtures/**/*.js'],
    languageOptions: { globals: { __ENV: 'readonly', __VU: 'readonly', __ITER: 'readonly' } },
  },
  {
    // The pure layers must stay free of I/O, the clock and the toolkit (see DESIGN.md). Ingest and the options
    // spec are pure too (hashing a script with node:crypto is a pure function); reading files is io/'s work.
    files: ['src/domain/**/*.ts', 'src/render/**/*.ts', 'src/ingest/**/*.ts', 'src/options/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:fs',
            'node:fs/*',
            'node:child_process',
            'node:net',
            'node:http',
            'node:stream',
            'node:zlib',
            'node:os',
            'fs',
            'path',
            'child_process',
            '@actions/*',
            '../io/*',
            '../../io/*',
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Inject a seeded random source instead.' },
        { object: 'Date', property: 'now', message: 'Pass time in as data; the domain has no clock.' },
      ],
    },
  },
  {
    // Domain and render need no Node module at all.
    files: ['src/domain/**/*.ts', 'src/render/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', 'child_process', '@actions/*', '../io/*', '../../io/*'] },
      ],
    },
  },
);
