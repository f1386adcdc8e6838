import { describe, expect, it, vi } from 'vitest';
import { SimulatedClock } from 'xstate';
import { DONE_RESET_MS, REQUEST_TIMEOUT_MS, submitRetryDelay } from './constants';
import { IntakeRequestError } from './failures';
import {
  selectEndReason,
  selectFieldErrors,
  selectLanguage,
  selectOfflineRetry,
  selectScreen,
  selectSubmitError,
} from './selectors';
import {
  BASE_ANSWERS,
  advance,
  flush,
  hang,
  httpError,
  networkError,
  startAtReview,
  startIntake,
  useFakeTimersPerTest,
} from './test-fixtures';

useFakeTimersPerTest();

const ATTEST = { attest: { confirmed: true, name: 'Ana Diaz' } };
const EXPECTED_BODY = {
  intakeToken: 'token-1',
  answers: { ...BASE_ANSWERS, ...ATTEST },
  language: 'es',
  idempotencyKey: 'key-1',
};

/** On review in Spanish, so the submission's language is seen to be the patient's. */
const atReview = () => startAtReview('es');

describe('submitting', () => {
  it('submits once with answers, language and a new idempotency key, then done; resets after 60 s', async () => {
    const h = await atReview();
    h.actor.send({ type: 'SUBMIT', answers: ATTEST });
    expect(selectScreen(h.snap())).toBe('submitting');
    await flush();
    expect(h.services.createIdempotencyKey).toHaveBeenCalledTimes(1);
    expect(h.services.submitIntake).toHaveBeenCalledTimes(1);
    expect(h.services.submitIntake).toHaveBeenCalledWith(EXPECTED_BODY);
    expect(selectScreen(h.snap())).toBe('done');
    // the done screen already holds nothing of the patient, but keeps their language
    expect(h.snap().context.answers).toEqual({});
    expect(h.snap().context.intakeToken).toBeNull();
    expect(h.snap().context.visit).toBeNull();
    expect(selectLanguage(h.snap())).toBe('es');
    expect(h.services.queueSubmission).not.toHaveBeenCalled();
    expect(h.services.clearQueuedSubmission).not.toHaveBeenCalled();
    await advance(DONE_RESET_MS - 1);
    expect(selectScreen(h.snap())).toBe('done');
    await advance(1);
    expect(selectScreen(h.snap())).toBe('locked');
    expect(selectLanguage(h.snap())).toBe('en');
    expect(h.snap().context.submissionId).toBeNull();
  });

  it('done also resets with a SimulatedClock', async () => {
    vi.useRealTimers();
    const clock = new SimulatedClock();
    const h = startIntake({ input: { steps: [] }, clock });
    const settle = async () => {
      for (let i = 0; i < 20; i++) await Promise.resolve();
    };
    h.actor.send({ type: 'UNLOCK', code: 'ABC234', birthDate: '1980-02-03' });
    await settle();
    h.actor.send({ type: 'IDENTITY.YES' });
    h.actor.send({ type: 'SUBMIT' });
    await settle();
    expect(selectScreen(h.snap())).toBe('done');
    clock.increment(DONE_RESET_MS - 1);
    expect(selectScreen(h.snap())).toBe('done');
    clock.increment(1);
    expect(selectScreen(h.snap())).toBe('locked');
  });

  it('a double SUBMIT makes one submission', async () => {
    const h = await atReview();
    h.actor.send({ type: 'SUBMIT' });
    h.actor.send({ type: 'SUBMIT' });
    await flush();
    h.actor.send({ type: 'SUBMIT' });
    await flush();
    expect(h.services.createIdempotencyKey).toHaveBeenCalledTimes(1);
    expect(h.services.submitIntake).toHaveBeenCalledTimes(1);
  });

  it('a network failure queues it on the device and retries with backoff until confirmed, with one key', async () => {
    const h = await atReview();
    h.services.submitIntake
      .mockRejectedValueOnce(networkError())
      .mockRejectedValueOnce(httpError(503))
      .mockRejectedValueOnce(networkError())
      .mockRejectedValueOnce(httpError(409, 'conflict')); // same key still running
    h.actor.send({ type: 'SUBMIT', answers: ATTEST });
    await flush();
    expect(selectScreen(h.snap())).toBe('offlineQueued');
    expect(h.services.queueSubmission).toHaveBeenCalledTimes(1);
    expect(h.services.queueSubmission).toHaveBeenCalledWith(EXPECTED_BODY);
    expect(selectOfflineRetry(h.snap())).toEqual({
      attempt: 0,
      nextDelayMs: 2000,
      sending: false,
      queueFailed: false,
    });
    // the language may change on screen; the queued body does not
    h.actor.send({ type: 'SET_LANGUAGE', language: 'en' });

    const calls = () => h.services.submitIntake.mock.calls.length;
    for (const [delay, expectedCalls] of [
      [2000, 2],
      [4000, 3],
      [8000, 4],
      [16000, 5],
    ] as const) {
      await advance(delay - 1);
      expect(calls()).toBe(expectedCalls - 1);
      await advance(1);
      expect(calls()).toBe(expectedCalls);
    }
    expect(selectScreen(h.snap())).toBe('done');
    expect(h.services.createIdempotencyKey).toHaveBeenCalledTimes(1);
    for (const [body] of h.services.submitIntake.mock.calls) expect(body).toEqual(EXPECTED_BODY);
    expect(h.services.clearQueuedSubmission).toHaveBeenCalledWith({ idempotencyKey: 'key-1' });
    expect(h.services.queueSubmission).toHaveBeenCalledTimes(1);
  });

  it('the backoff doubles up to 60 s; RETRY tries at once', async () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map(submitRetryDelay)).toEqual([
      2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000,
    ]);
    const h = await atReview();
    h.services.submitIntake.mockRejectedValue(networkError());
    h.actor.send({ type: 'SUBMIT' });
    await flush();
    await advance(2000 + 4000 + 8000 + 16000 + 32000);
    expect(h.services.submitIntake).toHaveBeenCalledTimes(6);
    expect(selectOfflineRetry(h.snap())?.nextDelayMs).toBe(60000);
    await advance(60000);
    expect(h.services.submitIntake).toHaveBeenCalledTimes(7);
    h.actor.send({ type: 'RETRY' });
    await flush();
    expect(h.services.submitIntake).toHaveBeenCalledTimes(8);
    h.services.submitIntake.mockResolvedValue({ submissionId: 'sub-1' });
    h.actor.send({ type: 'RETRY' });
    await flush();
    expect(selectScreen(h.snap())).toBe('done');
    const keys = new Set(h.services.submitIntake.mock.calls.map(([b]) => b.idempotencyKey));
    expect([...keys]).toEqual(['key-1']);
  });

  it('a submit that hangs is queued after the request timeout; a hung retry counts as a failure', async () => {
    const h = await atReview();
    h.services.submitIntake
      .mockImplementationOnce(() => hang())
      .mockImplementationOnce(() => hang());
    h.actor.send({ type: 'SUBMIT' });
    await advance(REQUEST_TIMEOUT_MS);
    expect(selectScreen(h.snap())).toBe('offlineQueued');
    await advance(2000);
    expect(selectOfflineRetry(h.snap())?.sending).toBe(true);
    await advance(REQUEST_TIMEOUT_MS);
    expect(selectOfflineRetry(h.snap())).toMatchObject({ attempt: 1, sending: false });
    await advance(4000);
    expect(selectScreen(h.snap())).toBe('done');
  });

  it('a failure to store the queue on the device is shown, and retries still happen', async () => {
    const h = await atReview();
    h.services.submitIntake.mockRejectedValueOnce(networkError());
    h.services.queueSubmission.mockRejectedValueOnce(new Error('quota'));
    h.actor.send({ type: 'SUBMIT' });
    await flush();
    expect(selectOfflineRetry(h.snap())?.queueFailed).toBe(true);
    await advance(2000);
    expect(selectScreen(h.snap())).toBe('done');
    expect(h.services.clearQueuedSubmission).not.toHaveBeenCalled();
  });

  it('410 visit_cancelled: cancelled (see staff), wiped; from the queue, the queued copy is dropped', async () => {
    const h = await atReview();
    h.services.submitIntake
      .mockRejectedValueOnce(networkError())
      .mockRejectedValueOnce(httpError(410, 'visit_cancelled'));
    h.actor.send({ type: 'SUBMIT' });
    await flush();
    await advance(2000);
    expect(selectScreen(h.snap())).toBe('cancelled');
    expect(selectEndReason(h.snap())).toBe('visit_cancelled');
    expect(h.snap().context.answers).toEqual({});
    expect(h.services.clearQueuedSubmission).toHaveBeenCalledWith({ idempotencyKey: 'key-1' });
    await advance(DONE_RESET_MS);
    expect(selectScreen(h.snap())).toBe('locked');
    expect(selectEndReason(h.snap())).toBeNull();
  });

  it.each([
    [httpError(410, 'visit_cancelled'), 'visit_cancelled'],
    [httpError(409, 'already_submitted'), 'already_submitted'],
    [httpError(401, 'unauthorized'), 'unauthorized'],
  ])('a first-try %s ends at cancelled (%s) with nothing queued', async (error, reason) => {
    const h = await atReview();
    h.services.submitIntake.mockRejectedValueOnce(error);
    h.actor.send({ type: 'SUBMIT' });
    await flush();
    expect(selectScreen(h.snap())).toBe('cancelled');
    expect(selectEndReason(h.snap())).toBe(reason);
    expect(h.services.queueSubmission).not.toHaveBeenCalled();
    expect(h.services.clearQueuedSubmission).not.toHaveBeenCalled();
    h.actor.send({ type: 'RESET' });
    expect(selectScreen(h.snap())).toBe('locked');
  });

  it('400 validation_failed: back to review with the field errors; the next SUBMIT uses a new key', async () => {
    const h = await atReview();
    const fields = [{ path: 'mood.phq9.q2', message: 'Required' }];
    h.services.submitIntake.mockRejectedValueOnce(
      new IntakeRequestError(400, 'validation_failed', { fields }),
    );
    h.services.createIdempotencyKey.mockResolvedValueOnce('key-1').mockResolvedValueOnce('key-2');
    h.actor.send({ type: 'SUBMIT' });
    await flush();
    expect(selectScreen(h.snap())).toBe('review');
    expect(selectSubmitError(h.snap())).toBe('validation_failed');
    expect(selectFieldErrors(h.snap())).toEqual(fields);
    expect(h.snap().context.answers).toEqual(BASE_ANSWERS);
    h.actor.send({ type: 'EDIT', section: 'mood' });
    expect(selectFieldErrors(h.snap())).toEqual([]);
    h.actor.send({ type: 'NEXT', answers: { mood: { phq9: { q2: 1 } } } });
    h.actor.send({ type: 'NEXT' });
    expect(selectScreen(h.snap())).toBe('review');
    h.actor.send({ type: 'SUBMIT' });
    await flush();
    expect(selectScreen(h.snap())).toBe('done');
    expect(h.services.submitIntake.mock.calls.map(([b]) => b.idempotencyKey)).toEqual([
      'key-1',
      'key-2',
    ]);
  });

  it('a refusal without fields (e.g. 413) is a generic error back at review', async () => {
    const h = await atReview();
    h.services.submitIntake.mockRejectedValueOnce(httpError(413, 'payload_too_large'));
    h.actor.send({ type: 'SUBMIT' });
    await flush();
    expect(selectScreen(h.snap())).toBe('review');
    expect(selectSubmitError(h.snap())).toBe('rejected');
    expect(selectFieldErrors(h.snap())).toEqual([]);
  });

  it('a validation failure on a queued retry drops the queued copy and goes back to review', async () => {
    const h = await atReview();
    h.services.submitIntake.mockRejectedValueOnce(networkError()).mockRejectedValueOnce(
      new IntakeRequestError(400, 'validation_failed', {
        fields: [{ path: 'vitals.readings[0].systolic', message: 'Out of range' }],
      }),
    );
    h.actor.send({ type: 'SUBMIT' });
    await flush();
    await advance(2000);
    expect(h.services.clearQueuedSubmission).toHaveBeenCalledWith({ idempotencyKey: 'key-1' });
    expect(selectScreen(h.snap())).toBe('review');
    expect(selectFieldErrors(h.snap())).toHaveLength(1);
    expect(h.snap().context.queuedKey).toBeNull();
  });

  it('no idempotency key (the key actor fails): back to review, nothing sent', async () => {
    const h = await atReview();
    h.services.createIdempotencyKey.mockRejectedValueOnce(new Error('no crypto'));
    h.actor.send({ type: 'SUBMIT' });
    await flush();
    expect(selectScreen(h.snap())).toBe('review');
    expect(selectSubmitError(h.snap())).toBe('key_unavailable');
    expect(h.services.submitIntake).not.toHaveBeenCalled();
  });

  it('RESET while queued: staff take the tablet; the patient is wiped, the device copy stays', async () => {
    const h = await atReview();
    h.services.submitIntake.mockRejectedValue(networkError());
    h.actor.send({ type: 'SUBMIT' });
    await flush();
    h.actor.send({ type: 'RESET' });
    expect(selectScreen(h.snap())).toBe('locked');
    expect(h.snap().context.answers).toEqual({});
    expect(h.snap().context.pendingSubmission).toBeNull();
    expect(h.services.clearQueuedSubmission).not.toHaveBeenCalled();
    const callsBefore = h.services.submitIntake.mock.calls.length;
    await advance(120_000);
    expect(h.services.submitIntake.mock.calls.length).toBe(callsBefore);
  });
});
