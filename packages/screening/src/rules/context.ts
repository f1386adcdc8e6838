import type { DraftAnswers } from '../answers/answer-types';
import { matchMedication } from '../medications';
import type { MedicationMatch } from '../medications';
import type { VisitContext } from '../visit/visit-context';
import { ageInYears } from '../visit/visit-context';
import { selectCurrentReadings } from '../vitals/current-set';
import type { Reading } from '../vitals/reading';
import { roundedMean } from '../vitals/rounding';
import type { ListedMedication, RuleContext, VitalsSummary } from './rule';

export interface EvaluateOptions {
  /** ISO date-time; the only clock the rules read (age). Defaults to now. */
  readonly asOf?: string;
  /** Readings staff added after submission; once present they replace the patient's as the current set. */
  readonly staffReadings?: readonly Reading[];
}

function summarizeVitals(
  answers: DraftAnswers,
  staffReadings: readonly Reading[] | undefined,
): VitalsSummary | undefined {
  const set = selectCurrentReadings(answers.vitals?.readings, staffReadings);
  const readings = set.readings.map((r) => r.reading);
  const meanSystolic = roundedMean(readings.map((r) => r.systolic));
  const meanDiastolic = roundedMean(readings.map((r) => r.diastolic));
  const meanHeartRate = roundedMean(readings.map((r) => r.heartRate));
  if (meanSystolic === undefined || meanDiastolic === undefined || meanHeartRate === undefined)
    return undefined;
  return {
    set,
    count: readings.length,
    meanSystolic,
    meanDiastolic,
    meanHeartRate,
    linkIds: set.readings.map((r) => r.linkId),
  };
}

// matchMedication is pure but fuzzy matching costs ~0.1 ms per unknown name; re-evaluations
// (staff readings, acknowledgements) see the same names again, so results are memoised.
const matchCache = new Map<string, MedicationMatch>();
const MAX_CACHED_MATCHES = 5000;

function cachedMatch(name: string): MedicationMatch {
  let match = matchCache.get(name);
  if (!match) {
    match = matchMedication(name);
    if (matchCache.size >= MAX_CACHED_MATCHES) matchCache.clear();
    matchCache.set(name, match);
  }
  return match;
}

function listMedications(answers: DraftAnswers): ListedMedication[] {
  if (answers.meds?.takesAny !== 'yes') return [];
  return (answers.meds.list ?? []).map((entry, i) => ({
    linkId: `meds.list[${i}].name`,
    entry,
    match: cachedMatch(entry.name),
  }));
}

/** Computes once what several rules share (means, matched medications, age). */
export function buildRuleContext(
  answers: DraftAnswers,
  visit: VisitContext,
  options: EvaluateOptions = {},
): RuleContext {
  const asOf = options.asOf ?? new Date().toISOString();
  return {
    answers,
    visit,
    asOf,
    ageYears: ageInYears(visit.patient.birthDate, asOf),
    vitals: summarizeVitals(answers, options.staffReadings),
    medications: listMedications(answers),
  };
}
