import type { LocalizedText } from '../i18n/localized-text';
import { READING_CHECK } from '../i18n/ui-strings';

/** Entry-check ranges from the spec; outside them the patient is asked to check the number. */
export const READING_LIMITS = {
  systolic: { min: 60, max: 280 },
  diastolic: { min: 30, max: 180 },
  heartRate: { min: 30, max: 220 },
} as const;

export type ReadingValueField = keyof typeof READING_LIMITS;

export interface ReadingValues {
  readonly systolic?: number | undefined;
  readonly diastolic?: number | undefined;
  readonly heartRate?: number | undefined;
}

/** An entry warning is for the person typing (check the number); it is not a flag for staff. */
export interface EntryWarning {
  readonly field: ReadingValueField;
  readonly code: 'out-of-range' | 'diastolic-not-below-systolic';
  readonly message: LocalizedText;
}

export function readingEntryWarnings(reading: ReadingValues): EntryWarning[] {
  const warnings: EntryWarning[] = [];
  for (const field of ['systolic', 'diastolic', 'heartRate'] as const) {
    const value = reading[field];
    const { min, max } = READING_LIMITS[field];
    if (value !== undefined && (value < min || value > max)) {
      warnings.push({ field, code: 'out-of-range', message: READING_CHECK.outOfRange });
    }
  }
  const { systolic, diastolic } = reading;
  if (systolic !== undefined && diastolic !== undefined && diastolic >= systolic) {
    warnings.push({
      field: 'diastolic',
      code: 'diastolic-not-below-systolic',
      message: READING_CHECK.diastolicNotBelowSystolic,
    });
  }
  return warnings;
}
