// Stores a patient's submission. The server prunes hidden answers, validates them with the
// domain's schema for this visit, and evaluates the flags itself: the tablet's opinion is never
// trusted. One transaction: submission, evaluation, state history, audit, and the live events.
import { randomUUID } from 'node:crypto';
import {
  QUESTIONNAIRE_VERSION,
  RULE_SET_VERSION,
  answersSchemaFor,
  evaluateFlags,
  fieldErrors,
  type Language,
  type VisitContext,
} from '@preflight/screening';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { runPrepared, type PreparedStatement } from '../db/prepared-statement.js';
import { visits } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import type { IntakeContext } from '../plugins/intake-token.js';
import { EVENTS_CHANNEL, type StaffEvent } from './publish-event.js';
import { refuseUnlessIntakeOpen } from './save-draft.js';
import { flagRowsOf, summaryOfNewFlags } from './store-evaluation.js';
import type { IdempotencyRecord, StoredResponse } from './with-idempotency.js';

export function visitContextOf(visit: IntakeContext['visit']): VisitContext {
  return {
    plannedTreatment: visit.plannedTreatment as VisitContext['plannedTreatment'],
    patient: {
      givenName: visit.givenName,
      familyName: visit.familyName,
      birthDate: visit.birthDate,
    },
  };
}

/**
 * Everything a submission writes, in one statement (one round trip and one transaction, which is
 * most of its cost): the visit (its code dies; tokens stay valid to replay this key), the
 * submission with its triage summary, the evaluation and its flags, the first state-history row,
 * the draft (deleted), the audit row, the idempotent response (withIdempotency's contract: stored
 * in the same transaction as the work), and the live events, which NOTIFY sends only on commit.
 * Everything hangs on the visit's update, which holds only while the visit is still open with the
 * treatment the answers were checked for: a cancel or a change of treatment that committed since
 * the token was read (cancel-visit locks the row too) leaves nothing written and no row returned.
 * It is the busiest write of a clinic's morning, so it is written by hand, once (see
 * prepared-statement.ts); the tests run it on PGlite and PostgreSQL.
 */
const storeSubmission: PreparedStatement = {
  name: 'submit_intake_v3',
  text: `
with visit as (
  update visits set status = 'submitted', code_hash = null, code_expires_at = null, updated_at = $7
  where id = $2 and status = 'open' and planned_treatment = $23
  returning id
), submission as (
  insert into submissions (id, visit_id, site_id, status, answers, language, questionnaire_version,
    submitted_at, updated_at, current_evaluation_id, triage_group, open_urgent, open_review,
    open_info, highest_open_severity)
  select $1::uuid, visit.id, $3::uuid, 'submitted', $4::jsonb, $5::text, $6::text,
    $7::timestamptz, $7::timestamptz, $8::uuid, $9::integer, $10::integer, $11::integer,
    $12::integer, $13::text
  from visit
), evaluation as (
  insert into flag_evaluations (id, submission_id, reason, rule_set_version, questionnaire_version,
    evaluated_at)
  select $8::uuid, $1::uuid, 'submitted', $14::text, $6::text, $7::timestamptz from visit
), raised as (
  insert into flags (evaluation_id, submission_id, key, rule_id, rule_version, severity,
    contraindication, run_start_evaluation_id, detail)
  select $8::uuid, $1::uuid, f.key, f.rule_id, f.rule_version, f.severity, f.contraindication,
    $8::uuid, f.detail
  from visit, json_to_recordset($15::json) as f(key text, rule_id text, rule_version text,
    severity text, contraindication boolean, detail json)
), history as (
  insert into state_history (submission_id, from_status, to_status, at)
  select $1::uuid, null, 'submitted', $7::timestamptz from visit
), draft as (
  delete from drafts where visit_id in (select id from visit)
), audit as (
  insert into audit_events (at, actor_type, actor_id, action, subject_type, subject_id, site_id,
    detail)
  select $7::timestamptz, 'intake', visit.id::text, 'submission.created', 'submission',
    $1::text, $3::uuid, $16::jsonb
  from visit
), response as (
  update idempotency_records set state = 'done', response_status = $17, response_body = $18::jsonb
  where scope = $19 and key = $20 and exists (select from visit)
)
select pg_notify($21, event) from visit, unnest($22::text[]) as event`,
};

export async function submitIntake(
  db: Database,
  intake: IntakeContext,
  input: { answers: unknown; language: Language },
  now: Date,
  idempotency: IdempotencyRecord,
): Promise<StoredResponse> {
  refuseUnlessIntakeOpen(intake);
  const visit = visitContextOf(intake.visit);
  // Strips hidden answers (never refuses for them), then requires every shown item.
  const parsed = answersSchemaFor(visit).safeParse(input.answers);
  if (!parsed.success) {
    throw new AppError(
      'validation_failed',
      'Some answers are missing or not valid.',
      fieldErrors(parsed.error),
    );
  }
  const answers = parsed.data;
  const flagList = evaluateFlags(answers, visit, { asOf: now.toISOString() });
  const summary = summaryOfNewFlags(flagList);
  const submissionId = randomUUID();
  const evaluationId = randomUUID();
  const siteId = intake.visit.siteId;
  const response = { status: 201, body: { submissionId } };
  const flagRows = flagRowsOf({ submissionId, evaluationId, flags: flagList }).map((row) => ({
    key: row.key,
    rule_id: row.ruleId,
    rule_version: row.ruleVersion,
    severity: row.severity,
    contraindication: row.contraindication,
    detail: row.detail,
  }));
  const events: StaffEvent[] = [
    { type: 'submission.created', siteId, submissionId, counts: summary.open },
  ];
  if (summary.open.urgent > 0) {
    events.push({ type: 'flag.urgent', siteId, submissionId, count: summary.open.urgent });
  }
  let stored: unknown[];
  try {
    stored = await runPrepared(db, storeSubmission, [
      submissionId,
      intake.visit.id,
      siteId,
      JSON.stringify(answers),
      input.language,
      QUESTIONNAIRE_VERSION,
      now,
      evaluationId,
      summary.triageGroup,
      summary.open.urgent,
      summary.open.review,
      summary.open.info,
      summary.highestOpenSeverity,
      RULE_SET_VERSION,
      JSON.stringify(flagRows),
      JSON.stringify({ flags: summary.open, evaluationId }),
      response.status,
      JSON.stringify(response.body),
      idempotency.scope,
      idempotency.key,
      EVENTS_CHANNEL,
      events.map((event) => JSON.stringify(event)),
      intake.visit.plannedTreatment,
    ]);
  } catch (error) {
    // Another submission of this visit (another key) committed first; nothing of this one stays.
    if (isUniqueViolation(error))
      throw new AppError('already_submitted', 'These answers were already sent.');
    throw error;
  }
  if (stored.length === 0) await refuseForVisitChangedSince(db, intake.visit.id);
  return response;
}

/** The write found the visit no longer open with this treatment: say why, from its state now. */
async function refuseForVisitChangedSince(db: Database, visitId: string): Promise<never> {
  const [visit] = await db
    .select({ status: visits.status })
    .from(visits)
    .where(eq(visits.id, visitId));
  refuseUnlessIntakeOpen({ visit: { status: visit?.status ?? 'cancelled' } });
  // Staff changed the planned treatment after the answers were checked: the tablet retries (same
  // key), and the answers are checked again for the new treatment.
  throw new AppError('conflict', 'The visit changed while the answers were sent. Please retry.');
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
