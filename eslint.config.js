// Typed lint for the whole tree: typescript-eslint's type-checked rules, Astro's recommended rules and
// jsx-a11y's recommended rules for .astro templates. Every rule changed from those sets says why.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/** Pure logic must not reach for the build's content layer, the browser or browser modules. */
const libImportRules = {
  patterns: [
    {
      regex: '^astro:',
      message: 'src/lib is pure logic: take content as an argument (src/data/kit.ts reads astro:content).',
    },
    {
      regex: '(^|/)client/',
      message: 'src/lib must not import browser modules; src/client imports src/lib, not the reverse.',
    },
    {
      regex: '^node:',
      message: 'src/lib also runs in the browser and never reads the disk: take the data as an argument.',
    },
    {
      regex: '(^|/)(components|pages|layouts|data)/',
      message: 'src/lib must not import rendering code or the content reader; they import src/lib.',
    },
  ],
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.astro/',
      'reports/',
      '.stryker-tmp/',
      'test-results/',
      'playwright-report/',
      '.tmp/',
      // Fixtures are broken on purpose for the build-failure tests.
      'tests/fixtures/',
      // Declarations for typed lint of .astro templates only (see tsconfig.eslint.json).
      'eslint-astro-jsx.d.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // Typed by slide-measure.d.mts beside it, so TypeScript's project leaves the .mjs itself out.
          allowDefaultProject: ['scripts/slide-measure.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
      globals: { ...globals.node },
    },
  },
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-recommended'],
  {
    rules: {
      // Dropping a key by destructuring it away (`const { link: _dropped, ...rest } = run`) is the idiom.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Async event listeners and server callbacks are fine where they catch their own errors; un-awaited
      // calls are still caught by no-floating-promises.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      // A scrollable table region needs tabindex="0" so keyboard users can scroll it (axe: scrollable-region-focusable).
      'astro/jsx-a11y/no-noninteractive-tabindex': [
        'error',
        { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true },
      ],
    },
  },
  {
    // Plain JavaScript has no annotations to narrow the `any` of JSON.parse, process.argv and the like.
    files: ['**/*.js', '**/*.mjs'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: {
      // astro-eslint-parser has no projectService; it finds tsconfig.json itself with `project: true`.
      parserOptions: { projectService: false, project: './tsconfig.eslint.json' },
    },
  },
  {
    // Plain TypeScript cannot resolve .astro imports (only Astro's language server can), so they are untyped here.
    files: ['src/components/mdx/index.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Scripts drive Chromium: the callbacks they hand to page.evaluate() run in the browser.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/client/**/*.ts', '**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/lib/**/*.ts', 'src/schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', libImportRules],
      // tsconfig.lib.json keeps the DOM out; these browser APIs also exist in Node's types, so lint them.
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'fetch'].map(
          (name) => ({ name, message: 'src/lib is pure logic: the caller passes in what it needs.' }),
        ),
      ],
    },
  },
  {
    files: ['src/client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(components|pages|layouts)/',
              message: 'Browser modules import src/lib, never the Astro rendering code.',
            },
          ],
        },
      ],
    },
  },
);
