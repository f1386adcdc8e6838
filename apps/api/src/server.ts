// Starts Preflight: one port, API plus both web apps. With PostgreSQL and API_WORKERS > 1 the
// port is shared by several processes (node:cluster): the API keeps nothing in process memory.
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { buildApp } from './app.js';
import { loadConfig, type Config } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/client.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { systemClock } from './lib/clock.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './seed/seed-demo.js';

async function open(config: Config): Promise<DatabaseHandle> {
  try {
    return await openDatabase(config.database);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

function banner(config: Config, kind: DatabaseHandle['kind'], https: boolean) {
  const base = `${https ? 'https' : 'http'}://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.PORT}`;
  const workers = config.API_WORKERS > 1 ? `, ${config.API_WORKERS} API processes` : '';
  const lines = [
    '',
    `  Preflight is running (${kind === 'pglite' ? `embedded database in ${config.DATA_DIR}` : 'PostgreSQL'}${workers})`,
    `  Patient tablet:  ${base}/`,
    `  Staff app:       ${base}/staff/`,
    `  API docs:        ${base}/api/docs`,
  ];
  if (config.demo) {
    lines.push('', `  Demo sign-ins (password ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS)
      lines.push(`    ${account.roles.join('+').padEnd(10)} ${account.email}`);
    if (kind === 'pglite') {
      lines.push(
        '',
        '  Note: the embedded database does not flush to disk on every commit; use DATABASE_URL in production.',
      );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

/** Migrates and seeds once, then forks the workers and replaces any that dies. */
async function runPrimary(config: Config) {
  const database = await open(config);
  if (config.demo) await seedDemo(database.db, systemClock.now());
  await database.close();
  let stopping = false;
  let listening = 0;
  cluster.on('listening', () => {
    listening += 1;
    if (listening === config.API_WORKERS)
      banner(config, 'postgres', Boolean(config.TLS_CERT_FILE && config.TLS_KEY_FILE));
  });
  cluster.on('exit', (worker, code) => {
    if (stopping) return;
    // after a pause, so a worker that cannot start (database down) does not fork in a tight loop
    console.error(`API process ${worker.process.pid} exited (${code}); starting another in 1 s`);
    setTimeout(() => {
      if (!stopping) cluster.fork();
    }, 1000);
  });
  for (let i = 0; i < config.API_WORKERS; i++) cluster.fork();
  const shutdown = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

async function runServer(config: Config, isWorker: boolean) {
  const database = await open(config);
  const https =
    config.TLS_CERT_FILE && config.TLS_KEY_FILE
      ? { cert: readFileSync(config.TLS_CERT_FILE), key: readFileSync(config.TLS_KEY_FILE) }
      : undefined;
  const app = await buildApp({ config, database, clock: systemClock, ...(https ? { https } : {}) });
  if (config.demo && !isWorker) await seedDemo(database.db, systemClock.now());

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.PORT, host: config.host });
  if (!isWorker) banner(config, database.kind, Boolean(https));
}

async function main() {
  const config = loadConfig();
  if (config.API_WORKERS > 1 && config.database.kind === 'pglite') {
    console.error(
      'API_WORKERS > 1 needs PostgreSQL (DATABASE_URL): the embedded database serves one process.',
    );
    process.exit(1);
  }
  if (cluster.isPrimary && config.API_WORKERS > 1) await runPrimary(config);
  else await runServer(config, cluster.isWorker);
}

main().catch((error: unknown) => {
  console.error('Preflight failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
