import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { QueueDelivery } from './delivery';
import type { QueuedSubmission } from './device-queue';

function fakeQueue(keys: string[]) {
  const records = new Map(
    keys.map((key, index) => [
      key,
      {
        queuedAt: index,
        submission: {
          intakeToken: 't',
          idempotencyKey: key,
          language: 'en',
          answers: {},
        } as QueuedSubmission,
      },
    ]),
  );
  return {
    records,
    list: async () =>
      [...records.entries()].map(([idempotencyKey, r]) => ({
        idempotencyKey,
        queuedAt: r.queuedAt,
      })),
    read: async (key: string) => records.get(key)?.submission ?? null,
    remove: async (key: string) => {
      records.delete(key);
    },
    purgeExpired: async () => 0,
  };
}

function manualTimers() {
  const timers: { run: () => void; ms: number }[] = [];
  return {
    timers,
    setTimer: (run: () => void, ms: number) => {
      timers.push({ run, ms });
      return timers.length;
    },
    clearTimer: () => {},
  };
}

describe('background delivery of waiting submissions', () => {
  it('sends each waiting submission with its own key and deletes it once confirmed', async () => {
    const queue = fakeQueue(['a', 'b']);
    const sent: string[] = [];
    const delivery = new QueueDelivery({
      queue,
      submit: async (s) => {
        sent.push(s.idempotencyKey);
        return { submissionId: 'x' };
      },
      heldByFlow: () => null,
      ...manualTimers(),
    });
    await delivery.kick();
    expect(sent).toEqual(['a', 'b']);
    expect(queue.records.size).toBe(0);
  });

  it('keeps a submission while the network is down and retries with growing waits', async () => {
    const queue = fakeQueue(['a']);
    const timers = manualTimers();
    let online = false;
    const delivery = new QueueDelivery({
      queue,
      submit: async () => {
        if (!online) throw new TypeError('Failed to fetch');
        return { submissionId: 'x' };
      },
      heldByFlow: () => null,
      ...timers,
    });
    await delivery.kick();
    expect(queue.records.size).toBe(1);
    timers.timers[0]!.run();
    await delivery.kick();
    expect(timers.timers.map((t) => t.ms)).toEqual([2000, 4000]);
    online = true;
    await delivery.kick();
    expect(queue.records.size).toBe(0);
  });

  it('drops a submission the server refuses for good (visit cancelled)', async () => {
    const queue = fakeQueue(['a']);
    const delivery = new QueueDelivery({
      queue,
      submit: async () => {
        throw new ApiError(410, 'visit_cancelled', undefined, undefined);
      },
      heldByFlow: () => null,
      ...manualTimers(),
    });
    await delivery.kick();
    expect(queue.records.size).toBe(0);
  });

  it('leaves alone the submission the intake screen is still sending itself', async () => {
    const queue = fakeQueue(['mine', 'other']);
    const sent: string[] = [];
    const delivery = new QueueDelivery({
      queue,
      submit: async (s) => {
        sent.push(s.idempotencyKey);
      },
      heldByFlow: () => 'mine',
      ...manualTimers(),
    });
    await delivery.kick();
    expect(sent).toEqual(['other']);
    expect([...queue.records.keys()]).toEqual(['mine']);
  });
});
