// Adapters from plain async functions to the machine's actors.
import { fromPromise } from 'xstate';
import { intakeMachine } from './machine';
import type {
  ClearQueuedSubmissionInput,
  IntakeServices,
  QueueSubmissionInput,
  SaveDraftInput,
  StartIntakeInput,
  StartIntakeOutput,
  SubmitIntakeInput,
  SubmitIntakeOutput,
} from './types';

/** The actors for `intakeMachine.provide({ actors })`, from plain async functions. */
export function intakeActors(services: IntakeServices) {
  return {
    startIntake: fromPromise<StartIntakeOutput, StartIntakeInput>(({ input }) =>
      services.startIntake(input),
    ),
    saveDraft: fromPromise<unknown, SaveDraftInput>(({ input }) => services.saveDraft(input)),
    submitIntake: fromPromise<SubmitIntakeOutput, SubmitIntakeInput>(({ input }) =>
      services.submitIntake(input),
    ),
    createIdempotencyKey: fromPromise<string>(() => services.createIdempotencyKey()),
    queueSubmission: fromPromise<unknown, QueueSubmissionInput>(({ input }) =>
      services.queueSubmission(input),
    ),
    clearQueuedSubmission: fromPromise<unknown, ClearQueuedSubmissionInput>(({ input }) =>
      services.clearQueuedSubmission(input),
    ),
  };
}

/** `intakeMachine` with the app's services provided. */
export function provideIntakeServices(services: IntakeServices) {
  return intakeMachine.provide({ actors: intakeActors(services) });
}
