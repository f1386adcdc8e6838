// Delivers submissions left waiting on the device (a tab closed or the tablet handed back while
// offline), in the background and whatever the screen shows, lock screen included. It never
// shows their content. The one the flow machine is still sending itself is left to the machine.
import { submitOutcomeOf, submitRetryDelay } from '@preflight/screening/intake-machine';
import type { DeviceQueue, QueuedSubmission } from './device-queue';

export interface DeliveryOptions {
  queue: Pick<DeviceQueue, 'list' | 'read' | 'remove' | 'purgeExpired'>;
  submit: (submission: QueuedSubmission) => Promise<unknown>;
  /** Key of the submission the flow machine is sending right now, if any. */
  heldByFlow: () => string | null;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export class QueueDelivery {
  private attempt = 0;
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly options: DeliveryOptions) {
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer =
      options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  /** Try now (app start, back online, the machine let go of a submission). */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
    this.running ??= this.deliverAll().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private async deliverAll(): Promise<void> {
    let waiting = 0;
    try {
      await this.options.queue.purgeExpired();
      const held = this.options.heldByFlow();
      for (const entry of await this.options.queue.list()) {
        if (entry.idempotencyKey === held) continue;
        if (!(await this.deliver(entry.idempotencyKey))) waiting++;
      }
    } catch {
      // IndexedDB unavailable for now: try again later.
      waiting++;
    }
    if (waiting === 0) {
      this.attempt = 0;
      return;
    }
    if (this.stopped) return;
    const delay = submitRetryDelay(this.attempt);
    this.attempt++;
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.kick();
    }, delay);
  }

  /** True when the submission has left the device (delivered, or refused for good). */
  private async deliver(idempotencyKey: string): Promise<boolean> {
    const submission = await this.options.queue.read(idempotencyKey);
    if (!submission) return true;
    try {
      await this.options.submit(submission);
    } catch (error) {
      // Retryable (no answer, 5xx, 429, still running): keep it. Anything else can never
      // succeed from this device (cancelled visit, refused token, refused body): drop it.
      if (submitOutcomeOf(error).kind === 'retry') return false;
    }
    await this.options.queue.remove(idempotencyKey);
    return true;
  }
}
