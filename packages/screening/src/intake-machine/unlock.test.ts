import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { IDENTITY_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from './constants';
import { intakeMachine } from './machine';
import {
  selectGivenName,
  selectLockError,
  selectNotice,
  selectPrefilledCode,
  selectProgress,
  selectCurrentStep,
  selectScreen,
} from './selectors';
import {
  START_OK,
  STEPS,
  advance,
  flush,
  hang,
  httpError,
  networkError,
  startAnswering,
  startIntake,
  stepApplies,
  unlockAndConfirm,
  useFakeTimersPerTest,
} from './test-fixtures';

useFakeTimersPerTest();

describe('locked → unlock', () => {
  it('starts locked, with the QR code prefilled (normalised)', () => {
    const h = startIntake({ input: { code: 'abc-234 ' } });
    expect(h.snap().matches({ locked: 'idle' })).toBe(true);
    expect(selectScreen(h.snap())).toBe('locked');
    expect(selectPrefilledCode(h.snap())).toBe('ABC234');
  });

  it('unlocks with code and birth date, then asks "Are you <first name>?"', async () => {
    const h = startIntake();
    h.actor.send({ type: 'UNLOCK', code: ' abc-234', birthDate: '1980-02-03' });
    expect(selectScreen(h.snap())).toBe('unlocking');
    await flush();
    expect(h.services.startIntake).toHaveBeenCalledWith({
      code: 'ABC234',
      birthDate: '1980-02-03',
    });
    expect(h.snap().value).toBe('confirmIdentity');
    expect(selectGivenName(h.snap())).toBe('Ana');
    expect(h.snap().context.intakeToken).toBe('token-1');
  });

  it('ignores an UNLOCK without code or birth date, and a second UNLOCK while unlocking', async () => {
    const h = startIntake();
    h.actor.send({ type: 'UNLOCK', code: '', birthDate: '1980-02-03' });
    h.actor.send({ type: 'UNLOCK', code: 'ABC234', birthDate: ' ' });
    expect(h.snap().matches({ locked: 'idle' })).toBe(true);
    h.actor.send({ type: 'UNLOCK', code: 'ABC234', birthDate: '1980-02-03' });
    h.actor.send({ type: 'UNLOCK', code: 'ABC234', birthDate: '1980-02-03' });
    await flush();
    expect(h.services.startIntake).toHaveBeenCalledTimes(1);
  });

  it.each([
    [401, 'unauthorized', 'invalid'],
    [400, 'validation_failed', 'invalid'],
    [410, 'visit_cancelled', 'invalid'],
    [429, 'rate_limited', 'rate_limited'],
    [503, undefined, 'server'],
  ] as const)('a %i answer shows the %s lock error as %s', async (status, code, expected) => {
    const h = startIntake();
    h.services.startIntake.mockRejectedValueOnce(httpError(status, code));
    h.actor.send({ type: 'UNLOCK', code: 'ABC234', birthDate: '1980-02-03' });
    await flush();
    expect(h.snap().matches({ locked: 'idle' })).toBe(true);
    expect(selectLockError(h.snap())).toBe(expected);
    expect(h.snap().context.intakeToken).toBeNull();
  });

  it('a network failure is its own error, cleared by the next try', async () => {
    const h = startIntake();
    h.services.startIntake.mockRejectedValueOnce(networkError());
    h.actor.send({ type: 'UNLOCK', code: 'ABC234', birthDate: '1980-02-03' });
    await flush();
    expect(selectLockError(h.snap())).toBe('network');
    h.actor.send({ type: 'UNLOCK', code: 'ABC234', birthDate: '1980-02-03' });
    expect(selectLockError(h.snap())).toBeNull();
    await flush();
    expect(h.snap().value).toBe('confirmIdentity');
  });

  it('a start request that hangs times out as a network error', async () => {
    const h = startIntake();
    h.services.startIntake.mockImplementationOnce(() => hang());
    h.actor.send({ type: 'UNLOCK', code: 'ABC234', birthDate: '1980-02-03' });
    await advance(REQUEST_TIMEOUT_MS - 1);
    expect(selectScreen(h.snap())).toBe('unlocking');
    await advance(1);
    expect(selectLockError(h.snap())).toBe('network');
  });

  it('without provided actors, the defaults reject ("not provided")', async () => {
    const actor = createActor(intakeMachine, { input: { steps: STEPS, stepApplies } });
    actor.start();
    actor.send({ type: 'UNLOCK', code: 'ABC234', birthDate: '1980-02-03' });
    await flush();
    expect(actor.getSnapshot().context.lockError).toBe('network');
  });
});

describe('confirmIdentity', () => {
  it('"No" goes back to the lock with a please-ask-staff notice and forgets the visit', async () => {
    const h = startIntake({ input: { code: 'ABC234' } });
    h.actor.send({ type: 'UNLOCK', code: 'ABC234', birthDate: '1980-02-03' });
    await flush();
    h.actor.send({ type: 'IDENTITY.NO' });
    expect(h.snap().matches({ locked: 'idle' })).toBe(true);
    expect(selectNotice(h.snap())).toBe('ask_staff');
    expect(h.snap().context.intakeToken).toBeNull();
    expect(h.snap().context.visit).toBeNull();
    expect(selectPrefilledCode(h.snap())).toBeNull();
  });

  it('"Yes" without a draft starts at the first step', async () => {
    const h = await startAnswering();
    expect(h.snap().matches({ session: { flow: { answering: 'about' } } })).toBe(true);
    expect(selectCurrentStep(h.snap())).toEqual({ id: 'about.body', section: 'about', index: 0 });
    // 12 steps, 4 hidden for these (empty) answers and an IV visit
    expect(selectProgress(h.snap())).toEqual({ index: 0, total: 8 });
    expect(selectScreen(h.snap())).toBe('answering');
  });

  it('"Yes" with a draft resumes at its step, with its answers, language and revision', async () => {
    const h = startIntake();
    h.services.startIntake.mockResolvedValueOnce({
      ...START_OK,
      draft: {
        answers: { about: { pregnant: 'no' }, cardio: { highBloodPressure: 'yes' } },
        step: 'cardio.bpControlled',
        language: 'es',
        revision: 7,
      },
    });
    await unlockAndConfirm(h);
    expect(selectCurrentStep(h.snap())?.id).toBe('cardio.bpControlled');
    expect(h.snap().context.answers).toEqual({
      about: { pregnant: 'no' },
      cardio: { highBloodPressure: 'yes' },
    });
    expect(h.snap().context.language).toBe('es');
    h.actor.send({ type: 'NEXT' });
    await flush();
    expect(h.services.saveDraft).toHaveBeenCalledWith(
      expect.objectContaining({ revision: 8, step: 'health.history', language: 'es' }),
    );
  });

  it("a language chosen on the lock screen wins over the draft's", async () => {
    const h = startIntake();
    h.services.startIntake.mockResolvedValueOnce({
      ...START_OK,
      draft: { answers: {}, step: 'about.body', language: 'en', revision: 1 },
    });
    h.actor.send({ type: 'SET_LANGUAGE', language: 'es' });
    await unlockAndConfirm(h);
    expect(h.snap().context.language).toBe('es');
  });

  it.each([
    ['review', 'review'],
    ['cardio.bpControlled', 'health.history'], // no longer shown: the next shown step
    ['no.such.step', 'about.body'],
  ])('a draft at %s resumes at %s', async (draftStep, expected) => {
    const h = startIntake();
    h.services.startIntake.mockResolvedValueOnce({
      ...START_OK,
      draft: {
        answers: { cardio: { highBloodPressure: 'no' } },
        step: draftStep,
        language: 'en',
        revision: 2,
      },
    });
    await unlockAndConfirm(h);
    if (expected === 'review') {
      expect(selectScreen(h.snap())).toBe('review');
    } else {
      expect(selectCurrentStep(h.snap())?.id).toBe(expected);
    }
  });

  it('left untouched, it goes back to the lock and forgets the visit', async () => {
    const h = startIntake();
    h.actor.send({ type: 'UNLOCK', code: 'ABC234', birthDate: '1980-02-03' });
    await flush();
    await advance(IDENTITY_TIMEOUT_MS - 1000);
    h.actor.send({ type: 'ACTIVITY' });
    await advance(IDENTITY_TIMEOUT_MS - 1);
    expect(h.snap().value).toBe('confirmIdentity');
    await advance(1);
    expect(h.snap().matches('locked')).toBe(true);
    expect(h.snap().context.intakeToken).toBeNull();
  });
});
