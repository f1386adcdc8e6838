// Shared fixtures for the intake machine's tests (not exported from the package).
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { createActor } from 'xstate';
import type { SimulatedClock } from 'xstate';
import { IntakeRequestError } from './failures';
import { selectScreen } from './selectors';
import { provideIntakeServices } from './services';
import type {
  IntakeLanguage,
  IntakeMachineInput,
  IntakeServices,
  IntakeStep,
  StartIntakeOutput,
  StepApplies,
} from './types';

export const STEPS: IntakeStep[] = [
  { id: 'about.body', section: 'about' },
  { id: 'about.pregnancy', section: 'about' },
  { id: 'cardio.history', section: 'cardio' },
  { id: 'cardio.bpControlled', section: 'cardio' },
  { id: 'cardio.heartAttackYear', section: 'cardio' },
  { id: 'health.history', section: 'health' },
  { id: 'vitals.readings', section: 'vitals' },
  { id: 'meds.takesAny', section: 'meds' },
  { id: 'meds.list', section: 'meds' },
  { id: 'meds.nasalSprays', section: 'meds' },
  { id: 'mood.phq9', section: 'mood' },
  { id: 'mood.gad7', section: 'mood' },
];

function get(answers: unknown, path: string): unknown {
  let at: unknown = answers;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** The conditions of the fixture's conditional steps (like the questionnaire's). */
export const stepApplies: StepApplies = (stepId, answers, visit) => {
  switch (stepId) {
    case 'cardio.bpControlled':
      return get(answers, 'cardio.highBloodPressure') === 'yes';
    case 'cardio.heartAttackYear':
      return get(answers, 'cardio.heartAttack') === 'yes';
    case 'meds.list':
      return get(answers, 'meds.takesAny') === 'yes';
    case 'meds.nasalSprays':
      return visit.plannedTreatment === 'esketamine-nasal';
    default:
      return true;
  }
};

export const START_OK: StartIntakeOutput = {
  intakeToken: 'token-1',
  visit: { givenName: 'Ana', plannedTreatment: 'iv-ketamine' },
};

export const networkError = () => new TypeError('Failed to fetch');
export const httpError = (status: number, code?: string) => new IntakeRequestError(status, code);

/** Promise that never settles: a request that hangs. */
export const hang = <T>() => new Promise<T>(() => undefined);

function makeServices() {
  return {
    startIntake: vi.fn<IntakeServices['startIntake']>(async () => START_OK),
    saveDraft: vi.fn<IntakeServices['saveDraft']>(async () => ({})),
    submitIntake: vi.fn<IntakeServices['submitIntake']>(async () => ({ submissionId: 'sub-1' })),
    createIdempotencyKey: vi.fn<IntakeServices['createIdempotencyKey']>(async () => 'key-1'),
    queueSubmission: vi.fn<IntakeServices['queueSubmission']>(async () => undefined),
    clearQueuedSubmission: vi.fn<IntakeServices['clearQueuedSubmission']>(async () => undefined),
  };
}

type TestServices = ReturnType<typeof makeServices>;

export function startIntake(
  options: {
    input?: Partial<IntakeMachineInput>;
    services?: TestServices;
    clock?: SimulatedClock;
  } = {},
) {
  const services = options.services ?? makeServices();
  const machine = provideIntakeServices(services);
  const actor = createActor(machine, {
    input: { steps: STEPS, stepApplies, ...options.input },
    ...(options.clock ? { clock: options.clock } : {}),
  });
  actor.start();
  return { actor, services, snap: () => actor.getSnapshot() };
}

/** Every test of the file on fake timers: XState's `after` delays move only when a test says. */
export function useFakeTimersPerTest() {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** Let settled promises (actor results) through, without moving the clock. */
export const flush = () => vi.advanceTimersByTimeAsync(0);
export const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

export type Harness = ReturnType<typeof startIntake>;

/** Unlock and confirm identity: the patient is on their first (or resumed) step. */
export async function unlockAndConfirm(h: Harness) {
  h.actor.send({ type: 'UNLOCK', code: 'abc234', birthDate: '1980-02-03' });
  await flush();
  h.actor.send({ type: 'IDENTITY.YES' });
}

/** A new intake, unlocked and confirmed: the patient is on their first step. */
export async function startAnswering(options?: Parameters<typeof startIntake>[0]) {
  const h = startIntake(options);
  await unlockAndConfirm(h);
  return h;
}

/** Answers that show the conditional steps only where asked. */
export const BASE_ANSWERS = {
  about: { pregnant: 'no', breastfeeding: 'no' },
  cardio: { highBloodPressure: 'no', heartAttack: 'no' },
  health: { glaucoma: 'no' },
  vitals: { readings: [{ systolic: 120, diastolic: 80, heartRate: 70, arm: 'left' }] },
  meds: { takesAny: 'no' },
  mood: { phq9: { q1: 0 } },
};

/** Walk from the current step to review with NEXT, answering each step's section. */
export async function walkToReview(h: Harness, limit = 20) {
  const visited: string[] = [];
  for (let i = 0; i < limit && !h.snap().matches({ session: { flow: 'review' } }); i++) {
    const step = h.snap().context.steps[h.snap().context.stepIndex];
    if (!step) break;
    visited.push(step.id);
    const section = step.section as keyof typeof BASE_ANSWERS;
    h.actor.send({ type: 'NEXT', answers: { [section]: BASE_ANSWERS[section] } });
    await flush();
  }
  return visited;
}

/** The patient has answered every step (BASE_ANSWERS) and is on review, in `language` if given. */
export async function startAtReview(language?: IntakeLanguage) {
  const h = startIntake();
  if (language) h.actor.send({ type: 'SET_LANGUAGE', language });
  await unlockAndConfirm(h);
  await walkToReview(h);
  expect(selectScreen(h.snap())).toBe('review');
  return h;
}
