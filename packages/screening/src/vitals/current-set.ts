import type { Reading } from './reading';

export const STAFF_READING_WINDOW_MINUTES = 30;

export interface SourcedReading {
  readonly reading: Reading;
  /** Where the reading lives: `vitals.readings[i]` (patient) or `staffReadings[i]` (staff). */
  readonly linkId: string;
  /** How staff name it in a flag's text: "patient reading 2" or "staff reading 1". */
  readonly label: string;
}

export interface CurrentReadingSet {
  readonly source: 'patient' | 'staff';
  readonly readings: readonly SourcedReading[];
}

/**
 * The set the vitals rules read: the patient's readings until staff add readings; from then on
 * the staff readings taken within 30 minutes of the latest one (older staff readings are history).
 */
export function selectCurrentReadings(
  patientReadings: readonly Reading[] | undefined,
  staffReadings: readonly Reading[] | undefined,
): CurrentReadingSet {
  if (!staffReadings || staffReadings.length === 0) {
    return {
      source: 'patient',
      readings: (patientReadings ?? []).map((reading, i) => ({
        reading,
        linkId: `vitals.readings[${i}]`,
        label: `patient reading ${i + 1}`,
      })),
    };
  }
  const times = staffReadings.map((r) => Date.parse(r.takenAt));
  const latest = Math.max(...times.filter((t) => !Number.isNaN(t)));
  const windowStart = latest - STAFF_READING_WINDOW_MINUTES * 60_000;
  const readings = staffReadings
    .map((reading, i) => ({
      reading,
      linkId: `staffReadings[${i}]`,
      label: `staff reading ${i + 1}`,
      time: times[i] ?? Number.NaN,
    }))
    .filter(({ time }) => time >= windowStart && time <= latest)
    .map(({ reading, linkId, label }) => ({ reading, linkId, label }));
  return { source: 'staff', readings };
}
