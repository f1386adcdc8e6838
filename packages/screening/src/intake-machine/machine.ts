// The intake flow (spec: workflow.md, "The intake flow"). Pure: no DOM, no fetch, no timers of its
// own. Side effects are the injected actors below (their defaults reject: "not provided"); time
// is XState's clock (`after` delays), so tests drive it with fake timers or a SimulatedClock.
import { assertEvent, assign, fromPromise, raise, setup, stateIn } from 'xstate';
import {
  AUTOSAVE_RETRY_MS,
  DONE_RESET_MS,
  IDENTITY_TIMEOUT_MS,
  INACTIVITY_LOCK_MS,
  INACTIVITY_WARNING_MS,
  MAX_STALE_RETRIES,
  REQUEST_TIMEOUT_MS,
  REST_MS,
  submitRetryDelay,
} from './constants';
import { isStaleRevision, lockErrorOf, serverRevisionOf, submitOutcomeOf } from './failures';
import {
  REVIEW_STEP,
  asAnswers,
  editTarget,
  mergeAnswers,
  nextShown,
  previousShown,
  resumeIndex,
} from './steps';
import type {
  ClearQueuedSubmissionInput,
  IntakeAnswers,
  IntakeContext,
  IntakeLanguage,
  IntakeMachineEvent,
  IntakeMachineInput,
  IntakeSection,
  QueueSubmissionInput,
  SaveDraftInput,
  StartIntakeInput,
  StartIntakeOutput,
  SubmitIntakeInput,
  SubmitIntakeOutput,
} from './types';

function notProvided(name: string): Promise<never> {
  return Promise.reject(new Error(`intake-machine: the "${name}" actor was not provided`));
}

export function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

function isLanguage(value: unknown): value is IntakeLanguage {
  return value === 'en' || value === 'es';
}

/** Everything about the current patient, back to nothing (language and queue key are apart). */
function wipedPatient(): Pick<
  IntakeContext,
  | 'intakeToken'
  | 'visit'
  | 'draft'
  | 'answers'
  | 'stepIndex'
  | 'editSection'
  | 'revision'
  | 'lastSavedRevision'
  | 'draftDirty'
  | 'staleRetries'
  | 'idempotencyKey'
  | 'pendingSubmission'
  | 'submitError'
  | 'fieldErrors'
  | 'retryAttempt'
  | 'queueFailed'
  | 'prefilledCode'
  | 'lockError'
> {
  return {
    intakeToken: null,
    visit: null,
    draft: null,
    answers: {},
    stepIndex: 0,
    editSection: null,
    revision: 0,
    lastSavedRevision: 0,
    draftDirty: false,
    staleRetries: 0,
    idempotencyKey: null,
    pendingSubmission: null,
    submitError: null,
    fieldErrors: [],
    retryAttempt: 0,
    queueFailed: false,
    prefilledCode: null,
    lockError: null,
  };
}

function draftInput(context: IntakeContext): SaveDraftInput {
  const step = context.steps[context.stepIndex];
  return {
    intakeToken: context.intakeToken ?? '',
    answers: context.answers,
    step: step ? step.id : REVIEW_STEP,
    language: context.language,
    revision: context.revision,
  };
}

/** The frozen body of the submission in progress (set by `preparePayload` before any send). */
function pendingSubmissionOf(context: IntakeContext): SubmitIntakeInput {
  return (
    context.pendingSubmission ?? {
      intakeToken: context.intakeToken ?? '',
      answers: context.answers,
      language: context.language,
      idempotencyKey: context.idempotencyKey ?? '',
    }
  );
}

function eventAnswers(event: IntakeMachineEvent): IntakeAnswers | undefined {
  return event.type === 'STEP.SAVE' || event.type === 'NEXT' || event.type === 'SUBMIT'
    ? event.answers
    : undefined;
}

