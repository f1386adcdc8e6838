import { z } from 'zod';
import type { ConditionVisit } from '../questionnaire/conditions';
import { itemsDependingOnStep, itemShown } from '../questionnaire/conditions';
import type { IndexedItem } from '../questionnaire/item-index';
import {
  ALL_ITEMS,
  ANSWER_ITEMS,
  findStep,
  itemsOfSection,
  itemsOfStep,
} from '../questionnaire/item-index';
import type { QuestionnaireItem, Step } from '../questionnaire/item';
import { getAnswer, parseLinkId } from '../questionnaire/link-id';
import { SECTIONS } from '../questionnaire/questionnaire';
import type { SectionId, StepId } from '../questionnaire/questionnaire';
import type { Answers, DraftAnswers } from './answer-types';
import { itemsObjectSchema, keyOf, REQUIRED_MESSAGE } from './item-schema';
import type { SchemaMode } from './item-schema';
import { hiddenItems, pruneHiddenAnswers, withoutItems } from './prune-hidden';

// Every answers schema is derived from the questionnaire definition; none is written by hand.

function sectionItems(section: (typeof SECTIONS)[number]) {
  return (section.steps as readonly Step[]).flatMap((step) => step.items);
}

const answersObjectError = (issue: { input?: unknown }) =>
  issue.input === undefined ? 'Answers are missing.' : 'Answers must be an object.';

function structure(mode: SchemaMode): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const section of SECTIONS) {
    const schema = itemsObjectSchema(sectionItems(section), mode);
    shape[section.id] = mode === 'submission' ? schema : schema.optional();
  }
  return z.object(shape, { error: answersObjectError });
}

const submissionStructure = structure('submission');
const draftStructure = structure('draft');

/**
 * Required-when-shown: each listed item that is shown for these answers (and this visit, when known)
 * and not optional must be answered. The issue's path is the item's linkId.
 */
function requireShown(items: readonly IndexedItem[], visit: ConditionVisit | undefined) {
  return (answers: unknown, ctx: z.RefinementCtx) => {
    for (const { item } of items) {
      if (item.optional === true) continue;
      if (itemShown(item.linkId, answers, visit) !== true) continue;
      if (getAnswer(answers, item.linkId) === undefined) {
        ctx.addIssue({ code: 'custom', path: parseLinkId(item.linkId), message: REQUIRED_MESSAGE });
      }
    }
  };
}

// Always-shown items are already required by the shape; only conditional ones need the check.
const conditionalItems = ANSWER_ITEMS.filter((entry) => entry.item.enableWhen !== undefined);
// Report missing follow-ups even when other fields are invalid, so the form shows every error at once.
const always = { when: () => true };

/**
 * A complete submission, without the visit: items that depend on the visit (nasal sprays) are
 * optional here. Servers should prefer `answersSchemaFor(visit)`, which also strips hidden answers.
 */
export const answersSchema = submissionStructure.superRefine(
  requireShown(conditionalItems, undefined),
  always,
) as unknown as z.ZodType<Answers>;

/**
 * A complete submission for this visit: hidden answers are removed first (not refused), unknown
 * keys stripped, and every shown, non-optional item required (path = linkId).
 */
export function answersSchemaFor(visit: ConditionVisit): z.ZodType<Answers> {
  // Conditions read only the planned treatment: one schema per treatment, built once (building
  // it costs as much as a parse, on every submission).
  let schema = schemaByTreatment.get(visit.plannedTreatment);
  if (!schema) {
    const conditionVisit = { plannedTreatment: visit.plannedTreatment };
    schema = z.preprocess(
      (raw) => pruneHiddenAnswers(raw, conditionVisit),
      submissionStructure.superRefine(requireShown(conditionalItems, conditionVisit), always),
    ) as unknown as z.ZodType<Answers>;
    schemaByTreatment.set(visit.plannedTreatment, schema);
  }
  return schema;
}

const schemaByTreatment = new Map<string, z.ZodType<Answers>>();

/** An autosaved draft: anything may be missing, but every value present must be valid. */
export const draftAnswersSchema = draftStructure as unknown as z.ZodType<DraftAnswers>;

/**
 * The whole answers object as a draft, with these items required when shown (hidden answers
 * removed first, everywhere). `sectionSchema` uses it; tests compare the step schema with it.
 */
