// A submission that could not reach the server waits here until the server confirms it.
// Encrypted with AES-GCM under a non-extractable WebCrypto key that never leaves the browser:
// the key is stored as a CryptoKey object in IndexedDB, so neither script nor a copy of the
// storage can read it out. Records older than 24 hours are purged (the intake token is dead by
// then). Nothing with answers ever goes to localStorage or sessionStorage.
import type { SubmitIntakeInput } from '@preflight/screening/intake-machine';

export type QueuedSubmission = SubmitIntakeInput;

/** What the lock screen may know about a waiting submission: no content. */
export interface QueuedEntry {
  idempotencyKey: string;
  queuedAt: number;
}

interface StoredRecord extends QueuedEntry {
  iv: Uint8Array;
  data: ArrayBuffer;
}

export const QUEUE_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const DB_NAME = 'preflight-intake';
const KEY_STORE = 'keys';
const QUEUE_STORE = 'queue';
const KEY_ID = 'queue-key';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

export function openQueueDatabase(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  const open = factory.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore(KEY_STORE);
    open.result.createObjectStore(QUEUE_STORE, { keyPath: 'idempotencyKey' });
  };
  return request(open);
}

export class DeviceQueue {
  private db: Promise<IDBDatabase> | null = null;
  private key: Promise<CryptoKey> | null = null;

  constructor(
    private readonly open: () => Promise<IDBDatabase> = () => openQueueDatabase(),
    private readonly now: () => number = () => Date.now(),
    private readonly subtle: SubtleCrypto = crypto.subtle,
  ) {}

  private database(): Promise<IDBDatabase> {
    this.db ??= this.open();
    return this.db;
  }

  /** The device's queue key: made once, non-extractable, kept as a CryptoKey in IndexedDB. */
  private cryptoKey(): Promise<CryptoKey> {
    this.key ??= (async () => {
      const db = await this.database();
      const existing = await request<CryptoKey | undefined>(
        db.transaction(KEY_STORE).objectStore(KEY_STORE).get(KEY_ID),
      );
      if (existing) return existing;
      const created = await this.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
        'encrypt',
        'decrypt',
      ]);
      // `add` refuses to overwrite: if another tab made a key meanwhile, use that one.
      const tx = db.transaction(KEY_STORE, 'readwrite');
      tx.objectStore(KEY_STORE).add(created, KEY_ID);
      try {
        await done(tx);
        return created;
      } catch {
        const stored = await request<CryptoKey | undefined>(
          db.transaction(KEY_STORE).objectStore(KEY_STORE).get(KEY_ID),
        );
        if (!stored) throw new Error('device queue key unavailable');
        return stored;
      }
    })();
    this.key.catch(() => {
      this.key = null;
    });
    return this.key;
  }

  async put(submission: QueuedSubmission): Promise<void> {
    const key = await this.cryptoKey();
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const plain = new TextEncoder().encode(JSON.stringify(submission));
    const data = await this.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
    const record: StoredRecord = {
      idempotencyKey: submission.idempotencyKey,
      queuedAt: this.now(),
      iv,
      data,
    };
    const db = await this.database();
    const tx = db.transaction(QUEUE_STORE, 'readwrite');
    tx.objectStore(QUEUE_STORE).put(record);
    await done(tx);
  }

  /** Waiting submissions, oldest first, without their content. */
  async list(): Promise<QueuedEntry[]> {
    const db = await this.database();
    const records = await request<StoredRecord[]>(
      db.transaction(QUEUE_STORE).objectStore(QUEUE_STORE).getAll(),
    );
    return records
      .map(({ idempotencyKey, queuedAt }) => ({ idempotencyKey, queuedAt }))
      .sort((a, b) => a.queuedAt - b.queuedAt);
  }

  /** The decrypted submission; null when absent or unreadable (an unreadable one is dropped). */
  async read(idempotencyKey: string): Promise<QueuedSubmission | null> {
    const db = await this.database();
    const record = await request<StoredRecord | undefined>(
      db.transaction(QUEUE_STORE).objectStore(QUEUE_STORE).get(idempotencyKey),
    );
    if (!record) return null;
    try {
      const key = await this.cryptoKey();
      const plain = await this.subtle.decrypt(
        { name: 'AES-GCM', iv: record.iv as Uint8Array<ArrayBuffer> },
        key,
        record.data,
      );
      return JSON.parse(new TextDecoder().decode(plain)) as QueuedSubmission;
    } catch {
      await this.remove(idempotencyKey);
      return null;
    }
  }

  async remove(idempotencyKey: string): Promise<void> {
    const db = await this.database();
    const tx = db.transaction(QUEUE_STORE, 'readwrite');
    tx.objectStore(QUEUE_STORE).delete(idempotencyKey);
    await done(tx);
  }

  /** Drops what waited more than 24 hours; returns how many. */
  async purgeExpired(): Promise<number> {
    const cutoff = this.now() - QUEUE_MAX_AGE_MS;
    const expired = (await this.list()).filter((entry) => entry.queuedAt <= cutoff);
    for (const entry of expired) await this.remove(entry.idempotencyKey);
    return expired.length;
  }
}
