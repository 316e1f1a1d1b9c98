// Adds one plain closing line, "tests: N passed, N failed", summed over every
// group, so CI and people read the count without parsing progress bars.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or hung has no passing tests to show for it.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // After the default reporter's own output.
      setTimeout(() => console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed${skipped}`));
    },
  };
}
