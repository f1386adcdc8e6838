// Drawing the next step ahead of Next: which step that is, whether it may be drawn hidden, and what
// changed in the answers between drawing it and showing it.
import { itemsDependingOnStep, type QuestionnaireItem } from '@preflight/screening';
import { nextShown, progressAt, type IntakeAnswers } from '@preflight/screening/intake-machine';
import { INTAKE_STEPS, stepApplies } from './steps';

/** The step after this one for the answers so far: where Next leads unless they change. */
export function upcomingStepId(
  stepId: string,
  answers: IntakeAnswers,
  visit: { plannedTreatment: string },
): string | null {
  const next = nextIndex(stepId, answers, visit);
  return next == null ? null : INTAKE_STEPS[next]!.id;
}

/**
 * Whether Next may show the step drawn ahead just as it was drawn, for the answers Next sends
 * (merged): it must be where they lead, and no question on it may be shown or hidden by this step's
 * answers (it was drawn before they were given). Returns that step's place in the progress
 * (the same as the machine's once it has moved there), or null.
 */
export function nextShowsDrawnAhead(
  stepId: string,
  aheadId: string,
  answers: IntakeAnswers,
  visit: { plannedTreatment: string },
): { index: number; total: number } | null {
  const next = nextIndex(stepId, answers, visit);
  if (next == null || INTAKE_STEPS[next]!.id !== aheadId) return null;
  if (stepsDependingOn(stepId).has(aheadId)) return null;
  return progressAt({ steps: INTAKE_STEPS, stepApplies, visit }, next, answers);
}

// The questionnaire does not change while the app runs: each step's dependents are found once,
// on the lock screen (prepareDrawAhead), not inside a Next.
const dependents = new Map<string, ReadonlySet<string>>();

/** Finds every step's dependents ahead of the patient's Nexts. */
export function prepareDrawAhead(): void {
  for (const { id } of INTAKE_STEPS) stepsDependingOn(id);
}

/** Steps with a question that this step's answers show or hide. */
function stepsDependingOn(stepId: string): ReadonlySet<string> {
  let steps = dependents.get(stepId);
  if (!steps) {
    steps = new Set(itemsDependingOnStep(stepId).map((entry) => entry.stepId));
    dependents.set(stepId, steps);
  }
  return steps;
}

/** Whether Next from this step leads to "Check your answers" for the answers so far. */
export function reviewIsNext(
  stepId: string,
  answers: IntakeAnswers,
  visit: { plannedTreatment: string },
): boolean {
  return nextIndex(stepId, answers, visit) === null;
}

/** Where Next leads: a step's index, null for the review, undefined from an unknown step. */
function nextIndex(
  stepId: string,
  answers: IntakeAnswers,
  visit: { plannedTreatment: string },
): number | null | undefined {
  const from = INTAKE_STEPS.findIndex((candidate) => candidate.id === stepId);
  return from < 0
    ? undefined
    : nextShown({ steps: INTAKE_STEPS, stepApplies, visit }, from, answers);
}

/**
 * Steps that may be drawn ahead, hidden. A typed field is found by its label (autofill, tools,
 * tests) and a hidden copy must not be: its label is tied to it only once the step is shown
 * (FieldLabel). A box inside its label (the attestation) is tied to it anyway, so it is not.
 */
export function drawnAhead(items: readonly QuestionnaireItem[]): boolean {
  return items.every((item) =>
    item.type === 'group' ? drawnAhead(item.items) : item.type !== 'attestation',
  );
}

/** `section.key` paths whose answers differ between two answers objects. */
export function changedPaths(before: IntakeAnswers, after: IntakeAnswers): string[] {
  const paths: string[] = [];
  for (const section of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = (before[section] ?? {}) as Record<string, unknown>;
    const b = (after[section] ?? {}) as Record<string, unknown>;
    if (a === b) continue;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!sameValue(a[key], b[key])) paths.push(`${section}.${key}`);
    }
  }
  return paths;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) =>
      sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}
