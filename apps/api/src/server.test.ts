import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';

const serverEntry = new URL('./server.ts', import.meta.url).pathname;

function startPreflight(env: Record<string, string>) {
  const { DATABASE_URL: _ciDatabase, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
    env: {
      ...inherited,
      NODE_ENV: 'development',
      LOG_LEVEL: 'silent',
      WEB_INTAKE_DIR: '/nonexistent',
      WEB_STAFF_DIR: '/nonexistent',
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const printed = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => output.includes(text) && resolve();
      child.stdout.on('data', check);
      void exited.then(() => reject(new Error(`exited before printing "${text}":\n${output}`)));
      check();
    });
  return { child, exited, printed, output: () => output };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('starting Preflight with several API processes', () => {
  it('refuses on the embedded database, which serves one process, and says why', async () => {
    const preflight = startPreflight({
      API_WORKERS: '2',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'preflight-workers-')),
    });
    expect(await preflight.exited).toBe(1);
    expect(preflight.output()).toContain('API_WORKERS > 1 needs PostgreSQL');
  });

  it.runIf(process.env.DATABASE_URL)(
    'serves one port from two processes on PostgreSQL and stops them all on SIGTERM',
    async () => {
      const adminUrl = process.env.DATABASE_URL!;
      const name = `preflight_workers_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      try {
        const url = new URL(adminUrl);
        url.pathname = `/${name}`;
        const port = await freePort();
        const preflight = startPreflight({
          API_WORKERS: '2',
          DATABASE_URL: url.toString(),
          PORT: String(port),
        });
        await preflight.printed('2 API processes');
        for (let i = 0; i < 4; i++) {
          const response = await fetch(`http://127.0.0.1:${port}/api/health`);
          expect(response.status).toBe(200);
        }
        preflight.child.kill('SIGTERM');
        await preflight.exited;
        await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    },
    60_000,
  );
});
