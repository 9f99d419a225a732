// Loaded only by vitest.mutation.config.ts: property-based tests without their own `numRuns` run
// the same smaller number of cases as those with one (./property-runs.ts).
import fc from 'fast-check';
import { propertyRuns } from './property-runs';

fc.configureGlobal({ numRuns: propertyRuns(100) });
