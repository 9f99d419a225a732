// The unit tests as Stryker runs them (`npm run mutation`): all of them but the spelling test, which
// checks the content's words with hunspell and exercises no code in src/lib or src/schemas.
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig(
  base,
  defineConfig({ test: { exclude: [...configDefaults.exclude, 'tests/unit/spelling.test.ts'] } }),
);
