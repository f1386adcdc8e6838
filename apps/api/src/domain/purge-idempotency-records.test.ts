import { afterEach, describe, expect, it, vi } from 'vitest';
import { idempotencyRecords } from '../db/schema.js';
import { MAINTENANCE_INTERVAL_MS } from '../plugins/maintenance.js';
import { databaseKinds, openTestDatabase, startTestApp, useTestApp } from '../test/test-app.js';
import { IDEMPOTENCY_RETENTION_MS, purgeIdempotencyRecords } from './purge-idempotency-records.js';

const HOUR = 60 * 60 * 1000;

describe.each(databaseKinds)('idempotency record purge on %s', (kind) => {
  const { t } = useTestApp(kind);

  const insert = (key: string, state: 'running' | 'done', ageMs: number) =>
    t.database.db.insert(idempotencyRecords).values({
      scope: 'purge-test',
      key,
      requestHash: 'h',
      state,
      ...(state === 'done' ? { responseStatus: 201, responseBody: { ok: true } } : {}),
      createdAt: new Date(t.clock.now().getTime() - ageMs),
    });
  const keys = async () =>
    (await t.database.db.select({ key: idempotencyRecords.key }).from(idempotencyRecords))
      .map((row) => row.key)
      .sort();

  it('keeps records younger than 48 h, done or running, and purges older ones of both states', async () => {
    expect(IDEMPOTENCY_RETENTION_MS).toBe(48 * HOUR);
    await insert('old-done', 'done', 48 * HOUR + 1000);
    await insert('old-running', 'running', 49 * HOUR);
    await insert('young-done', 'done', 47 * HOUR);
    await insert('young-running', 'running', 60_000);

    expect(await purgeIdempotencyRecords(t.database.db, t.clock.now())).toBe(2);
    expect(await keys()).toEqual(['young-done', 'young-running']);

    t.clock.advance(HOUR + 1000);
    expect(await purgeIdempotencyRecords(t.database.db, t.clock.now())).toBe(1);
    expect(await keys()).toEqual(['young-running']);
    t.clock.advance(48 * HOUR);
    expect(await purgeIdempotencyRecords(t.database.db, t.clock.now())).toBe(1);
    expect(await keys()).toEqual([]);
  });

  it('deletes each record once when several processes purge at the same time', async () => {
    const total = 1234; // more than two batches
    await t.database.db.insert(idempotencyRecords).values(
      Array.from({ length: total }, (_, i) => ({
        scope: 'purge-test',
        key: `bulk-${i}`,
        requestHash: 'h',
        state: 'done',
        createdAt: new Date(t.clock.now().getTime() - 72 * HOUR),
      })),
    );
    await insert('recent', 'done', HOUR);
    const counts = await Promise.all(
      [1, 2, 3].map(() => purgeIdempotencyRecords(t.database.db, t.clock.now())),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(await keys()).toEqual(['recent']);
  });
});

describe.each(databaseKinds)('the maintenance timer on %s', (kind) => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('purges on its interval with the injected clock, and stops when the app closes', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const database = await openTestDatabase(kind);
    try {
      const ctx = await startTestApp(kind, {}, database);
      const record = (key: string, createdAt: Date) => ({
        scope: 'purge-test',
        key,
        requestHash: 'h',
        state: 'done',
        createdAt,
      });
      const now = ctx.clock.now();
      await database.db.insert(idempotencyRecords).values([
        record('stale', new Date(now.getTime() - 50 * HOUR)),
        // stale only by the app's clock, which the test moves on below
        record('stale-later', new Date(now.getTime() - 47 * HOUR)),
      ]);
      ctx.clock.advance(2 * HOUR);
      await vi.advanceTimersByTimeAsync(MAINTENANCE_INTERVAL_MS);
      // closing waits for a purge in progress
      await ctx.close();
      const left = await database.db.select().from(idempotencyRecords);
      expect(left).toEqual([]);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      await database.close();
    }
  });
});
