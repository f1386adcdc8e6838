// The server side of the submit benchmark, in a process of its own so the load generator does not
// share its event loop. Opens the database the parent names, seeds it, creates one visit and
// intake token per planned submission, listens, and tells the parent its port and the tokens.
import type { AddressInfo } from 'node:net';
import { openDatabase } from '../src/db/client.js';
import { createTokens, startServer } from './bench-server.js';

const kind = process.env.BENCH_KIND as 'pglite' | 'postgres';
const handle = await openDatabase(
  kind === 'postgres'
    ? {
        kind: 'postgres',
        url: process.env.BENCH_DATABASE_URL!,
        poolSize: Number(process.env.BENCH_POOL ?? 16),
      }
    : { kind: 'pglite' },
);
const { app } = await startServer(handle);
const tokens = await createTokens(handle, Number(process.env.BENCH_TOKENS ?? 5000));
const { port } = app.server.address() as AddressInfo;
process.send!({ port, tokens });
process.on('message', async (message) => {
  if (message === 'cpu') {
    process.send!(process.cpuUsage());
    return;
  }
  await app.close();
  await handle.close();
  process.exit(0);
});
