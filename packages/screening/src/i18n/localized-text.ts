import { z } from 'zod';

// Every patient-facing string ships in both languages the intake offers; staff text stays English.
export const languageSchema = z.enum(['en', 'es']);
export type Language = z.infer<typeof languageSchema>;

export interface LocalizedText {
  readonly en: string;
  readonly es: string;
}

export function localize(text: LocalizedText, language: Language): string {
  return text[language];
}
