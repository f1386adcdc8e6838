// The machine's step list. Kept apart from the form helpers so the lock screen's bundle carries
// the questionnaire's structure but not zod.
import { ALL_STEPS, isStepEnabled } from '@preflight/screening';
import {
  INTAKE_SECTIONS,
  type IntakeSection,
  type IntakeStep,
  type StepApplies,
} from '@preflight/screening/intake-machine';

/** Every questionnaire step of the answering sections, in order (attest is part of review). */
export const INTAKE_STEPS: IntakeStep[] = ALL_STEPS.filter((step) =>
  (INTAKE_SECTIONS as readonly string[]).includes(step.sectionId),
).map((step) => ({ id: step.id, section: step.sectionId as IntakeSection }));

export const stepApplies: StepApplies = (stepId, answers, visit) =>
  isStepEnabled(stepId, answers, visit);
