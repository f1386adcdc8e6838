import type { QuestionnaireItem, Step } from './item';
import { SECTIONS } from './questionnaire';

// Flat views of the definition, computed once; the definition itself stays the single source.

export interface IndexedItem {
  readonly item: QuestionnaireItem;
  readonly sectionId: string;
  readonly stepId: string;
  /** linkId of the enclosing group, if any (PHQ-9 items sit in `mood.phq9`). */
  readonly parentLinkId?: string;
}

function collect(
  items: readonly QuestionnaireItem[],
  sectionId: string,
  stepId: string,
  parentLinkId: string | undefined,
  into: IndexedItem[],
): void {
  for (const item of items) {
    into.push(
      parentLinkId === undefined
        ? { item, sectionId, stepId }
        : { item, sectionId, stepId, parentLinkId },
    );
    if (item.type === 'group') collect(item.items, sectionId, stepId, item.linkId, into);
  }
}

const indexed: IndexedItem[] = [];
for (const section of SECTIONS) {
  for (const step of section.steps as readonly Step[])
    collect(step.items, section.id, step.id, undefined, indexed);
}

/** Every item (groups included) in the order the patient meets them. */
export const ALL_ITEMS: readonly IndexedItem[] = indexed;

/** Items that hold an answer (groups excluded). */
export const ANSWER_ITEMS: readonly IndexedItem[] = indexed.filter(
  (entry) => entry.item.type !== 'group',
);

const byLinkId = new Map(indexed.map((entry) => [entry.item.linkId, entry]));

export function findItem(linkId: string): IndexedItem | undefined {
  return byLinkId.get(linkId);
}

export const ALL_STEPS: readonly (Step & { readonly sectionId: string })[] = SECTIONS.flatMap(
  (section) =>
    (section.steps as readonly Step[]).map((step) => ({ ...step, sectionId: section.id })),
);

const stepsById = new Map(ALL_STEPS.map((step) => [step.id, step]));

export function findStep(stepId: string): (Step & { readonly sectionId: string }) | undefined {
  return stepsById.get(stepId);
}

/** Answer items of a step or section, groups expanded. */
export function itemsOfStep(stepId: string): readonly IndexedItem[] {
  return ANSWER_ITEMS.filter((entry) => entry.stepId === stepId);
}

export function itemsOfSection(sectionId: string): readonly IndexedItem[] {
  return ANSWER_ITEMS.filter((entry) => entry.sectionId === sectionId);
}
