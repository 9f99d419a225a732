// Loaded only by vitest.mutation.config.ts. Under Stryker every statement of src/ is instrumented
// (coverage per test, a check for the active mutant), which makes the code many times slower than
// the site runs it. The unit tests that check "in time linear in its length" give a time budget
// for the real code; here the clock runs slower by the same order, so those budgets still catch a
// mutant that makes the work quadratic (that one also runs into Stryker's timeout) but not the
// instrumentation itself.
const slowdown = 10;
const realNow = performance.now.bind(performance);
const start = realNow();
performance.now = () => start + (realNow() - start) / slowdown;
