// `pnpm test`: every check in order, then one summary line. Keeps going after a failure so one
// run shows everything that is red.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
const steps = [
  ['format', 'pnpm', ['exec', 'prettier', '--check', '--log-level', 'warn', '.']],
  ['lint', 'pnpm', ['exec', 'turbo', 'run', 'lint', '--output-logs=errors-only']],
  ['typecheck', 'pnpm', ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only']],
  [
    'unit and API tests',
    'pnpm',
    ['exec', 'turbo', 'run', 'test', '--concurrency=1', '--output-logs=new-only'],
  ],
  ['build', 'pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']],
  ['bundle size', 'node', ['scripts/check-bundle-size.mjs']],
  [
    'end-to-end (Playwright)',
    'pnpm',
    ['--filter', '@preflight/e2e', 'e2e'],
    'e2e/test-results/digest.txt',
  ],
];

const results = [];
for (const [name, command, args, digest] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env });
  const ok = run.status === 0;
  // A step's own one-line-per-failure digest, printed under the summary (CI keeps only the end).
  const why = digest && existsSync(digest) ? readFileSync(digest, 'utf8').trimEnd() : '';
  results.push({ name, ok, why, seconds: ((Date.now() - started) / 1000).toFixed(1) });
}

console.log('\n=== summary ===');
for (const r of results) {
  console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name} (${r.seconds} s)`);
  if (r.why) console.log(r.why.replace(/^/gm, '      '));
}
const failed = results.filter((r) => !r.ok).length;
console.log(
  `database: ${process.env.DATABASE_URL ? 'API tests ran on PGlite and PostgreSQL' : 'API tests ran on PGlite only (set DATABASE_URL to add PostgreSQL)'}`,
);
console.log(`checks: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
