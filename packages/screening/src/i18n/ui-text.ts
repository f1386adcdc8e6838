import type { Language, LocalizedText } from './localized-text';
import {
  ANSWER_LABELS,
  BLOOD_PRESSURE_HOW_TO,
  DONE_SCREEN,
  NAVIGATION,
  READING_CHECK,
  REVIEW_SCREEN,
} from './ui-strings';

type Localize<T> = T extends LocalizedText
  ? string
  : T extends readonly (infer E)[]
    ? Localize<E>[]
    : { [K in keyof T]: Localize<T[K]> };

function pick<T>(value: T, language: Language): Localize<T> {
  if (Array.isArray(value)) return value.map((v: unknown) => pick(v, language)) as Localize<T>;
  if (typeof value === 'object' && value !== null) {
    if ('en' in value && 'es' in value)
      return (value as unknown as LocalizedText)[language] as Localize<T>;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, pick(v, language)]),
    ) as Localize<T>;
  }
  return value as Localize<T>;
}

const ALL = {
  answers: ANSWER_LABELS,
  bloodPressureHowTo: BLOOD_PRESSURE_HOW_TO,
  readingCheck: READING_CHECK,
  navigation: NAVIGATION,
  review: REVIEW_SCREEN,
  done: DONE_SCREEN,
};

export type UiText = Localize<typeof ALL>;

/** The intake's UI strings flattened to one language (question text lives in the questionnaire). */
export function uiText(language: Language): UiText {
  return pick(ALL, language);
}
