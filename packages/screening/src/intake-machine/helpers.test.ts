import { describe, expect, it } from 'vitest';
import { IntakeRequestError, lockErrorOf, submitOutcomeOf, toRequestFailure } from './failures';
import { normalizeCode } from './machine';
import { mergeAnswers, progressAt } from './steps';

describe('toRequestFailure', () => {
  it('reads status, code and fields from the object, its error, or body.error', () => {
    expect(
      toRequestFailure(new IntakeRequestError(409, 'stale_revision', { currentRevision: 4 })),
    ).toEqual({
      kind: 'http',
      status: 409,
      code: 'stale_revision',
      currentRevision: 4,
    });
    expect(
      toRequestFailure({
        status: 400,
        error: { code: 'validation_failed', fields: [{ path: 'a.b', message: 'x' }, { nope: 1 }] },
      }),
    ).toEqual({
      kind: 'http',
      status: 400,
      code: 'validation_failed',
      fields: [{ path: 'a.b', message: 'x' }],
    });
    expect(toRequestFailure({ status: 410, body: { error: { code: 'visit_cancelled' } } })).toEqual(
      {
        kind: 'http',
        status: 410,
        code: 'visit_cancelled',
      },
    );
  });

  it('anything without a numeric status is a network failure', () => {
    for (const e of [
      new TypeError('Failed to fetch'),
      { kind: 'network' },
      'x',
      null,
      undefined,
      { status: '500' },
    ]) {
      expect(toRequestFailure(e)).toEqual({ kind: 'network' });
    }
  });
});

describe('outcomes', () => {
  it.each([
    [new TypeError('offline'), 'retry'],
    [{ status: 500 }, 'retry'],
    [{ status: 502 }, 'retry'],
    [{ status: 408 }, 'retry'],
    [{ status: 429, code: 'rate_limited' }, 'retry'],
    [{ status: 409, code: 'conflict' }, 'retry'],
    [{ status: 409, code: 'already_submitted' }, 'end'],
    [{ status: 410, code: 'visit_cancelled' }, 'end'],
    [{ status: 401, code: 'unauthorized' }, 'end'],
    [{ status: 400, code: 'validation_failed' }, 'validation_failed'],
    [{ status: 422, fields: [{ path: 'x', message: 'y' }] }, 'validation_failed'],
    [{ status: 422, code: 'idempotency_key_reused' }, 'rejected'],
    [{ status: 400, code: 'idempotency_key_missing' }, 'rejected'],
    [{ status: 413 }, 'rejected'],
  ])('submit failure %j → %s', (error, kind) => {
    expect(submitOutcomeOf(error).kind).toBe(kind);
  });

  it('lock errors: one generic for refusals, apart for rate limit, network, server', () => {
    expect(lockErrorOf({ status: 401 })).toBe('invalid');
    expect(lockErrorOf({ status: 404 })).toBe('invalid');
    expect(lockErrorOf({ status: 429 })).toBe('rate_limited');
    expect(lockErrorOf({ status: 500 })).toBe('server');
    expect(lockErrorOf(new TypeError('x'))).toBe('network');
  });
});

describe('mergeAnswers', () => {
  it('merges plain objects deeply, replaces arrays and values, removes undefined, never mutates', () => {
    const base = { a: { b: 1, c: [1, 2] }, d: 'x' };
    const out = mergeAnswers(base, { a: { c: [3], e: 2 }, d: undefined, f: { g: 1 } });
    expect(out).toEqual({ a: { b: 1, c: [3], e: 2 }, f: { g: 1 } });
    expect(base).toEqual({ a: { b: 1, c: [1, 2] }, d: 'x' });
  });
  it('keeps what the patch leaves unchanged: untouched parts, and the whole base if nothing changes', () => {
    const base = { a: { b: 1, c: [1, 2] }, d: { e: 'x' } };
    const out = mergeAnswers(base, { a: { b: 2 } });
    expect(out).toEqual({ a: { b: 2, c: [1, 2] }, d: { e: 'x' } });
    expect(out.d).toBe(base.d);
    expect((out.a as { c: unknown }).c).toBe(base.a.c);
    expect(mergeAnswers(base, { a: { b: 1, c: [1, 2], z: undefined }, q: undefined })).toBe(base);
    expect(mergeAnswers(base, { a: { c: [1, 3] } })).not.toBe(base);
  });
  it('a patch for a part that does not exist yet keeps no undefined keys', () => {
    const out = mergeAnswers({}, { a: { b: undefined, c: 1 } });
    expect(out).toStrictEqual({ a: { c: 1 } });
  });
});

describe('normalizeCode', () => {
  it('upper-cases and drops spaces and dashes', () => {
    expect(normalizeCode(' ab-c 234 ')).toBe('ABC234');
  });
});

describe('progressAt', () => {
  // Step b is shown only when a.x is 'yes'.
  const nav = {
    steps: [
      { id: 'a', section: 'about' },
      { id: 'b', section: 'about' },
      { id: 'c', section: 'cardio' },
    ] as const,
    stepApplies: (id: string, answers: unknown) =>
      id !== 'b' || (answers as { a?: { x?: string } }).a?.x === 'yes',
    visit: { plannedTreatment: 'iv-ketamine' },
  };
  it('counts only the steps shown for the answers', () => {
    expect(progressAt(nav, 2, { a: { x: 'no' } })).toEqual({ index: 1, total: 2 });
    expect(progressAt(nav, 2, { a: { x: 'yes' } })).toEqual({ index: 2, total: 3 });
  });
  it('a step not shown for the answers counts the shown steps before it', () => {
    expect(progressAt(nav, 1, { a: { x: 'no' } })).toEqual({ index: 1, total: 2 });
  });
});
