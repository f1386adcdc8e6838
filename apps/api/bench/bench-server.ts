// Shared by the benchmarks: a server on a port of its own over a given database, and intake tokens
// made in bulk (one open visit each) so every benchmarked submission is a first submission.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { runPrepared } from '../src/db/prepared-statement.js';
import { systemClock } from '../src/lib/clock.js';
import { sha256 } from '../src/lib/secrets.js';
import { seedDemo } from '../src/seed/seed-demo.js';

/** One open visit and intake token per submission, inserted in bulk. */
export async function createTokens(handle: DatabaseHandle, count: number): Promise<string[]> {
  const tokens = Array.from({ length: count }, () => randomBytes(24).toString('base64url'));
  const now = new Date();
  const expires = new Date(now.getTime() + 24 * 3600_000);
  for (let i = 0; i < count; i += 2000) {
    const batch = tokens.slice(i, i + 2000).map((t) => sha256(t));
    await handle.db.execute(sql`
      with v as (
        insert into visits (site_id, given_name, family_name, birth_date, planned_treatment, status, created_at, updated_at)
        select (select id from sites limit 1), 'Bench', 'Patient', '1958-04-12', 'esketamine-nasal', 'open', ${now}, ${now}
        from unnest(${sql.raw(`ARRAY[${batch.map((h) => `'${h}'`).join(',')}]`)}::text[]) as h
        returning id
      ), numbered as (select id, row_number() over () as n from v),
      hashes as (select h, row_number() over () as n from unnest(${sql.raw(`ARRAY[${batch.map((h) => `'${h}'`).join(',')}]`)}::text[]) as h)
      insert into intake_tokens (token_hash, visit_id, created_at, expires_at)
      select hashes.h, numbered.id, ${now}, ${expires} from numbered join hashes using (n)`);
  }
  return tokens;
}

export async function startServer(handle: DatabaseHandle) {
  await seedDemo(handle.db, systemClock.now());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WEB_INTAKE_DIR: '/nonexistent',
    WEB_STAFF_DIR: '/nonexistent',
  });
  const app = await buildApp({ config, database: handle, clock: systemClock });
  // Only in the bench: the same server's floors, for comparison. Hello world is the HTTP floor;
  // one row inserted and committed is the floor of any durable write on this database.
  app.get('/bench/hello', async () => ({ hello: 'world' }));
  await handle.db.execute(
    sql`create table if not exists bench_commits (id bigserial primary key, at timestamptz not null)`,
  );
  const insertOneRow = {
    name: 'bench_insert_one_row',
    text: 'insert into bench_commits (at) values ($1)',
  };
  app.post('/bench/commit', async (_request, reply) => {
    await runPrepared(handle.db, insertOneRow, [new Date()]);
    return reply.status(201).send({ stored: true });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { app, base: `http://127.0.0.1:${port}` };
}
