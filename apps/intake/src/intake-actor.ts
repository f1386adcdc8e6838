// Wires the pure flow machine to the network, the device queue and the background delivery.
import { createActor, type ActorRefFrom } from 'xstate';
import { provideIntakeServices, type IntakeLanguage } from '@preflight/screening/intake-machine';
import { networkServices, submitIntake } from './api';
import { QueueDelivery } from './delivery';
import { DeviceQueue } from './device-queue';
import { INTAKE_STEPS, stepApplies } from './questionnaire/steps';

export function createIntake(options: { code: string | null; language: IntakeLanguage }) {
  const queue = new DeviceQueue();
  const machine = provideIntakeServices({
    ...networkServices,
    createIdempotencyKey: async () => crypto.randomUUID(),
    queueSubmission: (submission) => queue.put(submission),
    clearQueuedSubmission: ({ idempotencyKey }) => queue.remove(idempotencyKey),
  });
  const actor = createActor(machine, {
    input: {
      steps: INTAKE_STEPS,
      stepApplies,
      language: options.language,
      ...(options.code ? { code: options.code } : {}),
    },
  });
  const delivery = new QueueDelivery({
    queue,
    submit: submitIntake,
    heldByFlow: () => {
      const snapshot = actor.getSnapshot();
      return snapshot.matches('offlineQueued') || snapshot.matches('submitting')
        ? (snapshot.context.pendingSubmission?.idempotencyKey ?? null)
        : null;
    },
  });
  // When the machine lets go of a waiting submission (staff pressed "next patient"), the
  // background delivery takes it over.
  let wasHolding = false;
  actor.subscribe((snapshot) => {
    const holding = snapshot.matches('offlineQueued');
    if (wasHolding && !holding) void delivery.kick();
    wasHolding = holding;
  });
  window.addEventListener('online', () => {
    void delivery.kick();
    if (actor.getSnapshot().matches('offlineQueued')) actor.send({ type: 'RETRY' });
  });
  actor.start();
  void delivery.kick();
  return actor;
}

export type IntakeActor = ActorRefFrom<ReturnType<typeof provideIntakeServices>>;