export function wholeAnswersSchemaRequiring(
  items: readonly IndexedItem[],
  visit: ConditionVisit,
): z.ZodType<DraftAnswers> {
  return z.preprocess(
    (raw) => pruneHiddenAnswers(raw, visit),
    draftStructure.superRefine(requireShown(items, visit), always),
  ) as unknown as z.ZodType<DraftAnswers>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a step's check needs, worked out once per step (nothing here depends on the visit). */
interface StepParts {
  /** The step's answer items (groups expanded): required when shown. */
  readonly items: readonly IndexedItem[];
  /** The step's top-level items, per section. */
  readonly sections: ReadonlyMap<string, readonly QuestionnaireItem[]>;
  /** Only the step's own answers, as a draft (unknown keys stripped). */
  readonly structure: z.ZodObject;
  /** Conditional items of the step. */
  readonly own: readonly IndexedItem[];
  /** Conditional items elsewhere that the step's answers can hide. */
  readonly dependents: readonly IndexedItem[];
}

const partsByStep = new Map<string, StepParts>();

function stepParts(stepId: string): StepParts {
  let parts = partsByStep.get(stepId);
  if (parts) return parts;
  const step = findStep(stepId);
  if (!step) throw new Error(`Unknown step: ${stepId}`);
  const sections = new Map<string, QuestionnaireItem[]>();
  for (const item of step.items) {
    const sectionId = parseLinkId(item.linkId)[0] as string;
    const list = sections.get(sectionId) ?? [];
    list.push(item);
    sections.set(sectionId, list);
  }
  const shape: Record<string, z.ZodType> = {};
  for (const [sectionId, items] of sections) {
    shape[sectionId] = itemsObjectSchema(items, 'draft').optional();
  }
  const conditional = (entry: IndexedItem) => entry.item.enableWhen !== undefined;
  parts = {
    items: itemsOfStep(stepId),
    sections,
    structure: z.object(shape, { error: answersObjectError }),
    own: ALL_ITEMS.filter((entry) => entry.stepId === stepId && conditional(entry)),
    dependents: itemsDependingOnStep(stepId).filter(conditional),
  };
  partsByStep.set(stepId, parts);
  return parts;
}

/** The step's items with every key present: `undefined` where the answer is gone. */
function withRemovals(
  items: readonly QuestionnaireItem[],
  values: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const item of items) {
    const key = keyOf(item.linkId);
    const value = values[key];
    out[key] = item.type === 'group' && isRecord(value) ? withRemovals(item.items, value) : value;
  }
  return out;
}

function removalAt(patch: Record<string, unknown>, path: readonly (string | number)[]): void {
  let node = patch;
  for (const key of path.slice(0, -1)) {
    const child = node[String(key)];
    node = isRecord(child) ? child : (node[String(key)] = {});
  }
  node[String(path[path.length - 1])] = undefined;
}

/**
 * One step's check, reading only what the step can change: the step's own answers are validated
 * (as a draft) and, when `require` is set, each shown one required; conditions still read the
 * whole answers object, so a follow-up shown by an earlier step's answer stays required. Hidden
 * answers of the step, and those elsewhere that its answers hide, are dropped.
 *
 * The output is a patch for the flow machine's deep merge: the step's answers, every key present
 * (`undefined` where an answer is gone), plus `undefined` for each answer elsewhere that became
 * hidden. Other answers are not in it.
 */
function stepCheck(stepId: string, visit: ConditionVisit, require: boolean) {
  const parts = stepParts(stepId);
  const prunable = [...parts.own, ...parts.dependents];
  // The requirement check reads the whole answers object (conditions may read other steps), while
  // the structure sees only the step's part: it is handed over here (parsing is synchronous).
  let whole: unknown;
  const requireShownNow = requireShown(parts.items, visit);
  const structure = require
    ? parts.structure.superRefine((_, ctx) => requireShownNow(whole, ctx), always)
    : parts.structure;
  return z.unknown().transform((raw, ctx) => {
    // Visibility is decided on the answers as given, like `pruneHiddenAnswers`.
    const hiddenElsewhere = hiddenItems(raw, visit, parts.dependents);
    const answers = withoutItems(raw, hiddenItems(raw, visit, prunable));
    let own: unknown = answers;
    if (isRecord(answers)) {
      const picked: Record<string, unknown> = {};
      for (const sectionId of parts.sections.keys()) {
        if (sectionId in answers) picked[sectionId] = answers[sectionId];
      }
      own = picked;
    }
    whole = answers;
    const parsed = structure.safeParse(own);
    whole = undefined;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue });
      return z.NEVER;
    }
    const patch: Record<string, unknown> = {};
    for (const [sectionId, items] of parts.sections) {
      const values = (parsed.data as Record<string, unknown>)[sectionId];
      patch[sectionId] = withRemovals(items, isRecord(values) ? values : {});
    }
    for (const entry of hiddenElsewhere) {
      if (getAnswer(raw, entry.item.linkId) !== undefined)
        removalAt(patch, parseLinkId(entry.item.linkId));
    }
    return patch as DraftAnswers;
  });
}

const stepChecks = new Map<string, z.ZodType<DraftAnswers>>();

function cachedStepCheck(stepId: string, visit: ConditionVisit, require: boolean) {
  const key = `${require ? 'next' : 'draft'}|${visit.plannedTreatment}|${stepId}`;
  let schema = stepChecks.get(key);
  if (!schema) {
    // Conditions read only the planned treatment.
    const conditionVisit = { plannedTreatment: visit.plannedTreatment };
    schema = stepCheck(stepId, conditionVisit, require) as unknown as z.ZodType<DraftAnswers>;
    stepChecks.set(key, schema);
  }
  return schema;
}

/**
 * For the form's "Next" button: the step's own answers are validated as a draft and its shown
 * items required (conditions may read answers from earlier steps). Parses the whole answers
 * object; returns the step's patch (see `stepCheck`).
 */
export function stepSchema(
  stepId: StepId | (string & {}),
  visit: ConditionVisit,
): z.ZodType<DraftAnswers> {
  return cachedStepCheck(stepId, visit, true);
}

/** Like `stepSchema` without requiring anything: what is on screen, kept as a draft (Back). */
export function stepDraftSchema(
  stepId: StepId | (string & {}),
  visit: ConditionVisit,
): z.ZodType<DraftAnswers> {
  return cachedStepCheck(stepId, visit, false);
}

/** Same as `stepSchema`, for a whole section (returning from review), over the whole answers. */
export function sectionSchema(
  sectionId: SectionId,
  visit: ConditionVisit,
): z.ZodType<DraftAnswers> {
  return wholeAnswersSchemaRequiring(itemsOfSection(sectionId), visit);
}
