// The whole data model. Patient data lives in visits (identity), drafts and submissions (answers);
// everything a person does to a submission is its own append-only row, so history is never lost.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  foreignKey,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const id = () =>
  uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`);

export const sites = pgTable('sites', {
  id: id(),
  name: text('name').notNull(),
  createdAt: ts('created_at').notNull(),
});

export const staffUsers = pgTable('staff_users', {
  id: id(),
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  roles: text('roles').array().notNull(),
  totpSecret: text('totp_secret'),
  totpPendingSecret: text('totp_pending_secret'),
  totpEnabledAt: ts('totp_enabled_at'),
  // the last accepted TOTP time step: a code is never accepted twice (RFC 6238 §5.2)
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  // set by an admin's password reset: the temporary password must be replaced at next sign-in
  passwordChangeRequired: boolean('password_change_required').notNull().default(false),
  active: boolean('active').notNull().default(true),
  createdAt: ts('created_at').notNull(),
});

export const staffUserSites = pgTable(
  'staff_user_sites',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => staffUsers.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.siteId] })],
);

export const staffSessions = pgTable(
  'staff_sessions',
  {
    // sha256 of the cookie value: a leaked table cannot be replayed as cookies.
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => staffUsers.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: ts('created_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    lockedAt: ts('locked_at'),
    // a user who must enrol TOTP gets a session limited to the enrolment routes
    enrolmentOnly: boolean('enrolment_only').notNull().default(false),
    endedAt: ts('ended_at'),
  },
  (t) => [index('staff_sessions_user_idx').on(t.userId)],
);

export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    bucket: text('bucket').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [index('login_failures_bucket_at_idx').on(t.bucket, t.at)],
);

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});

export const visits = pgTable(
  'visits',
  {
    id: id(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    mrn: text('mrn'),
    plannedTreatment: text('planned_treatment').notNull(),
    status: text('status').notNull(), // open | submitted | cancelled
    codeHash: text('code_hash'),
    codeExpiresAt: ts('code_expires_at'),
    createdBy: uuid('created_by').references(() => staffUsers.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    // Only live codes are indexed: a submission clears its visit's code without an index write.
    uniqueIndex('visits_code_hash_idx')
      .on(t.codeHash)
      .where(sql`${t.codeHash} is not null`),
    // the staff list of visits waiting for the tablet (and, by its first column, a site's visits)
    index('visits_site_status_created_idx').on(t.siteId, t.status, t.createdAt),
  ],
);

export const intakeTokens = pgTable(
  'intake_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('intake_tokens_visit_idx').on(t.visitId)],
);

export const drafts = pgTable(
  'drafts',
  {
    visitId: uuid('visit_id')
      .primaryKey()
      .references(() => visits.id),
    answers: jsonb('answers').notNull(),
    step: text('step').notNull(),
    language: text('language').notNull(),
    revision: integer('revision').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  // purging drafts untouched for 24 hours reads this
  (t) => [index('drafts_updated_at_idx').on(t.updatedAt)],
);

export const submissions = pgTable(
  'submissions',
  {
    id: id(),
    visitId: uuid('visit_id')
      .notNull()
      .unique()
      .references(() => visits.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    status: text('status').notNull(), // submitted | in_review | ready_for_signoff | signed_off
    answers: jsonb('answers').notNull(),
    language: text('language').notNull(),
    questionnaireVersion: text('questionnaire_version').notNull(),
    submittedAt: ts('submitted_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    currentEvaluationId: uuid('current_evaluation_id'),
    // Denormalised from the current evaluation and acknowledgements so the triage list is one
    // indexed read: 0 = open urgent, 1 = open contraindication, 2 = the rest.
    triageGroup: integer('triage_group').notNull(),
    openUrgent: integer('open_urgent').notNull(),
    openReview: integer('open_review').notNull(),
    openInfo: integer('open_info').notNull(),
    highestOpenSeverity: text('highest_open_severity'),
  },
  (t) => [
    index('submissions_triage_idx').on(t.siteId, t.status, t.triageGroup, t.submittedAt, t.id),
    // the default queue (everything not yet signed off) in its display order
    index('submissions_open_triage_idx')
      .on(t.siteId, t.triageGroup, t.submittedAt, t.id)
      .where(sql`${t.status} <> 'signed_off'`),
  ],
);

export const flagEvaluations = pgTable(
  'flag_evaluations',
  {
    id: id(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id),
    reason: text('reason').notNull(), // submitted | vitals_added
    ruleSetVersion: text('rule_set_version').notNull(),
    questionnaireVersion: text('questionnaire_version').notNull(),
    evaluatedAt: ts('evaluated_at').notNull(),
  },
  (t) => [
    // The target of flags' (submission, evaluation) key: a flag's submission is its evaluation's.
    // Submission first, so it also serves as the index of a submission's evaluations.
    unique('flag_evaluations_submission_id_unique').on(t.submissionId, t.id),
  ],
);

export const flags = pgTable(
  'flags',
  {
    id: id(),
    evaluationId: uuid('evaluation_id').notNull(),
    submissionId: uuid('submission_id').notNull(),
    key: text('key').notNull(),
    ruleId: text('rule_id').notNull(),
    ruleVersion: text('rule_version').notNull(),
    severity: text('severity').notNull(),
    contraindication: boolean('contraindication').notNull(),
    // The first evaluation of the unbroken run in which this flag had the same severity and values:
    // an acknowledgement made against any evaluation of the run still holds (screening.md).
    runStartEvaluationId: uuid('run_start_evaluation_id').notNull(),
    // linkIds, values, title, rationale, source as evaluated: the record shows what staff saw then.
    // json, not jsonb: kept as written, so values read in the rule's order (systolic, diastolic…).
    detail: json('detail').notNull(),
  },
  (t) => [
    // One index for a submission's flags and an evaluation's (read with its submission): the
    // submission writes a row in it per flag, so fewer indexes are fewer writes.
    index('flags_submission_evaluation_idx').on(t.submissionId, t.evaluationId),
    // One key for both columns: it also holds the flag to its evaluation's submission (the
    // evaluation references the submission), and costs one check per flag instead of two on the
    // busiest insert.
    foreignKey({
      name: 'flags_submission_evaluation_fk',
      columns: [t.submissionId, t.evaluationId],
      foreignColumns: [flagEvaluations.submissionId, flagEvaluations.id],
    }),
  ],
);

export const flagAcknowledgements = pgTable(
  'flag_acknowledgements',
  {
    id: id(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id),
    flagKey: text('flag_key').notNull(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => flagEvaluations.id),
    note: text('note'),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => staffUsers.id),
    at: ts('at').notNull(),
  },
  (t) => [index('flag_acks_submission_idx').on(t.submissionId)],
);

export const staffReadings = pgTable(
  'staff_readings',
  {
    id: id(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id),
    systolic: integer('systolic').notNull(),
    diastolic: integer('diastolic').notNull(),
    heartRate: integer('heart_rate').notNull(),
    arm: text('arm').notNull(),
    takenAt: ts('taken_at').notNull(),
    confirmedOutOfRange: boolean('confirmed_out_of_range').notNull().default(false),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => staffUsers.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('staff_readings_submission_idx').on(t.submissionId)],
);

export const stateHistory = pgTable(
  'state_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    byUserId: uuid('by_user_id').references(() => staffUsers.id),
    at: ts('at').notNull(),
  },
  (t) => [index('state_history_submission_idx').on(t.submissionId)],
);

export const signOffs = pgTable('sign_offs', {
  id: id(),
  submissionId: uuid('submission_id')
    .notNull()
    .unique()
    .references(() => submissions.id),
  decision: text('decision').notNull(),
  note: text('note'),
  evaluationId: uuid('evaluation_id')
    .notNull()
    .references(() => flagEvaluations.id),
  byUserId: uuid('by_user_id')
    .notNull()
    .references(() => staffUsers.id),
  at: ts('at').notNull(),
});

export const addenda = pgTable(
  'addenda',
  {
    id: id(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id),
    text: text('text').notNull(),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => staffUsers.id),
    at: ts('at').notNull(),
  },
  (t) => [index('addenda_submission_idx').on(t.submissionId)],
);

export const idempotencyRecords = pgTable(
  'idempotency_records',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    state: text('state').notNull(), // running | done
    responseStatus: integer('response_status'),
    responseBody: jsonb('response_body'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);

// Append-only: a trigger (see migrations) refuses UPDATE and DELETE; no code path does either.
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull(),
    actorType: text('actor_type').notNull(), // staff | intake | system
    actorId: text('actor_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    siteId: uuid('site_id'),
    // ids and counts only, never answer values or names
    detail: jsonb('detail'),
  },
  (t) => [
    index('audit_subject_idx').on(t.subjectId, t.id),
    index('audit_actor_idx').on(t.actorId, t.id),
  ],
);
