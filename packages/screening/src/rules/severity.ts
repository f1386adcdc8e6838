import { z } from 'zod';

export const severitySchema = z.enum(['urgent', 'review', 'info']);
export type Severity = z.infer<typeof severitySchema>;

export interface SeverityInfo {
  readonly severity: Severity;
  /** What the severity means for staff. */
  readonly meaning: string;
  /** What sign-off requires. */
  readonly beforeSignOff: string;
  readonly acknowledgement: 'required-with-note' | 'required' | 'optional';
  /** Urgent flags are pushed live with a sound and a banner. */
  readonly alert: boolean;
}

/** The spec's severity table; `urgent` is kept for what needs a person now, so the alarm keeps its meaning. */
export const SEVERITIES: Readonly<Record<Severity, SeverityInfo>> = {
  urgent: {
    severity: 'urgent',
    meaning:
      "Something acute, now: pushed live to the site's staff screens with a sound and a banner",
    beforeSignOff: 'Must be acknowledged, with a note',
    acknowledgement: 'required-with-note',
    alert: true,
  },
  review: {
    severity: 'review',
    meaning: 'Must be looked at before treatment',
    beforeSignOff: 'Must be acknowledged',
    acknowledgement: 'required',
    alert: false,
  },
  info: {
    severity: 'info',
    meaning: 'Context worth seeing',
    beforeSignOff: 'Shown; acknowledgement optional',
    acknowledgement: 'optional',
    alert: false,
  },
};

/** Lower sorts first: urgent, then review, then info. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { urgent: 0, review: 1, info: 2 };

export function needsAcknowledgement(severity: Severity): boolean {
  return SEVERITIES[severity].acknowledgement !== 'optional';
}
