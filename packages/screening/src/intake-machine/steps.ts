// Pure helpers: which steps are shown, moving between them, merging answers.
import type {
  IntakeAnswers,
  IntakeSection,
  IntakeStep,
  IntakeVisitContext,
  StepApplies,
} from './types';

export interface StepNav {
  steps: ReadonlyArray<IntakeStep>;
  stepApplies: StepApplies | undefined;
  visit: { plannedTreatment: string } | null;
}

export const REVIEW_STEP = 'review';

function visitOf(nav: StepNav): IntakeVisitContext {
  return { plannedTreatment: nav.visit?.plannedTreatment ?? '' };
}

function stepIsShown(nav: StepNav, index: number, answers: IntakeAnswers): boolean {
  const step = nav.steps[index];
  if (!step) return false;
  return nav.stepApplies ? nav.stepApplies(step.id, answers, visitOf(nav)) : true;
}

/** Indices of the steps shown for these answers, in order. */
export function shownIndices(nav: StepNav, answers: IntakeAnswers): number[] {
  const out: number[] = [];
  for (let i = 0; i < nav.steps.length; i++) if (stepIsShown(nav, i, answers)) out.push(i);
  return out;
}

/**
 * A step's place among the steps shown for these answers (0-based `index`; skipped conditional
 * steps are not counted). A step not shown for them counts the shown steps before it.
 */
export function progressAt(
  nav: StepNav,
  stepIndex: number,
  answers: IntakeAnswers,
): { index: number; total: number } {
  const shown = shownIndices(nav, answers);
  const at = shown.indexOf(stepIndex);
  return { index: at >= 0 ? at : shown.filter((i) => i < stepIndex).length, total: shown.length };
}

/** First shown step after `from` (exclusive), or null. */
export function nextShown(nav: StepNav, from: number, answers: IntakeAnswers): number | null {
  for (let i = Math.max(from + 1, 0); i < nav.steps.length; i++) {
    if (stepIsShown(nav, i, answers)) return i;
  }
  return null;
}

/** Last shown step before `from` (exclusive), or null. */
export function previousShown(nav: StepNav, from: number, answers: IntakeAnswers): number | null {
  for (let i = Math.min(from - 1, nav.steps.length - 1); i >= 0; i--) {
    if (stepIsShown(nav, i, answers)) return i;
  }
  return null;
}

/** Where `EDIT` lands: the step named (if shown), else the section's first shown step. */
export function editTarget(
  nav: StepNav,
  answers: IntakeAnswers,
  target: { section?: IntakeSection | undefined; stepId?: string | undefined },
): number | null {
  if (target.stepId !== undefined) {
    const i = nav.steps.findIndex((s) => s.id === target.stepId);
    if (i >= 0 && stepIsShown(nav, i, answers)) return i;
  }
  const section = target.section ?? nav.steps.find((s) => s.id === target.stepId)?.section;
  if (section === undefined) return null;
  for (let i = 0; i < nav.steps.length; i++) {
    if (nav.steps[i]?.section === section && stepIsShown(nav, i, answers)) return i;
  }
  return null;
}

/**
 * Where a resumed draft starts: its step if shown, else the next shown step after it; `'review'`
 * (or no shown step left) is review (`steps.length`); an unknown step is the first shown step.
 */
export function resumeIndex(
  nav: StepNav,
  answers: IntakeAnswers,
  step: string | undefined,
): number {
  const end = nav.steps.length;
  if (step === REVIEW_STEP) return end;
  const i = step === undefined ? -1 : nav.steps.findIndex((s) => s.id === step);
  if (i >= 0) return stepIsShown(nav, i, answers) ? i : (nextShown(nav, i, answers) ?? end);
  return nextShown(nav, -1, answers) ?? end;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => sameValue(value, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => key in b && sameValue(a[key], b[key]))
  );
}

/**
 * Deep merge of plain objects, without mutating either side: arrays and other values replace,
 * `undefined` removes the key (so an answer that no longer applies can be dropped). What the
 * patch leaves unchanged keeps its identity (the whole `base` when nothing changes), so a step's
 * patch rebuilds only its own section and selectors can compare by reference.
 */
export function mergeAnswers(base: IntakeAnswers, patch: IntakeAnswers): IntakeAnswers {
  let out: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(patch)) {
    const current = base[key];
    let next: unknown;
    if (value === undefined) {
      if (!(key in base)) continue;
    } else if (isPlainObject(value)) {
      next = mergeAnswers(isPlainObject(current) ? current : {}, value);
      if (next === current) continue;
    } else {
      if (sameValue(current, value) && key in base) continue;
      next = value;
    }
    out ??= { ...base };
    if (value === undefined) delete out[key];
    else out[key] = next;
  }
  return out ?? base;
}

export function asAnswers(value: unknown): IntakeAnswers {
  return isPlainObject(value) ? value : {};
}
