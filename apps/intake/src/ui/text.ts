import type { LocalizedText } from '@preflight/screening';
import type { IntakeLanguage } from '@preflight/screening/intake-machine';

/** A questionnaire text in the patient's language. */
export const tr = (text: LocalizedText, language: IntakeLanguage): string => text[language];
