import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  DeviceQueue,
  QUEUE_MAX_AGE_MS,
  openQueueDatabase,
  type QueuedSubmission,
} from './device-queue';

const submission = (key: string): QueuedSubmission => ({
  intakeToken: 'token-secret',
  idempotencyKey: key,
  language: 'es',
  answers: { attest: { confirmed: true, name: 'Rosa Quintero' } },
});

function setup() {
  const factory = new IDBFactory();
  let now = Date.parse('2026-11-25T10:00:00Z');
  const queue = new DeviceQueue(
    () => openQueueDatabase(factory),
    () => now,
  );
  return {
    factory,
    queue,
    advance: (ms: number) => {
      now += ms;
    },
    reopen: () =>
      new DeviceQueue(
        () => openQueueDatabase(factory),
        () => now,
      ),
  };
}

async function rawRecords(factory: IDBFactory): Promise<unknown[]> {
  const db = await openQueueDatabase(factory);
  return new Promise((resolve) => {
    const req = db.transaction('queue').objectStore('queue').getAll();
    req.onsuccess = () => resolve(req.result);
  });
}

async function storedKey(factory: IDBFactory): Promise<CryptoKey> {
  const db = await openQueueDatabase(factory);
  return new Promise((resolve) => {
    const req = db.transaction('keys').objectStore('keys').get('queue-key');
    req.onsuccess = () => resolve(req.result as CryptoKey);
  });
}

describe('device queue', () => {
  it('gives back exactly what was queued, across a reload of the app', async () => {
    const { queue, reopen } = setup();
    await queue.put(submission('key-1'));
    expect(await reopen().read('key-1')).toEqual(submission('key-1'));
  });

  it('stores only ciphertext: no answer, name or token in the record', async () => {
    const { queue, factory } = setup();
    await queue.put(submission('key-1'));
    const [record] = (await rawRecords(factory)) as { data: ArrayBuffer }[];
    const bytes = new TextDecoder().decode(new Uint8Array(record!.data));
    expect(bytes).not.toContain('Rosa');
    expect(bytes).not.toContain('token-secret');
    expect(JSON.stringify(record)).not.toContain('Rosa');
  });

  it('keeps its AES-GCM key as a non-extractable CryptoKey', async () => {
    const { queue, factory } = setup();
    await queue.put(submission('key-1'));
    const key = await storedKey(factory);
    expect(key.algorithm.name).toBe('AES-GCM');
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('lists waiting submissions oldest first, without their content', async () => {
    const { queue, advance } = setup();
    await queue.put(submission('key-1'));
    advance(1000);
    await queue.put(submission('key-2'));
    const list = await queue.list();
    expect(list.map((entry) => entry.idempotencyKey)).toEqual(['key-1', 'key-2']);
    expect(JSON.stringify(list)).not.toContain('Rosa');
  });

  it('deletes a submission once the server confirmed it', async () => {
    const { queue } = setup();
    await queue.put(submission('key-1'));
    await queue.remove('key-1');
    expect(await queue.list()).toEqual([]);
    expect(await queue.read('key-1')).toBeNull();
  });

  it('purges what waited 24 hours, and only that', async () => {
    const { queue, advance } = setup();
    await queue.put(submission('old'));
    advance(QUEUE_MAX_AGE_MS - 60_000);
    await queue.put(submission('recent'));
    advance(60_000);
    expect(await queue.purgeExpired()).toBe(1);
    expect((await queue.list()).map((entry) => entry.idempotencyKey)).toEqual(['recent']);
  });

  it('drops a record it can no longer decrypt (the key was lost)', async () => {
    const { queue, factory } = setup();
    await queue.put(submission('key-1'));
    const db = await openQueueDatabase(factory);
    await new Promise<void>((resolve) => {
      const tx = db.transaction('keys', 'readwrite');
      tx.objectStore('keys').delete('queue-key');
      tx.oncomplete = () => resolve();
    });
    const fresh = new DeviceQueue(() => openQueueDatabase(factory));
    expect(await fresh.read('key-1')).toBeNull();
    expect(await fresh.list()).toEqual([]);
  });
});
