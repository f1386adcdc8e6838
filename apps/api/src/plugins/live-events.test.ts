// Two API processes on one PostgreSQL database share sessions and live events (LISTEN/NOTIFY).
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../db/client.js';
import {
  databaseKinds,
  openTestDatabase,
  logIn,
  startTestApp,
  useTestApp,
  type TestContext,
} from '../test/test-app.js';
import { quietAnswers, urgentAnswers } from '../test/answers.js';
import { createVisit, startIntake, submit, submitted } from '../test/workflow.js';

const adminUrl = process.env.DATABASE_URL;

/** Reads server-sent events from a fetch body until one of `type` arrives (or the timeout). */
async function nextEvent(body: ReadableStream<Uint8Array>, type: string, timeoutMs = 10_000) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error(`no ${type} event within ${timeoutMs} ms`)),
      timeoutMs,
    ).unref(),
  );
  const read = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(
          frame
            .split('\n')
            .filter((line) => !line.startsWith(':') && line.includes(': '))
            .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]),
        );
        if (fields.event === type) return JSON.parse(fields.data!) as Record<string, unknown>;
      }
    }
  })();
  try {
    return await Promise.race([read, timeout]);
  } finally {
    reader.releaseLock();
  }
}

describe.skipIf(!adminUrl)('two API instances on one PostgreSQL database', () => {
  const name = `preflight_test_${randomBytes(6).toString('hex')}`;
  let handles: DatabaseHandle[] = [];
  let one: TestContext;
  let two: TestContext;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    handles = [
      await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 }),
      await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 }),
    ];
    one = await startTestApp('postgres', {}, handles[0]);
    two = await startTestApp('postgres', {}, handles[1]);
    await two.app.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await one?.close();
    await two?.close();
    for (const handle of handles) await handle.close();
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('share sessions: a login on one instance works on the other', async () => {
    const nurse = await logIn(one.app, 'nurse@demo.preflight');
    const me = await two.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: nurse.cookie },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('nurse@demo.preflight');
  });

  it('share events: an urgent submission on one reaches an SSE client of the other', async () => {
    const nurse = await logIn(one.app, 'nurse@demo.preflight');
    const { port } = two.app.server.address() as AddressInfo;
    const controller = new AbortController();
    const stream = await fetch(`http://127.0.0.1:${port}/api/events`, {
      headers: { cookie: nurse.cookie },
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    try {
      const visit = await createVisit(nurse);
      const { intakeToken } = await startIntake(one.app, visit.code, visit.birthDate);
      const [body1, body2] = stream.body!.tee();
      const created = nextEvent(body1, 'submission.created');
      const urgent = nextEvent(body2, 'flag.urgent');
      const response = await submit(one.app, intakeToken, urgentAnswers());
      expect(response.statusCode).toBe(201);
      const { submissionId } = response.json<{ submissionId: string }>();
      expect(await urgent).toMatchObject({ type: 'flag.urgent', submissionId, count: 1 });
      const createdEvent = await created;
      expect(createdEvent).toMatchObject({ submissionId, counts: { urgent: 1 } });
      // ids and counts only
      expect(JSON.stringify(createdEvent)).not.toContain(visit.birthDate);
    } finally {
      controller.abort();
    }
  });
});

describe.each(databaseKinds)('live events on %s', (kind) => {
  const { t } = useTestApp(kind);
  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
  });

  it('alerts staff when a re-measured reading raises an urgent flag', async () => {
    const nurse = await logIn(t.app, 'nurse@demo.preflight');
    const { port } = t.app.server.address() as AddressInfo;
    const controller = new AbortController();
    const stream = await fetch(`http://127.0.0.1:${port}/api/events`, {
      headers: { cookie: nurse.cookie },
      signal: controller.signal,
    });
    try {
      // nothing urgent at submission: the alert below can only come from the staff reading
      const { submissionId } = await submitted(t.app, nurse, quietAnswers());
      const [body1, body2] = stream.body!.tee();
      const urgent = nextEvent(body1, 'flag.urgent');
      const updated = nextEvent(body2, 'submission.updated');
      const reading = { systolic: 200, diastolic: 125, heartRate: 80, arm: 'left' };
      expect(
        (await nurse.inject('POST', `/api/submissions/${submissionId}/vitals`, reading)).statusCode,
      ).toBe(201);
      expect(await urgent).toMatchObject({ submissionId, count: 1 });
      expect(await updated).toMatchObject({
        submissionId,
        status: 'submitted',
        counts: { urgent: 1 },
      });
    } finally {
      controller.abort();
    }
  });
  it('ends a stream once its session has ended, and keeps the others flowing', async () => {
    const leaving = await logIn(t.app, 'nurse@demo.preflight');
    const staying = await logIn(t.app, 'clinician@demo.preflight');
    const { port } = t.app.server.address() as AddressInfo;
    const open = (cookie: string) =>
      fetch(`http://127.0.0.1:${port}/api/events`, { headers: { cookie } });
    const leavingStream = await open(leaving.cookie);
    const stayingStream = await open(staying.cookie);
    expect([leavingStream.status, stayingStream.status]).toEqual([200, 200]);
    try {
      expect((await leaving.inject('POST', '/api/auth/logout')).statusCode).toBe(204);
      await t.app.liveEvents.recheckSessions();

      const reader = leavingStream.body!.getReader();
      let ended = false;
      while (!ended) ended = (await reader.read()).done;

      const nurse = await logIn(t.app, 'nurse@demo.preflight');
      const created = nextEvent(stayingStream.body!, 'submission.created');
      const { submissionId } = await submitted(t.app, nurse, quietAnswers());
      expect(await created).toMatchObject({ submissionId });
    } finally {
      await stayingStream.body?.cancel().catch(() => {});
    }
  });
});

describe.each(databaseKinds)('live events on %s, while the database is not listening', (kind) => {
  let handle: DatabaseHandle;
  let t: TestContext;
  let tellListening: (listening: boolean) => void = () => {};

  beforeAll(async () => {
    const real = await openTestDatabase(kind);
    // What the database handle reports when its LISTEN connection is lost and comes back
    // (client.test.ts shows PostgreSQL doing so).
    handle = {
      ...real,
      listen: (channel, onPayload, onListening) => {
        tellListening = onListening ?? (() => {});
        return real.listen(channel, onPayload);
      },
    };
    t = await startTestApp(kind, {}, handle);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await t?.close();
    await handle?.close();
  });

  it('ends the open streams and refuses new ones until it listens again', async () => {
    const nurse = await logIn(t.app, 'nurse@demo.preflight');
    const { port } = t.app.server.address() as AddressInfo;
    const open = () =>
      fetch(`http://127.0.0.1:${port}/api/events`, { headers: { cookie: nurse.cookie } });
    const stream = await open();
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    await reader.read(); // the "connected" comment

    tellListening(false);
    // The staff screen sees its stream end (it says live updates are lost and reconnects).
    let ended = false;
    while (!ended) ended = (await reader.read()).done;
    const refused = await open();
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      'service_unavailable',
    );

    tellListening(true);
    const again = await open();
    expect(again.status).toBe(200);
    await again.body!.cancel();
  });
});
