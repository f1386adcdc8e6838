// Small display helpers shared by the screens.
import type { Severity } from '@preflight/screening';
import type { Decision, SubmissionStatus } from './types';

/** "H7KM3Q" → "H7K M3Q": two groups of three are easy to read aloud and to copy. */
export function groupCode(code: string): string {
  const clean = code.replace(/\s+/g, '').toUpperCase();
  return clean.length === 6 ? `${clean.slice(0, 3)} ${clean.slice(3)}` : clean;
}

/** The patient as staff call them: given name first. */
export const patientName = (patient: { givenName: string; familyName: string }) =>
  `${patient.givenName} ${patient.familyName}`;

export const STATUS_LABELS: Record<SubmissionStatus, string> = {
  submitted: 'Waiting for a nurse',
  in_review: 'In review',
  ready_for_signoff: 'Ready for clinician',
  signed_off: 'Signed off',
};

export const statusLabel = (status: string) =>
  STATUS_LABELS[status as SubmissionStatus] ?? status.replace(/_/g, ' ');

export const SEVERITY_LABELS: Record<Severity, string> = {
  urgent: 'Urgent',
  review: 'Needs review',
  info: 'Info',
};

export const DECISION_LABELS: Record<Decision, string> = {
  proceed: 'Proceed',
  'proceed-with-changes': 'Proceed with changes',
  hold: 'Hold',
  'not-proceeding': 'Not proceeding',
};

/**
 * A moment kept on record (submitted, acknowledged, signed off, printed, audited), with its time
 * zone: a printed sheet or an audit entry is read later, elsewhere, by someone else. `seconds` for
 * the audit log, whose entries are often the same minute.
 */
export function formatDateTime(
  iso: string,
  options: { seconds?: boolean; timeZone?: string } = {},
): string {
  return new Date(iso).toLocaleString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(options.seconds ? { second: '2-digit' } : {}),
    timeZoneName: 'short',
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  });
}

/**
 * A moment in a compact cell (a queue's arrival, a code's expiry): the time with its zone when it
 * falls on `now`'s day, the date too when not, so yesterday's unsigned submission or a code valid
 * until tomorrow does not read as today. The year only when it is not this year's. `zone: false`
 * where the zone is said once for many moments (a chart's time axis, see `zoneName`).
 */
export function formatMoment(
  iso: string,
  now: number,
  options: { timeZone?: string; zone?: boolean } = {},
): string {
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  const day = (at: Date, parts: Intl.DateTimeFormatOptions) =>
    at.toLocaleDateString('en-CA', { ...parts, ...zone });
  const at = new Date(iso);
  const today = new Date(now);
  const sameDay =
    day(at, { year: 'numeric', month: '2-digit', day: '2-digit' }) ===
    day(today, { year: 'numeric', month: '2-digit', day: '2-digit' });
  const sameYear = day(at, { year: 'numeric' }) === day(today, { year: 'numeric' });
  return at.toLocaleString(undefined, {
    ...(sameDay
      ? {}
      : { month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }) }),
    hour: '2-digit',
    minute: '2-digit',
    ...(options.zone === false ? {} : { timeZoneName: 'short' }),
    ...zone,
  });
}

/** The short name of the time zone a moment is shown in ("EST", "GMT+1"), as `formatMoment` ends. */
export function zoneName(iso: string, options: { timeZone?: string } = {}): string {
  const parts = new Intl.DateTimeFormat(undefined, {
    timeZoneName: 'short',
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  }).formatToParts(new Date(iso));
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** "waiting 25 min" style durations for the queue. */
export function waitingFor(fromIso: string, now: number): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(fromIso)) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${minutes % 60} min`;
}

/** The queue's "(waiting …)": a signed-off submission waits for no one, so it has none. */
export function queueWaiting(
  item: { status: SubmissionStatus; submittedAt: string },
  now: number,
): string | null {
  return item.status === 'signed_off' ? null : `waiting ${waitingFor(item.submittedAt, now)}`;
}

export const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Spanish' };
