// How one flag reads to staff: what it read, why, on what basis, and where it stands.
import {
  SOURCES,
  compareFlags,
  englishQuestion,
  findItem,
  getAnswer,
  isSourceKey,
  type Flag,
  type Language,
} from '@preflight/screening';
import type { Acknowledgement, StoredFlag, SubmissionDetail } from './types';

export interface SourceView {
  key: string;
  reference: string;
}

export function resolveSources(keys: readonly string[]): SourceView[] {
  return keys.map((key) => ({
    key,
    reference: isSourceKey(key) ? SOURCES[key].reference : key,
  }));
}

const LIST_ENTRY_NAMES: Record<string, string> = {
  'meds.list': 'Medication',
  'vitals.readings': 'Reading',
  staffReadings: 'Staff reading',
};

function inWords(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .toLowerCase();
}

/** Values a rule computed rather than read from one answer, named with their units. */
const COMPUTED_VALUE_NAMES: Record<string, string> = {
  meanSystolic: 'Mean systolic (mmHg)',
  meanDiastolic: 'Mean diastolic (mmHg)',
  meanHeartRate: 'Mean heart rate (per minute)',
  category: 'Category',
  readingCount: 'Readings',
  readingsFrom: 'Readings from',
  ageYears: 'Age (years)',
  'mood.phq9.score': 'PHQ-9 score',
  'mood.phq9.band': 'PHQ-9 band',
  'mood.gad7.score': 'GAD-7 score',
  'mood.gad7.band': 'GAD-7 band',
  plannedTreatment: 'Planned treatment',
};

/** A value's name as staff read it: an answer by its English question, a list entry by number. */
function valueLabel(name: string): string {
  const computed = COMPUTED_VALUE_NAMES[name];
  if (computed) return computed;
  const question = englishQuestion(name);
  if (question) return question;
  const entry = /^(.+?)\[(\d+)\](?:\.(.+))?$/.exec(name);
  if (entry) {
    const [, list, index, field] = entry;
    const noun = LIST_ENTRY_NAMES[list!] ?? inWords(list!);
    return `${noun} ${Number(index) + 1}${field ? ` ${inWords(field)}` : ''}`;
  }
  return inWords(name);
}

export interface ValueEntry {
  name: string;
  text: string;
  /** Set when the value is the patient's own free text: the language it was typed in. */
  typedIn?: Language;
}

/** The submission a flag was raised on: its answers, and the language the patient typed in. */
export interface ValueSource {
  answers: unknown;
  language: Language;
}

const MEDICATION_NAME = /^meds\.list\[\d+\]\.name$/;

function isFreeTextItem(linkId: string): boolean {
  return MEDICATION_NAME.test(linkId) || findItem(linkId)?.item.type === 'text';
}

/**
 * What the rule read, as name and value. A value that is the patient's free-text answer at that
 * item, exactly as stored (a detail they wrote, an unrecognised medication name), carries the
 * patient's language (workflow.md: free text is shown as typed, marked with the language); a value
 * the rule wrote in English about a free-text item ("Xanax (alprazolam)") does not.
 */
export function valueEntries(
  values: Readonly<Record<string, string | number>>,
  source: ValueSource,
): ValueEntry[] {
  return inReadingOrder(Object.entries(values)).map(([linkId, value]) => {
    const entry = { name: valueLabel(linkId), text: String(value) };
    const typed =
      typeof value === 'string' &&
      isFreeTextItem(linkId) &&
      getAnswer(source.answers, linkId) === value;
    return typed ? { ...entry, typedIn: source.language } : entry;
  });
}

/**
 * The order a nurse reads a reading in: systolic, diastolic, heart rate, then how it was measured;
 * a score before its band.
 * The API keeps the rule's order since migration 0006; flags stored before it came back in jsonb's
 * (keys by length), which put "reading count" between systolic and diastolic. Other values keep
 * the order they came in.
 */
const READING_ORDER = [
  'meanSystolic',
  'meanDiastolic',
  'meanHeartRate',
  'category',
  'readingCount',
  'readingsFrom',
  'ageYears',
  'mood.phq9.score',
  'mood.phq9.band',
  'mood.gad7.score',
  'mood.gad7.band',
];

function inReadingOrder<T>(entries: [string, T][]): [string, T][] {
  const rank = (name: string) => {
    const i = READING_ORDER.indexOf(name);
    return i === -1 ? READING_ORDER.length : i;
  };
  return [...entries].sort(([a], [b]) => rank(a) - rank(b));
}

export type FlagStanding =
  | { kind: 'acknowledged'; acknowledgement: Acknowledgement | undefined }
  /** `required`: an urgent or review flag; an info flag that changed needs no new one. */
  | { kind: 'changed'; previous: Acknowledgement; required: boolean }
  | { kind: 'open' }
  | { kind: 'optional' };

/** Where a current flag stands: acknowledged, changed since its acknowledgement, open, or info. */
export function flagStanding(flag: StoredFlag, acks: readonly Acknowledgement[]): FlagStanding {
  const mine = acks.filter((a) => a.flagKey === flag.key);
  if (flag.acknowledged)
    return {
      kind: 'acknowledged',
      acknowledgement:
        flag.acknowledgement ??
        mine.find((a) => a.evaluationId === flag.evaluationId) ??
        mine[mine.length - 1],
    };
  const previous = mine[mine.length - 1];
  if (previous) return { kind: 'changed', previous, required: flag.severity !== 'info' };
  return flag.severity === 'info' ? { kind: 'optional' } : { kind: 'open' };
}

/** The element id of a flag's title, so the sign-off panel can link to what still blocks it. */
export const flagTitleId = (key: string) => `flag-${key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

export function sortFlags<T extends StoredFlag>(flags: readonly T[]): T[] {
  return [...flags].sort((a, b) => compareFlags(a as Flag, b as Flag));
}

/** Urgent and review flags not yet acknowledged: what stands between the clinician and sign-off. */
export function blockingFlags(submission: Pick<SubmissionDetail, 'flags'>): StoredFlag[] {
  return sortFlags(submission.flags.filter((f) => f.severity !== 'info' && !f.acknowledged));
}

/** Earlier versions of a flag whose values or severity differ from the current one. */
export function flagHistory(submission: SubmissionDetail, flag: StoredFlag) {
  return submission.evaluations
    .filter((e) => e.id !== flag.evaluationId)
    .flatMap((e) =>
      e.flags
        .filter((f) => f.key === flag.key)
        .map((f) => ({ evaluatedAt: e.evaluatedAt, reason: e.reason, flag: f })),
    )
    .filter(
      ({ flag: old }) =>
        old.severity !== flag.severity ||
        JSON.stringify(old.values) !== JSON.stringify(flag.values),
    );
}

const SEVERITY_WORDS: Record<Flag['severity'], string> = {
  urgent: 'urgent',
  review: 'needs review',
  info: 'info',
};

/**
 * The folded list of resolved flags says how serious they were ("3: 1 urgent, 2 needs review"),
 * so an urgent flag the patient's own readings raised, resolved by a staff re-measurement before
 * anyone acknowledged it, is not hidden behind a bare count.
 */
export function resolvedSummary(flags: readonly Pick<StoredFlag, 'severity'>[]): string {
  const counts = (['urgent', 'review', 'info'] as const)
    .map((severity) => [severity, flags.filter((f) => f.severity === severity).length] as const)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${SEVERITY_WORDS[severity]}`);
  return `Resolved by later readings (${flags.length}: ${counts.join(', ')})`;
}
