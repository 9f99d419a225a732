// How many cases a property-based test (fast-check) runs. Under Stryker (vitest.mutation.config.ts
// sets KIT_MUTATION) every mutant the codec's properties cover reruns them in instrumented code,
// which made them most of a full mutation run's time; there a few dozen cases each still find the
// mutants that break a property for most inputs. `npm test` runs them in full.
export const underMutation = process.env['KIT_MUTATION'] === '1';

export const propertyRuns = (runs: number): number => (underMutation ? Math.min(runs, 25) : runs);