/** Where NEXT leads with these answers: the step after, or review (also when an edit leaves its section). */
function nextPosition(
  context: IntakeContext,
  answers: IntakeAnswers,
): Pick<IntakeContext, 'stepIndex'> & Partial<Pick<IntakeContext, 'editSection'>> {
  const next = nextShown(context, context.stepIndex, answers);
  const end = context.steps.length;
  const leavingEdit =
    context.editSection !== null &&
    (next === null || context.steps[next]?.section !== context.editSection);
  if (leavingEdit) return { stepIndex: end, editSection: null };
  return { stepIndex: next ?? end };
}

/**
 * A NEXT taken by the flow (answering) saves the draft. Handled by the autosave region itself, in
 * the same step as the flow's (which runs first, so the draft has the new answers and step),
 * rather than by an event the flow raises: one step less inside the patient's tap.
 */
const saveOnNext = {
  NEXT: { guard: stateIn({ session: { flow: 'answering' } }), target: 'saving' },
} as const;

/** Reset the inactivity timer on any patient input. */
const stillActive = { target: 'active', reenter: true } as const;

/** Action and guard params for an invoked actor's failure. */
const errorOf = ({ event }: { event: { error: unknown } }) => ({ error: event.error });

/** The server took the submission (first try or a retry): thank-you screen, nothing kept. */
const onSubmitted = {
  target: '#intake.done',
  actions: [
    {
      type: 'recordSubmitted',
      params: ({ event }: { event: { output: SubmitIntakeOutput } }) => ({ output: event.output }),
    },
    'wipePatient',
  ],
} as const;

/** The visit ended while submitting: the patient is told, and nothing of theirs is kept. */
const onSubmitEnded = {
  guard: { type: 'submitEnded', params: errorOf },
  target: '#intake.cancelled',
  actions: [{ type: 'recordEnd', params: errorOf }, 'wipePatient'],
} as const;

/** The answers were refused for good: back to review with the reasons, via `target`. */
const onSubmitRejected = <T extends string>(target: T) =>
  ({
    target,
    actions: [{ type: 'recordRejection', params: errorOf }, 'toReviewPosition'],
  }) as const;

/**
 * The two closing screens (thanks / please see staff) behave alike: clear a queued copy the server
 * has settled, show the screen, and reset for the next patient after 60 s or on RESET.
 */
const closingScreen = {
  initial: 'checkQueue',
  states: {
    checkQueue: {
      always: [{ guard: 'hasQueuedKey', target: 'clearingQueue' }, { target: 'shown' }],
    },
    clearingQueue: {
      invoke: {
        src: 'clearQueuedSubmission',
        input: ({ context }: { context: IntakeContext }) => ({
          idempotencyKey: context.queuedKey ?? '',
        }),
        onDone: { target: 'shown', actions: 'forgetQueuedKey' },
        onError: { target: 'shown', actions: 'forgetQueuedKey' },
      },
    },
    shown: {},
  },
  after: {
    DONE_RESET: { target: '#intake.locked', actions: ['wipePatient', 'resetForNextPatient'] },
  },
  on: { RESET: { target: '#intake.locked', actions: ['wipePatient', 'resetForNextPatient'] } },
} as const;

