// Writes one short line per failed or flaky test to test-results/digest.txt, which `pnpm test`
// prints under its summary: CI keeps only the end of a run's output, and Playwright's own report of
// why a test failed scrolls far above it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

const DIGEST = resolve(import.meta.dirname, 'test-results', 'digest.txt');

export default class FailureDigest implements Reporter {
  private readonly failures = new Map<TestCase, TestResult>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'passed' && result.status !== 'skipped') this.failures.set(test, result);
  }

  onEnd(): void {
    const lines = [...this.failures].map(([test, result]) => {
      const outcome = test.outcome() === 'flaky' ? 'FLAKY (passed on retry)' : 'FAILED';
      const where = `${test.location.file.split('/tests/')[1] ?? test.location.file}:${test.location.line}`;
      const why = firstLines(result.error?.message ?? result.status, 3);
      const at = result.error?.location ? ` (at line ${result.error.location.line})` : '';
      return `${outcome} ${where} ${test.title}\n    ${why}${at}`;
    });
    mkdirSync(dirname(DIGEST), { recursive: true });
    writeFileSync(DIGEST, lines.join('\n') + (lines.length ? '\n' : ''));
  }
}

function firstLines(message: string, count: number): string {
  // Colour codes and blank lines would take the few lines CI keeps.
  // eslint-disable-next-line no-control-regex
  const plain = message.replace(/\u001b\[[0-9;]*m/g, '');
  return plain
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, count)
    .join(' | ');
}
