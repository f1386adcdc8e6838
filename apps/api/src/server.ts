// Starts Preflight: one process, one port, API plus both web apps.
import { readFileSync } from 'node:fs';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { systemClock } from './lib/clock.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './seed/seed-demo.js';

async function main() {
  const config = loadConfig();
  let database;
  try {
    database = await openDatabase(config.database);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const https =
    config.TLS_CERT_FILE && config.TLS_KEY_FILE
      ? { cert: readFileSync(config.TLS_CERT_FILE), key: readFileSync(config.TLS_KEY_FILE) }
      : undefined;
  const app = await buildApp({ config, database, clock: systemClock, ...(https ? { https } : {}) });
  if (config.demo) await seedDemo(database.db, systemClock.now());

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.PORT, host: config.host });
  const base = `${https ? 'https' : 'http'}://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.PORT}`;
  const lines = [
    '',
    `  Preflight is running (${database.kind === 'pglite' ? `embedded database in ${config.DATA_DIR}` : 'PostgreSQL'})`,
    `  Patient tablet:  ${base}/`,
    `  Staff app:       ${base}/staff/`,
    `  API docs:        ${base}/api/docs`,
  ];
  if (config.demo) {
    lines.push('', `  Demo sign-ins (password ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS)
      lines.push(`    ${account.roles.join('+').padEnd(10)} ${account.email}`);
    if (database.kind === 'pglite') {
      lines.push(
        '',
        '  Note: the embedded database does not flush to disk on every commit; use DATABASE_URL in production.',
      );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  console.error('Preflight failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