export const intakeMachine = setup({
  types: {
    context: {} as IntakeContext,
    events: {} as IntakeMachineEvent,
    input: {} as IntakeMachineInput,
  },
  actors: {
    startIntake: fromPromise<StartIntakeOutput, StartIntakeInput>(() => notProvided('startIntake')),
    saveDraft: fromPromise<unknown, SaveDraftInput>(() => notProvided('saveDraft')),
    submitIntake: fromPromise<SubmitIntakeOutput, SubmitIntakeInput>(() =>
      notProvided('submitIntake'),
    ),
    createIdempotencyKey: fromPromise<string>(() => notProvided('createIdempotencyKey')),
    queueSubmission: fromPromise<unknown, QueueSubmissionInput>(() =>
      notProvided('queueSubmission'),
    ),
    clearQueuedSubmission: fromPromise<unknown, ClearQueuedSubmissionInput>(() =>
      notProvided('clearQueuedSubmission'),
    ),
  },
  delays: {
    INACTIVITY_WARNING: INACTIVITY_WARNING_MS,
    INACTIVITY_LOCK: INACTIVITY_LOCK_MS,
    IDENTITY_TIMEOUT: IDENTITY_TIMEOUT_MS,
    DONE_RESET: DONE_RESET_MS,
    REST: REST_MS,
    REQUEST_TIMEOUT: REQUEST_TIMEOUT_MS,
    AUTOSAVE_RETRY: AUTOSAVE_RETRY_MS,
    SUBMIT_RETRY: ({ context }) => submitRetryDelay(context.retryAttempt),
  },
  guards: {
    hasCredentials: ({ event }) => {
      assertEvent(event, 'UNLOCK');
      return normalizeCode(event.code).length > 0 && event.birthDate.trim().length > 0;
    },
    atReview: ({ context }) => context.stepIndex >= context.steps.length,
    inSection: ({ context }, params: { section: IntakeSection }) =>
      context.steps[context.stepIndex]?.section === params.section,
    canGoBack: ({ context }) =>
      context.editSection !== null ||
      previousShown(context, context.stepIndex, context.answers) !== null,
    editing: ({ context }) => context.editSection !== null,
    hasShownStep: ({ context }) => nextShown(context, -1, context.answers) !== null,
    canEdit: ({ context, event }) => {
      assertEvent(event, 'EDIT');
      return editTarget(context, context.answers, event) !== null;
    },
    hasIdempotencyKey: ({ context }) => context.idempotencyKey !== null,
    hasQueuedKey: ({ context }) => context.queuedKey !== null,
    draftDirty: ({ context }) => context.draftDirty,
    staleRevisionRetry: ({ context }, params: { error: unknown }) =>
      isStaleRevision(params.error) && context.staleRetries < MAX_STALE_RETRIES,
    submitRetryable: (_, params: { error: unknown }) =>
      submitOutcomeOf(params.error).kind === 'retry',
    submitEnded: (_, params: { error: unknown }) => submitOutcomeOf(params.error).kind === 'end',
  },
  actions: {
    clearLockMessages: assign({ lockError: null, notice: null }),
    setLockError: assign((_, params: { error: unknown }) => ({
      lockError: lockErrorOf(params.error),
    })),
    setLockTimeout: assign({ lockError: 'network' }),
    storeStart: assign((_, params: { output: StartIntakeOutput }) => ({
      intakeToken: params.output.intakeToken,
      visit: {
        givenName: params.output.visit.givenName,
        plannedTreatment: params.output.visit.plannedTreatment,
      },
      draft: params.output.draft ?? null,
      prefilledCode: null,
      lockError: null,
      notice: null,
    })),
    resumeDraft: assign(({ context }) => {
      const draft = context.draft;
      const answers = asAnswers(draft?.answers);
      return {
        answers,
        stepIndex: resumeIndex(context, answers, draft?.step),
        revision: draft && Number.isFinite(draft.revision) ? Math.max(0, draft.revision) : 0,
        lastSavedRevision: draft ? draft.revision : 0,
        language:
          !context.languageChosen && isLanguage(draft?.language)
            ? draft.language
            : context.language,
        draft: null,
        editSection: null,
      };
    }),
    wipePatient: assign(() => wipedPatient()),
    /** For the next patient: default language, no notice carried over. */
    resetForNextPatient: assign(({ context }) => ({
      language: context.defaultLanguage,
      languageChosen: false,
      notice: null,
      endReason: null,
      submissionId: null,
    })),
    noticeAskStaff: assign({ notice: 'ask_staff' }),
    noticeTimedOut: assign((_, params: { saved: boolean }) => ({
      notice: params.saved ? ('timed_out' as const) : ('timed_out_unsaved' as const),
    })),
    setLanguage: assign(({ event }) => {
      assertEvent(event, 'SET_LANGUAGE');
      return isLanguage(event.language) ? { language: event.language, languageChosen: true } : {};
    }),
    mergeEventAnswers: assign(({ context, event }) => {
      const patch = eventAnswers(event);
      return patch ? { answers: mergeAnswers(context.answers, patch) } : {};
    }),
    /**
     * NEXT's answers, the step after them, and a draft to save, in one assign: each assign copies
     * the whole snapshot, and this runs inside the patient's tap.
     */
    answerAndGoNext: assign(({ context, event }) => {
      const patch = eventAnswers(event);
      const answers = patch ? mergeAnswers(context.answers, patch) : context.answers;
      return { answers, ...nextPosition(context, answers), draftDirty: true };
    }),
    goBack: assign(({ context }) => {
      const previous = previousShown(context, context.stepIndex, context.answers);
      const leavingEdit =
        context.editSection !== null &&
        (previous === null || context.steps[previous]?.section !== context.editSection);
      if (leavingEdit) return { stepIndex: context.steps.length, editSection: null };
      return { stepIndex: previous ?? context.stepIndex };
    }),
    backFromReview: assign(({ context }) => ({
      stepIndex: previousShown(context, context.steps.length, context.answers) ?? 0,
      editSection: null,
    })),
    startEdit: assign(({ context, event }) => {
      assertEvent(event, 'EDIT');
      const index = editTarget(context, context.answers, event);
      if (index === null) return {};
      return { stepIndex: index, editSection: context.steps[index]?.section ?? null };
    }),
    finishEdit: assign(({ context }) => ({ stepIndex: context.steps.length, editSection: null })),
    // --- autosave
    beginDraftSave: assign(({ context }) => ({
      revision: context.revision + 1,
      draftDirty: false,
    })),
    draftSaved: assign(({ context }, params: { revision: number }) => ({
      lastSavedRevision: Math.max(context.lastSavedRevision, params.revision),
      staleRetries: 0,
    })),
    draftSaveFailed: assign({ draftDirty: true }),
    /** Past the server's revision: to it when known, else leaping further on each conflict. */
    bumpPastServerRevision: assign(({ context }, params: { error: unknown }) => ({
      revision: Math.max(
        context.revision + 2 ** context.staleRetries - 1,
        serverRevisionOf(params.error) ?? 0,
      ),
      staleRetries: context.staleRetries + 1,
      draftDirty: true,
    })),
    // --- inactivity
    suspendInactivity: raise({ type: 'internal.inactivity.suspend' }),
    resumeInactivity: raise({ type: 'internal.inactivity.resume' }),
    // --- submission
    clearSubmitErrors: assign({ submitError: null, fieldErrors: [] }),
    storeIdempotencyKey: assign((_, params: { key: string }) => ({ idempotencyKey: params.key })),
    keyUnavailable: assign({ submitError: 'key_unavailable' }),
    /** Frozen once: every retry sends exactly this body and key. */
    preparePayload: assign(({ context }) => ({
      pendingSubmission: {
        intakeToken: context.intakeToken ?? '',
        answers: context.answers,
        language: context.language,
        idempotencyKey: context.idempotencyKey ?? '',
      },
      retryAttempt: 0,
    })),
    recordSubmitted: assign((_, params: { output: SubmitIntakeOutput }) => ({
      submissionId: params.output.submissionId,
    })),
    /** A definitive refusal: back to review; the next SUBMIT is a new request with a new key. */
    recordRejection: assign((_, params: { error: unknown }) => {
      const outcome = submitOutcomeOf(params.error);
      return {
        submitError:
          outcome.kind === 'validation_failed'
            ? ('validation_failed' as const)
            : ('rejected' as const),
        fieldErrors: outcome.kind === 'validation_failed' ? outcome.fields : [],
        idempotencyKey: null,
        pendingSubmission: null,
        retryAttempt: 0,
      };
    }),
    toReviewPosition: assign(({ context }) => ({
      stepIndex: context.steps.length,
      editSection: null,
    })),
    recordEnd: assign((_, params: { error: unknown }) => {
      const outcome = submitOutcomeOf(params.error);
      return { endReason: outcome.kind === 'end' ? outcome.reason : ('unauthorized' as const) };
    }),
    markQueued: assign(({ context }) => ({
      queuedKey: context.pendingSubmission?.idempotencyKey ?? null,
      queueFailed: false,
    })),
    markQueueFailed: assign({ queueFailed: true }),
    countRetry: assign(({ context }) => ({ retryAttempt: context.retryAttempt + 1 })),
    forgetQueuedKey: assign({ queuedKey: null }),
  },
}).createMachine({
  id: 'intake',
  initial: 'locked',
  context: ({ input }) => ({
    steps: input.steps,
    stepApplies: input.stepApplies,
    defaultLanguage: input.language ?? 'en',
    language: input.language ?? 'en',
    languageChosen: false,
    notice: null,
    queuedKey: null,
    endReason: null,
    submissionId: null,
    ...wipedPatient(),
    prefilledCode: input.code ? normalizeCode(input.code) || null : null,
  }),
  on: {
    SET_LANGUAGE: { actions: 'setLanguage' },
  },
  states: {
    locked: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            UNLOCK: { guard: 'hasCredentials', target: 'unlocking', actions: 'clearLockMessages' },
          },
        },
        unlocking: {
          invoke: {
            src: 'startIntake',
            input: ({ event }) => {
              assertEvent(event, 'UNLOCK');
              return { code: normalizeCode(event.code), birthDate: event.birthDate.trim() };
            },
            onDone: {
              target: '#intake.confirmIdentity',
              actions: { type: 'storeStart', params: ({ event }) => ({ output: event.output }) },
            },
            onError: {
              target: 'idle',
              actions: { type: 'setLockError', params: ({ event }) => ({ error: event.error }) },
            },
          },
          after: { REQUEST_TIMEOUT: { target: 'idle', actions: 'setLockTimeout' } },
        },
      },
    },

    confirmIdentity: {
      on: {
        'IDENTITY.YES': { target: 'session', actions: 'resumeDraft' },
        'IDENTITY.NO': {
          target: 'locked',
          actions: ['wipePatient', 'resetForNextPatient', 'noticeAskStaff'],
        },
        ACTIVITY: { target: 'confirmIdentity', reenter: true },
      },
      after: {
        IDENTITY_TIMEOUT: { target: 'locked', actions: ['wipePatient', 'resetForNextPatient'] },
      },
    },

    session: {
      type: 'parallel',
      states: {
        flow: {
          initial: 'route',
          on: {
            'STEP.SAVE': { actions: 'mergeEventAnswers' },
            // Also here: a region that handles an event hides the root's handler from the others.
            SET_LANGUAGE: { actions: 'setLanguage' },
          },
          states: {
            /** Transient: into the section of the current step, or review. */
            route: {
              always: [
                { guard: 'atReview', target: 'review' },
                {
                  guard: { type: 'inSection', params: { section: 'about' } },
                  target: 'answering.about',
                },
                {
                  guard: { type: 'inSection', params: { section: 'cardio' } },
                  target: 'answering.cardio',
                },
                {
                  guard: { type: 'inSection', params: { section: 'health' } },
                  target: 'answering.health',
                },
                {
                  guard: { type: 'inSection', params: { section: 'vitals' } },
                  target: 'answering.vitals',
                },
                {
                  guard: { type: 'inSection', params: { section: 'meds' } },
                  target: 'answering.meds',
                },
                {
                  guard: { type: 'inSection', params: { section: 'mood' } },
                  target: 'answering.mood',
                },
                { target: 'review' },
              ],
            },
            answering: {
              initial: 'about',
              on: {
                NEXT: {
                  target: 'route',
                  actions: 'answerAndGoNext',
                },
                BACK: { guard: 'canGoBack', target: 'route', actions: 'goBack' },
                REVIEW: { guard: 'editing', target: 'review', actions: 'finishEdit' },
              },
              states: {
                about: {},
                cardio: {},
                health: {},
                vitals: {
                  initial: 'form',
                  states: {
                    form: { on: { 'REST.START': 'resting' } },
                    /** The guided rest before readings: inactivity suspended; the app counts down REST_MS. */
                    resting: {
                      entry: 'suspendInactivity',
                      exit: 'resumeInactivity',
                      after: { REST: 'form' },
                      on: { 'REST.END': 'form' },
                    },
                  },
                },
                meds: {},
                mood: {},
              },
            },
            review: {
              on: {
                EDIT: {
                  guard: 'canEdit',
                  target: 'route',
                  actions: ['clearSubmitErrors', 'startEdit'],
                },
                BACK: { guard: 'hasShownStep', target: 'route', actions: 'backFromReview' },
                SUBMIT: {
                  target: '#intake.submitting',
                  actions: ['mergeEventAnswers', 'clearSubmitErrors'],
                },
              },
            },
          },
        },

        /** Draft autosave: never blocks the flow; failures keep the answers and retry. */
        autosave: {
          initial: 'idle',
          states: {
            idle: { on: saveOnNext },
            saving: {
              entry: 'beginDraftSave',
              invoke: {
                src: 'saveDraft',
                input: ({ context }) => draftInput(context),
                onDone: [
                  {
                    guard: 'draftDirty',
                    target: 'saving',
                    reenter: true,
                    actions: {
                      type: 'draftSaved',
                      params: ({ context }) => ({ revision: context.revision }),
                    },
                  },
                  {
                    target: 'idle',
                    actions: {
                      type: 'draftSaved',
                      params: ({ context }) => ({ revision: context.revision }),
                    },
                  },
                ],
                onError: [
                  {
                    guard: {
                      type: 'staleRevisionRetry',
                      params: ({ event }) => ({ error: event.error }),
                    },
                    target: 'saving',
                    reenter: true,
                    actions: {
                      type: 'bumpPastServerRevision',
                      params: ({ event }) => ({ error: event.error }),
                    },
                  },
                  { target: 'retrying', actions: 'draftSaveFailed' },
                ],
              },
              after: { REQUEST_TIMEOUT: { target: 'retrying', actions: 'draftSaveFailed' } },
            },
            retrying: {
              after: { AUTOSAVE_RETRY: 'saving' },
              on: saveOnNext,
            },
          },
        },

        /** 3 min without a touch: warning; 60 s more: save the draft and lock. */
        inactivity: {
          initial: 'active',
          states: {
            active: {
              after: { INACTIVITY_WARNING: 'inactivityWarning' },
              on: {
                ACTIVITY: stillActive,
                STILL_HERE: stillActive,
                NEXT: stillActive,
                BACK: stillActive,
                'STEP.SAVE': stillActive,
                SET_LANGUAGE: stillActive,
                EDIT: stillActive,
                REVIEW: stillActive,
                'REST.START': stillActive,
                'REST.END': stillActive,
                'internal.inactivity.suspend': 'suspended',
              },
            },
            inactivityWarning: {
              after: { INACTIVITY_LOCK: '#intake.timingOut' },
              on: {
                ACTIVITY: 'active',
                STILL_HERE: 'active',
                NEXT: 'active',
                BACK: 'active',
                'STEP.SAVE': 'active',
                SET_LANGUAGE: 'active',
                EDIT: 'active',
                REVIEW: 'active',
                'REST.START': 'active',
                'REST.END': 'active',
                'internal.inactivity.suspend': 'suspended',
              },
            },
            suspended: {
              on: { 'internal.inactivity.resume': 'active' },
            },
          },
        },
      },
    },

    /** Inactivity lock: save the draft (bounded wait), then wipe. The screen shows nothing personal. */
    timingOut: {
      entry: 'beginDraftSave',
      invoke: {
        src: 'saveDraft',
        input: ({ context }) => draftInput(context),
        onDone: {
          target: 'timedOut',
          actions: [
            'wipePatient',
            'resetForNextPatient',
            { type: 'noticeTimedOut', params: { saved: true } },
          ],
        },
        onError: [
          {
            guard: { type: 'staleRevisionRetry', params: ({ event }) => ({ error: event.error }) },
            target: 'timingOut',
            reenter: true,
            actions: {
              type: 'bumpPastServerRevision',
              params: ({ event }) => ({ error: event.error }),
            },
          },
          {
            target: 'timedOut',
            actions: [
              'wipePatient',
              'resetForNextPatient',
              { type: 'noticeTimedOut', params: { saved: false } },
            ],
          },
        ],
      },
      after: {
        REQUEST_TIMEOUT: {
          target: 'timedOut',
          actions: [
            'wipePatient',
            'resetForNextPatient',
            { type: 'noticeTimedOut', params: { saved: false } },
          ],
        },
      },
    },

    /** The lock screen after inactivity (with its notice): unlock again to resume the draft. */
    timedOut: {
      on: {
        UNLOCK: {
          guard: 'hasCredentials',
          target: '#intake.locked.unlocking',
          actions: 'clearLockMessages',
        },
        RESET: { target: 'locked', actions: ['wipePatient', 'resetForNextPatient'] },
      },
    },

    submitting: {
      initial: 'checkKey',
      states: {
        checkKey: {
          always: [
            { guard: 'hasIdempotencyKey', target: 'sending', actions: 'preparePayload' },
            { target: 'creatingKey' },
          ],
        },
        /** The key is made once per submission and kept across every retry. */
        creatingKey: {
          invoke: {
            src: 'createIdempotencyKey',
            onDone: {
              target: 'sending',
              actions: [
                { type: 'storeIdempotencyKey', params: ({ event }) => ({ key: event.output }) },
                'preparePayload',
              ],
            },
            onError: { target: '#intake.session', actions: ['keyUnavailable', 'toReviewPosition'] },
          },
        },
        sending: {
          invoke: {
            src: 'submitIntake',
            input: ({ context }) => pendingSubmissionOf(context),
            onDone: onSubmitted,
            onError: [
              {
                guard: { type: 'submitRetryable', params: errorOf },
                target: '#intake.offlineQueued',
              },
              onSubmitEnded,
              onSubmitRejected('#intake.session'),
            ],
          },
          after: { REQUEST_TIMEOUT: '#intake.offlineQueued' },
        },
      },
    },

    /** The submission waits on the device (encrypted by the app) and is retried with backoff. */
    offlineQueued: {
      initial: 'queueing',
      states: {
        queueing: {
          invoke: {
            src: 'queueSubmission',
            input: ({ context }) => pendingSubmissionOf(context),
            onDone: { target: 'waiting', actions: 'markQueued' },
            onError: { target: 'waiting', actions: 'markQueueFailed' },
          },
        },
        waiting: {
          after: { SUBMIT_RETRY: 'retrying' },
          on: { RETRY: 'retrying' },
        },
        retrying: {
          invoke: {
            src: 'submitIntake',
            input: ({ context }) => pendingSubmissionOf(context),
            onDone: onSubmitted,
            onError: [
              {
                guard: { type: 'submitRetryable', params: errorOf },
                target: 'waiting',
                actions: 'countRetry',
              },
              onSubmitEnded,
              onSubmitRejected('#intake.discardingQueue'),
            ],
          },
          after: { REQUEST_TIMEOUT: { target: 'waiting', actions: 'countRetry' } },
        },
      },
      on: {
        // Staff need the tablet: the queued copy stays on the device for the app to deliver.
        RESET: {
          target: 'locked',
          actions: ['wipePatient', 'resetForNextPatient', 'forgetQueuedKey'],
        },
      },
    },

    /** A queued submission was refused for good: drop it from the device, then back to review. */
    discardingQueue: {
      invoke: {
        src: 'clearQueuedSubmission',
        input: ({ context }) => ({ idempotencyKey: context.queuedKey ?? '' }),
        onDone: { target: 'session', actions: 'forgetQueuedKey' },
        onError: { target: 'session', actions: 'forgetQueuedKey' },
      },
    },

    /** Thanks, hand the tablet back, crisis resources; the patient is already wiped. */
    done: closingScreen,

    /** Visit cancelled (410), already submitted, or token refused: please see staff. */
    cancelled: closingScreen,
  },
});

export type IntakeMachine = typeof intakeMachine;
