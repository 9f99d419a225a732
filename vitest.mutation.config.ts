// The unit tests as Stryker runs them (`npm run mutation`): all of them but the spelling test, which
// checks the content's words with hunspell and exercises no code in src/lib or src/schemas. The time
// budgets of the linear-time tests are scaled for instrumented code (tests/support/mutation-clock.ts),
// and property-based tests run fewer cases (tests/support/property-runs.ts).
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...configDefaults.exclude, 'tests/unit/spelling.test.ts'],
      setupFiles: ['tests/support/mutation-clock.ts', 'tests/support/mutation-properties.ts'],
      env: { KIT_MUTATION: '1' },
    },
  }),
);
