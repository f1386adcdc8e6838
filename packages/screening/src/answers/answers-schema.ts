import { z } from 'zod';
import type { ConditionVisit } from '../questionnaire/conditions';
import { itemShown } from '../questionnaire/conditions';
import type { IndexedItem } from '../questionnaire/item-index';
import { ANSWER_ITEMS, findStep, itemsOfSection, itemsOfStep } from '../questionnaire/item-index';
import type { Step } from '../questionnaire/item';
import { getAnswer, parseLinkId } from '../questionnaire/link-id';
import { SECTIONS } from '../questionnaire/questionnaire';
import type { SectionId, StepId } from '../questionnaire/questionnaire';
import type { Answers, DraftAnswers } from './answer-types';
import { itemsObjectSchema, REQUIRED_MESSAGE } from './item-schema';
import type { SchemaMode } from './item-schema';
import { pruneHiddenAnswers } from './prune-hidden';

// Every answers schema is derived from the questionnaire definition; none is written by hand.

function sectionItems(section: (typeof SECTIONS)[number]) {
  return (section.steps as readonly Step[]).flatMap((step) => step.items);
}

function structure(mode: SchemaMode): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const section of SECTIONS) {
    const schema = itemsObjectSchema(sectionItems(section), mode);
    shape[section.id] = mode === 'submission' ? schema : schema.optional();
  }
  return z.object(shape, {
    error: (issue) =>
      issue.input === undefined ? 'Answers are missing.' : 'Answers must be an object.',
  });
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

function partialSchemaRequiring(
  items: readonly IndexedItem[],
  visit: ConditionVisit,
): z.ZodType<DraftAnswers> {
  return z.preprocess(
    (raw) => pruneHiddenAnswers(raw, visit),
    draftStructure.superRefine(requireShown(items, visit), always),
  ) as unknown as z.ZodType<DraftAnswers>;
}

/**
 * For the form's "Next" button: validates the whole answers object as a draft and requires the
 * shown items of one step (conditions may read answers from earlier steps).
 */
export function stepSchema(
  stepId: StepId | (string & {}),
  visit: ConditionVisit,
): z.ZodType<DraftAnswers> {
  if (!findStep(stepId)) throw new Error(`Unknown step: ${stepId}`);
  return partialSchemaRequiring(itemsOfStep(stepId), visit);
}

/** Same as `stepSchema`, for a whole section (returning from review). */
export function sectionSchema(
  sectionId: SectionId,
  visit: ConditionVisit,
): z.ZodType<DraftAnswers> {
  return partialSchemaRequiring(itemsOfSection(sectionId), visit);
}
