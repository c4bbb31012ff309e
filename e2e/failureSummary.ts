import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Repeats each failure's error at the very end of the run. CI keeps only the tail of the log, and the
 * line reporter prints errors as they happen, so without this a failure's cause scrolls out of reach.
 */
/** Colour codes: a log file shows them as litter. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

export default class FailureSummary implements Reporter {
  private failures: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'passed' || result.status === 'skipped') return;
    const message = (result.error?.message ?? result.status)
      .replace(ANSI, '').split('\n').slice(0, 12).join('\n    ');
    const at = result.error?.location ? ` (${result.error.location.file.split('/').pop()}:${result.error.location.line})` : '';
    this.failures.push(`- ${test.titlePath().slice(2).join(' › ')}${at}\n    ${message}`);
  }

  onEnd(_result: FullResult): void {
    if (!this.failures.length) return;
    console.log(`\nWhy each test failed:\n${this.failures.join('\n')}\n`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
