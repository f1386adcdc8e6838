// Helpers that walk a visit through the tablet, for the route tests.
import type { App } from '../app.js';
import type { StaffClient } from './test-app.js';

let patients = 0;

export async function createVisit(
  nurse: StaffClient,
  plannedTreatment = 'iv-ketamine',
  birthDate = '1970-05-06',
) {
  patients += 1;
  const response = await nurse.inject('POST', '/api/visits', {
    patient: { givenName: `Pat${patients}`, familyName: 'Test', birthDate },
    plannedTreatment,
  });
  if (response.statusCode !== 201)
    throw new Error(`visit: ${response.statusCode} ${response.body}`);
  return { ...response.json<{ visitId: string; code: string; expiresAt: string }>(), birthDate };
}

export async function startIntake(app: App, code: string, birthDate: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/intake/start',
    payload: { code, birthDate },
  });
  if (response.statusCode !== 200)
    throw new Error(`start: ${response.statusCode} ${response.body}`);
  return response.json<{ intakeToken: string; draft?: { revision: number } }>();
}

export function submit(app: App, token: string, answers: unknown, key = `k-${Math.random()}`) {
  return app.inject({
    method: 'POST',
    url: '/api/intake/submit',
    headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
    payload: { answers, language: 'en' },
  });
}

/** A visit, started and submitted with these answers; returns the submission id. */
export async function submitted(app: App, nurse: StaffClient, answers: unknown) {
  const visit = await createVisit(nurse);
  const { intakeToken } = await startIntake(app, visit.code, visit.birthDate);
  const response = await submit(app, intakeToken, answers);
  if (response.statusCode !== 201)
    throw new Error(`submit: ${response.statusCode} ${response.body}`);
  return {
    ...visit,
    intakeToken,
    submissionId: response.json<{ submissionId: string }>().submissionId,
  };
}
