import type { LocalizedText } from '../i18n/localized-text';
import type { PlannedTreatment } from '../visit/visit-context';

/**
 * FHIR-style enableWhen: an item is shown only while its condition holds. A condition on another
 * answer also requires that answer's own item to be shown, so follow-ups of follow-ups hide together.
 */
export type EnableWhen =
  | { readonly question: string; readonly operator: '='; readonly answer: string | number }
  | {
      readonly visit: 'plannedTreatment';
      readonly operator: '=';
      readonly answer: PlannedTreatment;
    };

export interface ChoiceOption<V extends string | number = string | number> {
  readonly value: V;
  readonly label: LocalizedText;
}

interface ItemBase {
  /** Dotted path of the answer in the answers object; stable, stored, exported. */
  readonly linkId: string;
  readonly text: LocalizedText;
  readonly help?: LocalizedText;
  /** Optional items may be skipped even when shown; every other shown item is required. */
  readonly optional?: true;
  readonly enableWhen?: EnableWhen;
}

/** Yes / No / Not sure, used for every cardio and health history question. */
export interface YesNoUnsureItem extends ItemBase {
  readonly type: 'yesNoUnsure';
  readonly options: readonly ChoiceOption<'yes' | 'no' | 'unsure'>[];
}

export interface YesNoItem extends ItemBase {
  readonly type: 'yesNo';
  readonly options: readonly ChoiceOption<'yes' | 'no'>[];
}

export interface ChoiceItem<V extends string = string> extends ItemBase {
  readonly type: 'choice';
  readonly options: readonly ChoiceOption<V>[];
}

/** A PHQ-9 / GAD-7 item: the patient picks a label, the score 0–3 is stored. */
export interface ScoreItem extends ItemBase {
  readonly type: 'score';
  readonly options: readonly ChoiceOption<0 | 1 | 2 | 3>[];
}

export interface IntegerItem extends ItemBase {
  readonly type: 'integer';
  readonly min: number;
  readonly max: number;
}

export interface TextItem extends ItemBase {
  readonly type: 'text';
  readonly maxLength: number;
  readonly multiline?: boolean;
}

export interface QuantityUnit<U extends string = string> {
  readonly value: U;
  readonly label: LocalizedText;
  /** Plausible range in this unit; outside it the entry is refused. */
  readonly min: number;
  readonly max: number;
}

/** A number with a unit the patient picks (weight in kg or lb); at most `decimals` decimals. */
export interface QuantityItem<U extends string = string> extends ItemBase {
  readonly type: 'quantity';
  readonly units: readonly QuantityUnit<U>[];
  readonly decimals: number;
}

export interface FieldSpec {
  readonly label: LocalizedText;
  readonly unit?: LocalizedText;
  readonly min?: number;
  readonly max?: number;
  readonly optional?: true;
  readonly maxLength?: number;
}

/** Blood pressure and heart rate readings: 1–3 per set. */
export interface ReadingsItem extends ItemBase {
  readonly type: 'readings';
  readonly minCount: number;
  readonly maxCount: number;
  readonly fields: Readonly<Record<'systolic' | 'diastolic' | 'heartRate' | 'arm', FieldSpec>>;
  readonly armOptions: readonly ChoiceOption<'left' | 'right'>[];
}

/** Current medications, each typed with catalogue suggestions. */
export interface MedListItem extends ItemBase {
  readonly type: 'medList';
  readonly minCount: number;
  readonly maxCount: number;
  readonly fields: Readonly<Record<'name' | 'dose' | 'frequency' | 'lastTaken', FieldSpec>>;
}

/** A tick box that must be ticked (the patient confirms their answers). */
export interface AttestationItem extends ItemBase {
  readonly type: 'attestation';
}

/** Groups questions that share a stem (PHQ-9, GAD-7); answers nest under the group's linkId. */
export interface GroupItem<
  Items extends readonly QuestionnaireItem[] = readonly QuestionnaireItem[],
> extends ItemBase {
  readonly type: 'group';
  readonly items: Items;
  readonly attribution?: LocalizedText;
}

export type AnswerItem =
  | YesNoUnsureItem
  | YesNoItem
  | ChoiceItem
  | ScoreItem
  | IntegerItem
  | TextItem
  | QuantityItem
  | ReadingsItem
  | MedListItem
  | AttestationItem;

export type QuestionnaireItem = AnswerItem | GroupItem;
export type ItemType = QuestionnaireItem['type'];

export interface Step<Items extends readonly QuestionnaireItem[] = readonly QuestionnaireItem[]> {
  /** `<section>.<name>`; the intake machine and drafts refer to it. */
  readonly id: string;
  readonly title: LocalizedText;
  /** Guidance shown above the questions (e.g. how to measure blood pressure). */
  readonly intro?: readonly LocalizedText[];
  readonly items: Items;
}

export interface Section<
  Id extends string = string,
  Steps extends readonly Step[] = readonly Step[],
> {
  readonly id: Id;
  readonly title: LocalizedText;
  readonly steps: Steps;
}
