// Runs a whole visit through the API with the logger at trace level writing to memory, then looks
// for every secret and every piece of patient data in what was logged: none may appear.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app.js';
import { loadConfig } from '../config.js';
import type { DatabaseHandle } from '../db/client.js';
import { ManualClock } from '../lib/clock.js';
import { loggerOptions } from '../lib/logger.js';
import { DEMO_PASSWORD, seedDemo } from '../seed/seed-demo.js';
import { exampleAnswers } from '../test/answers.js';
import { databaseKinds, openTestDatabase } from '../test/test-app.js';

const patient = { givenName: 'Zephyrine', familyName: 'Quillfeather', birthDate: '1977-07-17' };
const ANSWER_VALUE = 'Quokkaberry pollen';
// An unrecognised medication: its flag's key carries the name, and the key travels in a path.
const TYPED_MEDICATION = 'Zorblaxitol';

describe.each(databaseKinds)('logs on %s', (kind) => {
  let database: DatabaseHandle;
  let app: App;
  const lines: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const clock = new ManualClock();
    await seedDemo(database.db, clock.now());
    const config = loadConfig({
      NODE_ENV: 'test',
      WEB_INTAKE_DIR: '/nonexistent',
      WEB_STAFF_DIR: '/nonexistent',
    });
    const options = loggerOptions('trace') as Record<string, unknown>;
    app = await buildApp({
      config,
      database,
      clock,
      logger: { ...options, stream: { write: (line: string) => void lines.push(line) } },
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('never contain names, birth dates, answers, passwords, tokens, cookies or codes', async () => {
    const secrets: Record<string, string> = {
      givenName: patient.givenName,
      familyName: patient.familyName,
      birthDate: patient.birthDate,
      password: DEMO_PASSWORD,
      answer: ANSWER_VALUE,
      medication: TYPED_MEDICATION,
    };

    // a failed sign-in first: the typed password must not be logged either
    await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nurse@demo.preflight', password: 'Wrong-Typed-Secret-77' },
    });
    secrets.wrongPassword = 'Wrong-Typed-Secret-77';

    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nurse@demo.preflight', password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const sessionValue = login.cookies[0]!.value;
    const cookie = `${login.cookies[0]!.name}=${sessionValue}`;
    const csrfToken = login.json<{ csrfToken: string }>().csrfToken;
    secrets.session = sessionValue;
    secrets.csrfToken = csrfToken;
    const staff = { cookie, 'x-csrf-token': csrfToken };

    const created = await app.inject({
      method: 'POST',
      url: '/api/visits',
      headers: staff,
      payload: { patient, plannedTreatment: 'iv-ketamine' },
    });
    expect(created.statusCode).toBe(201);
    const { code } = created.json<{ code: string }>();
    secrets.code = code;

    // a wrong birth date, then the right one; the code also travels in a query string
    await app.inject({
      method: 'POST',
      url: '/api/intake/start',
      payload: { code, birthDate: '1977-07-18' },
    });
    await app.inject({ method: 'GET', url: `/?code=${code}` });
    const started = await app.inject({
      method: 'POST',
      url: '/api/intake/start',
      payload: { code, birthDate: patient.birthDate },
    });
    expect(started.statusCode).toBe(200);
    const { intakeToken } = started.json<{ intakeToken: string }>();
    secrets.intakeToken = intakeToken;

    const answers = exampleAnswers();
    const submitted = await app.inject({
      method: 'POST',
      url: '/api/intake/submit',
      headers: { authorization: `Bearer ${intakeToken}`, 'idempotency-key': 'log-test-1' },
      payload: {
        answers: {
          ...answers,
          health: { ...answers.health, otherAllergies: ANSWER_VALUE },
          meds: {
            ...answers.meds,
            takesAny: 'yes',
            list: [{ name: TYPED_MEDICATION }],
          },
          attest: { confirmed: true, name: `${patient.givenName} ${patient.familyName}` },
        },
        language: 'en',
      },
    });
    expect(submitted.statusCode).toBe(201);
    const { submissionId } = submitted.json<{ submissionId: string }>();

    const read = await app.inject({
      method: 'GET',
      url: `/api/submissions/${submissionId}`,
      headers: staff,
    });
    expect(read.statusCode).toBe(200);
    expect(read.body).toContain(ANSWER_VALUE);
    const unrecognised = read
      .json<{ flags: { key: string; evaluationId: string }[] }>()
      .flags.find((flag) => flag.key.toLowerCase().includes(TYPED_MEDICATION.toLowerCase()));
    expect(unrecognised).toBeDefined();
    const acknowledged = await app.inject({
      method: 'POST',
      url: `/api/submissions/${submissionId}/flags/${encodeURIComponent(unrecognised!.key)}/ack`,
      headers: staff,
      payload: { evaluationId: unrecognised!.evaluationId },
    });
    expect(acknowledged.statusCode).toBe(200);

    const logout = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: staff });
    expect(logout.statusCode).toBe(204);

    const log = lines.join('');
    // the logger did run, at trace level, and logged the requests by route
    expect(lines.length).toBeGreaterThan(10);
    expect(log).toContain('/api/intake/submit');
    for (const [what, value] of Object.entries(secrets)) {
      expect(log.includes(value), `${what} appears in the logs`).toBe(false);
      expect(log.toLowerCase().includes(value.toLowerCase()), `${what} (any case)`).toBe(false);
    }
  });
});
