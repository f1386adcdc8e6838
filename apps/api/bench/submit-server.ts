// The server side of the submit benchmark, in processes of its own so the load generator does not
// share their event loops. Opens the database the parent names, seeds it, creates one visit and
// intake token per planned submission, starts BENCH_WORKERS servers sharing one port
// (node:cluster, as API_WORKERS does), and tells the parent the port, the tokens and the pids.
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '../src/db/client.js';
import { createTokens, startServer } from './bench-server.js';

const kind = process.env.BENCH_KIND as 'pglite' | 'postgres';
const workers = Number(process.env.BENCH_WORKERS ?? 1);
const open = () =>
  openDatabase(
    kind === 'postgres'
      ? {
          kind: 'postgres',
          url: process.env.BENCH_DATABASE_URL!,
          poolSize: Number(process.env.BENCH_POOL ?? 16),
        }
      : { kind: 'pglite' },
  );

if (workers > 1 && cluster.isPrimary) {
  const handle = await open();
  const { app } = await startServer(handle); // migrates and seeds once
  const tokens = await createTokens(handle, Number(process.env.BENCH_TOKENS ?? 5000));
  await app.close();
  await handle.close();
  const forked = Array.from({ length: workers }, () => cluster.fork());
  const ports = await Promise.all(
    forked.map(
      (worker) =>
        new Promise<number>((resolve) =>
          worker.once('listening', (address) => resolve(address.port)),
        ),
    ),
  );
  process.send!({ port: ports[0], tokens, pids: forked.map((w) => w.process.pid) });
  process.on('message', () => {
    for (const worker of forked) worker.kill();
    process.exit(0);
  });
} else if (cluster.isWorker) {
  await startServer(await open());
} else {
  const handle = await open();
  const { app } = await startServer(handle);
  const tokens = await createTokens(handle, Number(process.env.BENCH_TOKENS ?? 5000));
  const { port } = app.server.address() as AddressInfo;
  process.send!({ port, tokens, pids: [process.pid] });
  process.on('message', async () => {
    await app.close();
    await handle.close();
    process.exit(0);
  });
}
