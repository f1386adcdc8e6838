// Shapes the API answers with (docs/spec workflow.md); only what the screens read.
import type { Answers, Flag, PlannedTreatment, Severity } from '@preflight/screening';

export type Role = 'nurse' | 'clinician' | 'admin';

export interface Me {
  user: {
    id: string;
    email: string;
    displayName: string;
    totpEnabled?: boolean;
    passwordChangeRequired?: boolean;
  };
  roles: Role[];
  sites: { id: string; name: string }[];
  csrfToken: string;
  locked?: boolean;
  enrolmentOnly?: boolean;
}

export type SubmissionStatus = 'submitted' | 'in_review' | 'ready_for_signoff' | 'signed_off';

export interface FlagCounts {
  urgent: number;
  review: number;
  info: number;
}

export interface TriageItem {
  id: string;
  visitId: string;
  status: SubmissionStatus;
  submittedAt: string;
  patient: { givenName: string; familyName: string };
  plannedTreatment: PlannedTreatment;
  openFlags: FlagCounts;
}

export interface CreatedVisit {
  visitId: string;
  code: string;
  expiresAt: string;
}

/** A staff member as records name them. */
export interface Person {
  id: string;
  displayName: string;
}

export interface Acknowledgement {
  flagKey: string;
  evaluationId: string;
  note: string | null;
  by: Person | null;
  at: string;
}

export type StoredFlag = Omit<Flag, 'severity'> & {
  severity: Severity;
  evaluationId: string;
  acknowledged: boolean;
  /** The acknowledgement that still holds (same severity and values since), if any. */
  acknowledgement?: Acknowledgement | null;
};

export interface StaffReading {
  id: string;
  systolic: number;
  diastolic: number;
  heartRate: number;
  arm: 'left' | 'right';
  takenAt: string;
  createdAt?: string;
  confirmedOutOfRange: boolean;
  by: Person | null;
}

export type Decision = 'proceed' | 'proceed-with-changes' | 'hold' | 'not-proceeding';

export interface SubmissionDetail {
  id: string;
  status: SubmissionStatus;
  submittedAt: string;
  language: 'en' | 'es';
  visit: {
    id: string;
    plannedTreatment: PlannedTreatment;
    patient: { givenName: string; familyName: string; birthDate: string; mrn?: string | null };
  };
  answers: Answers;
  flags: StoredFlag[];
  /** Raised by an earlier evaluation, no longer by the current one. */
  resolvedFlags: StoredFlag[];
  evaluations: {
    id: string;
    reason: string;
    ruleSetVersion: string;
    evaluatedAt: string;
    flags: StoredFlag[];
  }[];
  acknowledgements: Acknowledgement[];
  staffReadings: StaffReading[];
  addenda: { id: string; text: string; by: Person | null; at: string }[];
  stateHistory: {
    from: string | null;
    to: string;
    by: Person | null;
    at: string;
  }[];
  signOff: {
    decision: Decision;
    note: string | null;
    by: Person | null;
    at: string;
  } | null;
}

export interface StaffUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  siteIds: string[];
  active: boolean;
  totpEnabled: boolean;
  passwordChangeRequired?: boolean;
}

export interface Site {
  id: string;
  name: string;
  active?: boolean;
}

export interface AuditEntry {
  id: string | number;
  at: string;
  actorType: string;
  actorId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
}

export interface Paged<T> {
  items: T[];
  nextCursor: string | null;
}
