import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, useTestApp, startTestApp, type TestContext } from '../test/test-app.js';

const MINUTE = 60_000;

describe.each(databaseKinds)('intake start throttling on %s', (kind) => {
  const env = { INTAKE_START_FAILURES_PER_CODE: '3', INTAKE_START_FAILURES_PER_CLIENT: '6' };
  const { t, logInAgain, nurse } = useTestApp(kind, { env, staff: ['nurse'] });
  // a second API process on the same database
  let other: TestContext;

  const newVisit = async (birthDate: string) =>
    (
      await nurse.inject('POST', '/api/visits', {
        patient: { givenName: 'Tess', familyName: 'Throttle', birthDate },
        plannedTreatment: 'iv-ketamine',
      })
    ).json<{ code: string }>().code;
  const start = (ctx: TestContext, code: string, birthDate: string, remoteAddress: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/intake/start',
      remoteAddress,
      payload: { code, birthDate },
    });

  beforeAll(async () => {
    other = await startTestApp(kind, env, t.database);
  });
  afterAll(async () => other?.close());

  it('stops a code after its failures, on every API process, and answers as for an unknown code', async () => {
    const code = await newVisit('1970-03-03');
    // failures from several tablets (addresses) and both processes all count against the code
    expect((await start(t, code, '1970-03-04', '10.1.0.1')).statusCode).toBe(401);
    expect((await start(other, code, '1970-03-05', '10.1.0.2')).statusCode).toBe(401);
    expect((await start(t, code, '1970-03-06', '10.1.0.3')).statusCode).toBe(401);
    const blocked = await start(other, code, '1970-03-03', '10.1.0.4');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');

    const unknown = 'ZZZ9ZZ';
    for (const address of ['10.1.1.1', '10.1.1.2', '10.1.1.3'])
      await start(t, unknown, '1970-03-03', address);
    const unknownBlocked = await start(t, unknown, '1970-03-03', '10.1.1.4');
    expect(unknownBlocked.statusCode).toBe(blocked.statusCode);
    expect(unknownBlocked.body).toBe(blocked.body);

    // the window passes: the right birth date opens the intake
    t.clock.advance(16 * MINUTE);
    expect((await start(t, code, '1970-03-03', '10.1.0.5')).statusCode).toBe(200);
  });

  it('stops a client address after its failures, whatever the codes', async () => {
    // the clock moved past the idle lock in the test above
    await logInAgain('nurse');
    for (let i = 0; i < 6; i++) {
      const response = await start(t, `QQQQQ${'ABCDEF'[i]}`, '1980-01-01', '10.2.0.1');
      expect(response.statusCode).toBe(401);
    }
    const code = await newVisit('1981-02-02');
    expect((await start(t, code, '1981-02-02', '10.2.0.1')).statusCode).toBe(429);
    expect((await start(t, code, '1981-02-02', '10.2.0.2')).statusCode).toBe(200);
  });

  it('answers a wrong code and a wrong birth date identically', async () => {
    const code = await newVisit('1990-09-09');
    const wrongDate = await start(t, code, '1990-09-10', '10.3.0.1');
    const wrongCode = await start(t, 'YYYYY7', '1990-09-09', '10.3.0.2');
    expect(wrongDate.statusCode).toBe(401);
    expect(wrongCode.statusCode).toBe(401);
    expect(wrongDate.body).toBe(wrongCode.body);
    expect(wrongDate.headers['content-type']).toBe(wrongCode.headers['content-type']);
  });
});
