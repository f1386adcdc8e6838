import { describe, expect, it } from 'vitest';
import { AUTOSAVE_RETRY_MS, MAX_STALE_RETRIES, REQUEST_TIMEOUT_MS } from './constants';
import { IntakeRequestError } from './failures';
import { selectCurrentStep, selectDraftStatus, selectScreen } from './selectors';
import {
  BASE_ANSWERS,
  type Harness,
  advance,
  flush,
  hang,
  httpError,
  networkError,
  startAnswering,
  walkToReview,
  useFakeTimersPerTest,
} from './test-fixtures';

useFakeTimersPerTest();

const revisions = (h: Harness) => h.services.saveDraft.mock.calls.map(([input]) => input.revision);

describe('draft autosave', () => {
  it('each NEXT saves the draft with revisions 1, 2, 3… and the step reached', async () => {
    const h = await startAnswering();
    await walkToReview(h);
    expect(revisions(h)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const calls = h.services.saveDraft.mock.calls.map(([input]) => input);
    expect(calls[0]).toMatchObject({
      intakeToken: 'token-1',
      step: 'about.pregnancy',
      answers: { about: BASE_ANSWERS.about },
      language: 'en',
    });
    expect(calls[7]).toMatchObject({ step: 'review', answers: BASE_ANSWERS });
    expect(h.snap().context.lastSavedRevision).toBe(8);
    expect(selectDraftStatus(h.snap())).toBe('idle');
  });

  it('a NEXT the flow does not take (on the review) saves no draft', async () => {
    const h = await startAnswering();
    await walkToReview(h);
    const saves = h.services.saveDraft.mock.calls.length;
    h.actor.send({ type: 'NEXT', answers: { about: { pregnant: 'yes' } } });
    await flush();
    expect(h.services.saveDraft.mock.calls.length).toBe(saves);
    expect(h.snap().context.answers).toMatchObject(BASE_ANSWERS);
  });

  it('NEXT during a save saves again afterwards (latest answers, next revision)', async () => {
    const h = await startAnswering();
    h.actor.send({ type: 'NEXT', answers: { about: { pregnant: 'no' } } });
    expect(selectDraftStatus(h.snap())).toBe('saving');
    h.actor.send({ type: 'NEXT' });
    h.actor.send({ type: 'NEXT' });
    await flush();
    expect(revisions(h)).toEqual([1, 2]);
    // the two NEXTs during the first save make one more save, of where the patient is now
    expect(h.services.saveDraft.mock.calls[1]?.[0].step).toBe('health.history');
  });

  it('a failed autosave does not block the patient; it is retried at the next step or after a while', async () => {
    const h = await startAnswering();
    h.services.saveDraft
      .mockRejectedValueOnce(networkError())
      .mockRejectedValueOnce(httpError(503));
    h.actor.send({ type: 'NEXT', answers: { about: { pregnant: 'no' } } });
    await flush();
    expect(selectCurrentStep(h.snap())?.id).toBe('about.pregnancy');
    expect(selectDraftStatus(h.snap())).toBe('retrying');
    h.actor.send({ type: 'NEXT', answers: { about: { breastfeeding: 'no' } } });
    await flush();
    expect(selectCurrentStep(h.snap())?.id).toBe('cardio.history');
    expect(h.snap().context.answers).toEqual({ about: { pregnant: 'no', breastfeeding: 'no' } });
    expect(revisions(h)).toEqual([1, 2]); // a retry never reuses a revision
    await advance(AUTOSAVE_RETRY_MS);
    expect(revisions(h)).toEqual([1, 2, 3]);
    expect(h.services.saveDraft.mock.calls[2]?.[0]).toMatchObject({
      step: 'cardio.history',
      answers: { about: { pregnant: 'no', breastfeeding: 'no' } },
    });
    expect(selectDraftStatus(h.snap())).toBe('idle');
    expect(h.snap().context.lastSavedRevision).toBe(3);
  });

  it('a hung save times out into a retry, and the walk goes on to review and submit', async () => {
    const h = await startAnswering();
    h.services.saveDraft.mockImplementation(() => hang());
    h.actor.send({ type: 'NEXT' });
    await advance(REQUEST_TIMEOUT_MS);
    expect(selectDraftStatus(h.snap())).toBe('retrying');
    await walkToReview(h);
    h.actor.send({ type: 'SUBMIT' });
    await flush();
    expect(selectScreen(h.snap())).toBe('done');
  });

  it('409 stale_revision with the server revision: re-saves just past it', async () => {
    const h = await startAnswering();
    h.services.saveDraft.mockRejectedValueOnce(
      new IntakeRequestError(409, 'stale_revision', { currentRevision: 10 }),
    );
    h.actor.send({ type: 'NEXT' });
    await flush();
    expect(revisions(h)).toEqual([1, 11]);
    h.actor.send({ type: 'NEXT' });
    await flush();
    expect(revisions(h)).toEqual([1, 11, 12]);
  });

  it('409 stale_revision without it: re-saves at once with growing leaps, then backs off', async () => {
    const h = await startAnswering();
    h.services.saveDraft.mockRejectedValue(httpError(409, 'stale_revision'));
    h.actor.send({ type: 'NEXT' });
    await flush();
    // 1, then +1, +2, +4, +8, +16
    expect(revisions(h)).toEqual([1, 2, 4, 8, 16, 32]);
    expect(revisions(h)).toHaveLength(MAX_STALE_RETRIES + 1);
    expect(selectDraftStatus(h.snap())).toBe('retrying');
    h.services.saveDraft.mockResolvedValue({});
    await advance(AUTOSAVE_RETRY_MS);
    expect(revisions(h).at(-1)).toBe(33);
    expect(selectDraftStatus(h.snap())).toBe('idle');
    expect(h.snap().context.staleRetries).toBe(0);
  });
});
