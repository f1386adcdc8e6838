// Housekeeping on a timer: purges idempotency records past their retention. Every API process runs
// it; the purge is safe to run concurrently, so no leader election is needed. The timer does not
// keep the process alive and stops when the app closes.
import fp from 'fastify-plugin';
import { purgeIdempotencyRecords } from '../domain/purge-idempotency-records.js';

export const MAINTENANCE_INTERVAL_MS = 60 * 60 * 1000;

export default fp<{ intervalMs?: number }>(async (fastify, options) => {
  let running: Promise<void> | undefined;
  const runOnce = async () => {
    try {
      const purged = await purgeIdempotencyRecords(fastify.db, fastify.clock.now());
      if (purged > 0) fastify.log.info({ purged }, 'idempotency records purged');
    } catch (error) {
      // A failed purge is retried on the next tick; it must not take the process down.
      fastify.log.warn({ err: error }, 'idempotency purge failed');
    }
  };
  const timer = setInterval(() => {
    // one purge at a time per process, however slow the database
    running ??= runOnce().finally(() => {
      running = undefined;
    });
  }, options.intervalMs ?? MAINTENANCE_INTERVAL_MS);
  timer.unref();

  fastify.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
});
