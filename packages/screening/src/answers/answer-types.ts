import type { EnableWhen } from '../questionnaire/item';
import type { Sections } from '../questionnaire/questionnaire';
import type { Reading } from '../vitals/reading';
import type { MedicationEntry } from './medication-entry';

// The TypeScript shape of answers, derived from the questionnaire definition's literal types.

type LastSegment<S extends string> = S extends `${string}.${infer Rest}` ? LastSegment<Rest> : S;

type AlwaysRequired<I> = I extends { optional: true }
  ? false
  : I extends { enableWhen: EnableWhen }
    ? false
    : true;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

export type AnswerOf<I> = I extends { type: 'group'; items: readonly (infer C)[] }
  ? AnswersOfItems<C>
  : I extends { type: 'quantity'; units: readonly { value: infer U }[] }
    ? { value: number; unit: U }
    : I extends { type: 'readings' }
      ? Reading[]
      : I extends { type: 'medList' }
        ? MedicationEntry[]
        : I extends { type: 'attestation' }
          ? true
          : I extends { type: 'integer' }
            ? number
            : I extends { type: 'text' }
              ? string
              : I extends { options: readonly { value: infer V }[] }
                ? V
                : never;

export type AnswersOfItems<U> = Simplify<
  {
    [
      I in U as I extends { linkId: string }
        ? AlwaysRequired<I> extends true
          ? LastSegment<I['linkId']>
          : never
        : never
    ]: AnswerOf<I>;
  } & {
    [
      I in U as I extends { linkId: string }
        ? AlwaysRequired<I> extends true
          ? never
          : LastSegment<I['linkId']>
        : never
    ]?: AnswerOf<I>;
  }
>;

type SectionAnswers<S> = S extends { steps: readonly (infer St)[] }
  ? St extends { items: readonly (infer I)[] }
    ? I
    : never
  : never;

/** A complete submission's answers. Conditional and optional items are optional here. */
export type Answers = {
  [S in Sections[number] as S['id']]: AnswersOfItems<SectionAnswers<S>>;
};

export type AboutAnswers = Answers['about'];
export type CardioAnswers = Answers['cardio'];
export type HealthAnswers = Answers['health'];
export type VitalsAnswers = Answers['vitals'];
export type MedsAnswers = Answers['meds'];
export type MoodAnswers = Answers['mood'];
export type AttestAnswers = Answers['attest'];
export type YesNoUnsure = CardioAnswers['aneurysm'];

/** An in-progress intake: any part may be missing; each value present is already valid. */
export type DraftAnswers = {
  [S in keyof Answers]?: {
    [K in keyof Answers[S]]?: Answers[S][K] extends readonly unknown[]
      ? Answers[S][K]
      : Answers[S][K] extends object
        ? Partial<Answers[S][K]>
        : Answers[S][K];
  };
};
