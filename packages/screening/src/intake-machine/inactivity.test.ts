import { describe, expect, it } from 'vitest';
import {
  INACTIVITY_LOCK_MS,
  INACTIVITY_WARNING_MS,
  REQUEST_TIMEOUT_MS,
  REST_MS,
} from './constants';
import {
  selectCurrentStep,
  selectInactivityWarning,
  selectNotice,
  selectResting,
  selectScreen,
  selectLanguage,
} from './selectors';
import {
  BASE_ANSWERS,
  START_OK,
  advance,
  flush,
  hang,
  networkError,
  startAnswering,
  walkToReview,
  useFakeTimersPerTest,
} from './test-fixtures';

useFakeTimersPerTest();

async function answering() {
  const h = await startAnswering();
  h.actor.send({ type: 'NEXT', answers: { about: BASE_ANSWERS.about } });
  await flush();
  return h;
}

describe('inactivity', () => {
  it('warns after 3 minutes without a touch; "I\'m still here" continues where they were', async () => {
    const h = await answering();
    await advance(INACTIVITY_WARNING_MS - 1);
    expect(selectInactivityWarning(h.snap())).toBe(false);
    await advance(1);
    expect(selectInactivityWarning(h.snap())).toBe(true);
    expect(h.snap().matches({ session: { inactivity: 'inactivityWarning' } })).toBe(true);
    expect(selectScreen(h.snap())).toBe('answering');
    await advance(INACTIVITY_LOCK_MS - 1);
    h.actor.send({ type: 'STILL_HERE' });
    expect(selectInactivityWarning(h.snap())).toBe(false);
    expect(selectCurrentStep(h.snap())?.id).toBe('about.pregnancy');
    await advance(INACTIVITY_WARNING_MS - 1); // the full 3 minutes again
    expect(selectScreen(h.snap())).toBe('answering');
    expect(selectInactivityWarning(h.snap())).toBe(false);
    await advance(1);
    expect(selectInactivityWarning(h.snap())).toBe(true);
  });

  it('any touch (ACTIVITY) or answer restarts the 3 minutes', async () => {
    const h = await answering();
    await advance(INACTIVITY_WARNING_MS - 1000);
    h.actor.send({ type: 'ACTIVITY' });
    await advance(INACTIVITY_WARNING_MS - 1000);
    h.actor.send({ type: 'STEP.SAVE', answers: { about: { pregnant: 'no' } } });
    await advance(INACTIVITY_WARNING_MS - 1000);
    h.actor.send({ type: 'NEXT' });
    await advance(INACTIVITY_WARNING_MS - 1000);
    expect(selectInactivityWarning(h.snap())).toBe(false);
    await advance(1000);
    expect(selectInactivityWarning(h.snap())).toBe(true);
    h.actor.send({ type: 'ACTIVITY' }); // a touch on the warning also dismisses it
    expect(selectInactivityWarning(h.snap())).toBe(false);
  });

  it('also applies in review', async () => {
    const h = await answering();
    await walkToReview(h);
    await advance(INACTIVITY_WARNING_MS);
    expect(selectInactivityWarning(h.snap())).toBe(true);
    expect(selectScreen(h.snap())).toBe('review');
  });

  it('60 s after the warning: saves the draft, locks, and wipes the patient', async () => {
    const h = await answering();
    h.actor.send({ type: 'SET_LANGUAGE', language: 'es' });
    h.actor.send({ type: 'STEP.SAVE', answers: { about: { pregnant: 'unsure' } } });
    h.services.saveDraft.mockClear();
    await advance(INACTIVITY_WARNING_MS + INACTIVITY_LOCK_MS);
    expect(h.services.saveDraft).toHaveBeenCalledTimes(1);
    expect(h.services.saveDraft).toHaveBeenCalledWith({
      intakeToken: 'token-1',
      answers: { about: { ...BASE_ANSWERS.about, pregnant: 'unsure' } },
      step: 'about.pregnancy',
      language: 'es',
      revision: 2, // the NEXT saved revision 1
    });
    expect(selectScreen(h.snap())).toBe('timedOut');
    expect(selectNotice(h.snap())).toBe('timed_out');
    expect(h.snap().context.answers).toEqual({});
    expect(h.snap().context.intakeToken).toBeNull();
    expect(h.snap().context.visit).toBeNull();
    expect(selectLanguage(h.snap())).toBe('en');

    // unlocking again resumes from the saved draft
    h.services.startIntake.mockResolvedValueOnce({
      ...START_OK,
      draft: {
        answers: { about: { ...BASE_ANSWERS.about, pregnant: 'unsure' } },
        step: 'about.pregnancy',
        language: 'es',
        revision: 2,
      },
    });
    h.actor.send({ type: 'UNLOCK', code: 'ABC234', birthDate: '1980-02-03' });
    await flush();
    h.actor.send({ type: 'IDENTITY.YES' });
    expect(selectCurrentStep(h.snap())?.id).toBe('about.pregnancy');
    expect(selectLanguage(h.snap())).toBe('es');
    expect(selectNotice(h.snap())).toBeNull();
  });

  it('locks (and wipes) even when that save fails or hangs', async () => {
    const h = await answering();
    h.services.saveDraft.mockRejectedValueOnce(networkError());
    await advance(INACTIVITY_WARNING_MS + INACTIVITY_LOCK_MS);
    expect(selectScreen(h.snap())).toBe('timedOut');
    expect(selectNotice(h.snap())).toBe('timed_out_unsaved');
    expect(h.snap().context.answers).toEqual({});

    const h2 = await answering();
    h2.services.saveDraft.mockImplementationOnce(() => hang());
    await advance(INACTIVITY_WARNING_MS + INACTIVITY_LOCK_MS);
    expect(selectScreen(h2.snap())).toBe('timingOut');
    await advance(REQUEST_TIMEOUT_MS);
    expect(selectScreen(h2.snap())).toBe('timedOut');
    expect(selectNotice(h2.snap())).toBe('timed_out_unsaved');
    h2.actor.send({ type: 'RESET' });
    expect(selectScreen(h2.snap())).toBe('locked');
    expect(selectNotice(h2.snap())).toBeNull();
  });
});

