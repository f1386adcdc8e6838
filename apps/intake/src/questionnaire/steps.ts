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

// The machine and its selectors ask this for every step on every snapshot; answers objects are
// immutable there (each change is a new object), so the answer per object can be kept.
const known = new WeakMap<object, Map<string, boolean>>();

export const stepApplies: StepApplies = (stepId, answers, visit) => {
  if (typeof answers !== 'object' || answers === null) {
    return isStepEnabled(stepId, answers, visit);
  }
  let byStep = known.get(answers);
  if (!byStep) known.set(answers, (byStep = new Map()));
  const key = `${visit.plannedTreatment}|${stepId}`;
  let shown = byStep.get(key);
  if (shown === undefined) byStep.set(key, (shown = isStepEnabled(stepId, answers, visit)));
  return shown;
};
