import type { LocalizedText } from '../i18n/localized-text';
import type { PlannedTreatment } from '../visit/visit-context';
import type { EnableWhen } from './item';
import { YES_NO_OPTIONS, YES_NO_UNSURE_OPTIONS } from './options';

// Small builders keep the section files readable while preserving literal linkIds for the types.

export interface ItemExtras {
  readonly help?: LocalizedText;
  readonly optional?: true;
  readonly enableWhen?: EnableWhen;
}

export function whenAnswer(question: string, answer: string | number): EnableWhen {
  return { question, operator: '=', answer };
}

export function whenPlanned(answer: PlannedTreatment): EnableWhen {
  return { visit: 'plannedTreatment', operator: '=', answer };
}

export function yesNoUnsure<const L extends string, const X extends ItemExtras = object>(
  linkId: L,
  text: LocalizedText,
  extras?: X,
) {
  return { type: 'yesNoUnsure', linkId, text, options: YES_NO_UNSURE_OPTIONS, ...extras } as {
    readonly type: 'yesNoUnsure';
    readonly linkId: L;
    readonly text: LocalizedText;
    readonly options: typeof YES_NO_UNSURE_OPTIONS;
  } & X;
}

export function yesNo<const L extends string, const X extends ItemExtras = object>(
  linkId: L,
  text: LocalizedText,
  extras?: X,
) {
  return { type: 'yesNo', linkId, text, options: YES_NO_OPTIONS, ...extras } as {
    readonly type: 'yesNo';
    readonly linkId: L;
    readonly text: LocalizedText;
    readonly options: typeof YES_NO_OPTIONS;
  } & X;
}

export function freeText<const L extends string, const X extends ItemExtras = object>(
  linkId: L,
  text: LocalizedText,
  extras?: X,
) {
  return { type: 'text', linkId, text, maxLength: 1000, multiline: true, ...extras } as {
    readonly type: 'text';
    readonly linkId: L;
    readonly text: LocalizedText;
    readonly maxLength: number;
    readonly multiline: true;
  } & X;
}