describe('the guided rest before blood-pressure readings', () => {
  async function atVitals() {
    const h = await answering();
    h.actor.send({ type: 'NEXT' }); // → cardio
    h.actor.send({ type: 'NEXT' }); // → health
    h.actor.send({ type: 'NEXT' }); // → vitals
    await flush();
    expect(h.snap().matches({ session: { flow: { answering: { vitals: 'form' } } } })).toBe(true);
    return h;
  }

  it('suspends the inactivity timer for the 5-minute rest, then the rest ends by itself', async () => {
    const h = await atVitals();
    await advance(INACTIVITY_WARNING_MS - 1000); // almost warned before the rest
    h.actor.send({ type: 'REST.START' });
    expect(selectResting(h.snap())).toBe(true);
    expect(h.snap().matches({ session: { inactivity: 'suspended' } })).toBe(true);
    await advance(REST_MS - 1);
    expect(selectResting(h.snap())).toBe(true);
    expect(selectInactivityWarning(h.snap())).toBe(false);
    await advance(1);
    expect(selectResting(h.snap())).toBe(false);
    expect(h.snap().matches({ session: { flow: { answering: { vitals: 'form' } } } })).toBe(true);
    // a fresh 3 minutes from the end of the rest
    await advance(INACTIVITY_WARNING_MS - 1);
    expect(selectInactivityWarning(h.snap())).toBe(false);
    await advance(1);
    expect(selectInactivityWarning(h.snap())).toBe(true);
  });

  it('REST.END ends it early; touches during the rest do not restart the timer', async () => {
    const h = await atVitals();
    h.actor.send({ type: 'REST.START' });
    await advance(60_000);
    h.actor.send({ type: 'ACTIVITY' });
    expect(h.snap().matches({ session: { inactivity: 'suspended' } })).toBe(true);
    await advance(60_000);
    h.actor.send({ type: 'REST.END' });
    expect(selectResting(h.snap())).toBe(false);
    expect(h.snap().matches({ session: { inactivity: 'active' } })).toBe(true);
    await advance(INACTIVITY_WARNING_MS);
    expect(selectInactivityWarning(h.snap())).toBe(true);
  });

  it('leaving the step during the rest resumes the timer; REST.START outside vitals is ignored', async () => {
    const h = await atVitals();
    h.actor.send({ type: 'REST.START' });
    h.actor.send({ type: 'BACK' });
    expect(selectCurrentStep(h.snap())?.section).toBe('health');
    expect(h.snap().matches({ session: { inactivity: 'active' } })).toBe(true);
    h.actor.send({ type: 'REST.START' });
    expect(selectResting(h.snap())).toBe(false);
    expect(h.snap().matches({ session: { inactivity: 'active' } })).toBe(true);
  });
});
