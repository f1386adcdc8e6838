// API benchmarks (`pnpm bench`): POST /api/intake/submit throughput and latency with autocannon,
// beside a hello-world route of the same server, and the triage list over 100,000 stored
// submissions. On PGlite always, and on PostgreSQL when DATABASE_URL is set (in a database of its
// own, dropped afterwards). Prints the real figures; targets are for PostgreSQL on 2 cores.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { exampleAnswers } from '@preflight/screening';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';
import { DEMO_PASSWORD } from '../src/seed/seed-demo.js';
import { startServer } from './bench-server.js';

const TRIAGE_ROWS = 100_000;
const WARM_UP_SECONDS = 3;

/** A PostgreSQL database of the bench's own, dropped afterwards. */
async function createBenchDatabase() {
  const adminUrl = process.env.DATABASE_URL!;
  const name = `preflight_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function withDatabase(
  kind: 'pglite' | 'postgres',
  run: (db: DatabaseHandle) => Promise<void>,
) {
  const database = kind === 'postgres' ? await createBenchDatabase() : undefined;
  const handle = await openDatabase(
    database
      ? { kind: 'postgres', url: database.url, poolSize: Number(process.env.BENCH_POOL ?? 16) }
      : { kind: 'pglite' },
  );
  try {
    await run(handle);
  } finally {
    await handle.close();
    await database?.drop();
  }
}

/**
 * CPU seconds used so far (user and kernel) by the given processes, or by every PostgreSQL process
 * of this machine. Kernel time is mostly loopback socket work, which a profile of node cannot show.
 */
function cpuSeconds(which: { pids: number[] } | 'postgres'): { user: number; system: number } {
  let user = 0;
  let system = 0;
  const pids =
    which === 'postgres' ? readdirSync('/proc').filter((name) => /^\d+$/.test(name)) : which.pids;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (which === 'postgres' && !stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      user += Number(fields[11]);
      system += Number(fields[12]);
    } catch {
      // the process ended while we read
    }
  }
  return { user: user / 100, system: system / 100 }; // USER_HZ
}

const fmt = (r: autocannon.Result) =>
  `${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms` +
  (r.non2xx ? `, ${r.non2xx} non-2xx` : '') +
  (r.errors ? `, ${r.errors} errors` : '');

async function benchSubmit(kind: 'pglite' | 'postgres', workers = 1) {
  const runCount = Number(process.env.BENCH_RUNS ?? 1);
  const database = kind === 'postgres' ? await createBenchDatabase() : undefined;
  // The server runs in a child process: autocannon in the same event loop would halve both.
  const child = fork(fileURLToPath(new URL('./submit-server.ts', import.meta.url)), {
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_CPU_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
        : []),
    ],
    env: {
      ...process.env,
      BENCH_KIND: kind,
      BENCH_WORKERS: String(workers),
      BENCH_DATABASE_URL: database?.url ?? '',
      // more than the runs can use: a reused token would be refused (already_submitted)
      BENCH_TOKENS: String((kind === 'postgres' ? 20_000 : 5_000) * (runCount + 1)),
    },
  });
  try {
    type Ready = { port: number; tokens: string[]; pids: number[] };
    const { port, tokens, pids } = await new Promise<Ready>((resolve, reject) => {
      child.once('message', (message) => resolve(message as Ready));
      child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const connections = Number(process.env.BENCH_CONNECTIONS ?? (kind === 'postgres' ? 16 : 4));
    const label = `[${kind}${workers > 1 ? `, ${workers} API processes` : ''}]`;
    const body = JSON.stringify({ answers: exampleAnswers(), language: 'en' });
    let next = 0;
    const submitFor = (seconds: number) =>
      autocannon({
        url: base,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            path: '/api/intake/submit',
            setupRequest: (request) => {
              const i = next++;
              return {
                ...request,
                headers: {
                  'content-type': 'application/json',
                  authorization: `Bearer ${tokens[i % tokens.length]}`,
                  'idempotency-key': `bench-${i}`,
                },
                body,
              };
            },
          },
        ],
      });
    // A server in a clinic is warm: its first seconds (JIT, connections, plans) are not measured.
    await submitFor(WARM_UP_SECONDS);
    console.log(`${label} warmed up with ${WARM_UP_SECONDS} s of submissions, not measured`);
    // This VM gives ±30% between identical runs: BENCH_RUNS repeats the three in the same server,
    // then prints the median run by submissions per second.
    const runs: { rate: number; line: string }[] = [];
    for (let run = 1; run <= runCount; run++) {
      const hello = await autocannon({ url: `${base}/bench/hello`, connections, duration: 5 });
      const commit = await autocannon({
        url: `${base}/bench/commit`,
        method: 'POST',
        connections,
        duration: 5,
      });
      const cpuBefore = { server: cpuSeconds({ pids }), database: cpuSeconds('postgres') };
      const submitted = await submitFor(10);
      const cpuAfter = { server: cpuSeconds({ pids }), database: cpuSeconds('postgres') };
      const perRequest = (which: 'server' | 'database') => {
        const ms = (seconds: number) => ((seconds * 1000) / submitted.requests.total).toFixed(2);
        const user = cpuAfter[which].user - cpuBefore[which].user;
        const system = cpuAfter[which].system - cpuBefore[which].system;
        return `${ms(user + system)} ms (user ${ms(user)}, kernel ${ms(system)})`;
      };
      const runLabel = runCount > 1 ? `${label} run ${run}/${runCount}` : label;
      const lines = [
        `${runLabel} hello world:        ${fmt(hello)}`,
        `${runLabel} one-row commit:     ${fmt(commit)}`,
        `${runLabel} POST intake/submit: ${fmt(submitted)}`,
        `${runLabel} CPU per submission: server ${perRequest('server')}` +
          (kind === 'postgres' ? `, PostgreSQL ${perRequest('database')}` : ''),
      ];
      for (const line of lines) console.log(line);
      runs.push({ rate: submitted.requests.average, line: lines[2]! });
    }
    if (runCount > 1) {
      runs.sort((a, b) => a.rate - b.rate);
      const median = runs[Math.floor(runCount / 2)]!.line.replace(/ run \d+\/\d+/, '');
      console.log(median.replace('POST intake/submit:', `median of ${runCount} runs, submit:`));
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (child.connected) child.send('stop');
    else child.kill();
    await exited;
    await database?.drop();
  }
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function benchTriage(kind: 'pglite' | 'postgres') {
  await withDatabase(kind, async (handle) => {
    const { app, base } = await startServer(handle);
    const started = Date.now();
    // 100,000 submissions: 80% signed off (history), 20% in the queue, spread over the groups.
    await handle.db.execute(sql`
      with v as (
        insert into visits (site_id, given_name, family_name, birth_date, planned_treatment, status, created_at, updated_at)
        select (select id from sites limit 1), 'Bench', 'P' || g, '1960-01-01', 'iv-ketamine', 'submitted', now(), now()
        from generate_series(1, ${TRIAGE_ROWS}) g returning id
      )
      insert into submissions (visit_id, site_id, status, answers, language, questionnaire_version, submitted_at, updated_at,
        current_evaluation_id, triage_group, open_urgent, open_review, open_info, highest_open_severity)
      select id, (select id from sites limit 1),
        case when random() < 0.8 then 'signed_off' else (array['submitted','in_review','ready_for_signoff'])[1 + floor(random()*3)::int] end,
        '{}'::jsonb, 'en', '1.0.0', now() - (random() * interval '30 days'), now(), gen_random_uuid(),
        g.grp, (g.grp = 0)::int, (g.grp = 1)::int, 1,
        case g.grp when 0 then 'urgent' when 1 then 'review' else 'info' end
      from (select id, (case when random() < 0.05 then 0 when random() < 0.15 then 1 else 2 end) as grp from v) g`);
    await handle.db.execute(sql`analyze`);
    const loadSeconds = ((Date.now() - started) / 1000).toFixed(1);
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nurse@demo.preflight', password: DEMO_PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    for (const query of ['', '?severity=urgent', '?status=signed_off']) {
      const times: number[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 300; i++) {
        const url = `${base}/api/submissions${query}${cursor && i % 3 ? `${query ? '&' : '?'}cursor=${cursor}` : ''}`;
        const t0 = performance.now();
        const response = await fetch(url, { headers: { cookie } });
        const page = (await response.json()) as { nextCursor: string | null };
        times.push(performance.now() - t0);
        if (response.status !== 200) throw new Error(`triage list: ${response.status}`);
        cursor = page.nextCursor;
      }
      times.sort((a, b) => a - b);
      console.log(
        `[${kind}] GET /api/submissions${query || ' (default queue)'} over ${TRIAGE_ROWS} stored (loaded in ${loadSeconds} s): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`,
      );
    }
    await app.close();
  });
}

// BENCH_ONLY=submit|triage, BENCH_DB=pglite|postgres, BENCH_RUNS, BENCH_CONNECTIONS, BENCH_POOL and
// BENCH_WORKERS vary a run.
const kinds = (
  process.env.DATABASE_URL ? (['pglite', 'postgres'] as const) : (['pglite'] as const)
).filter((kind) => !process.env.BENCH_DB || process.env.BENCH_DB === kind);
for (const kind of kinds) {
  if (process.env.BENCH_ONLY !== 'triage') {
    await benchSubmit(kind);
    // The API is stateless: on PostgreSQL one process per core shares the port (API_WORKERS).
    if (kind === 'postgres') await benchSubmit(kind, Number(process.env.BENCH_WORKERS ?? 2));
  }
  if (process.env.BENCH_ONLY !== 'submit') await benchTriage(kind);
}
if (!process.env.DATABASE_URL) console.log('Set DATABASE_URL to also measure PostgreSQL.');
