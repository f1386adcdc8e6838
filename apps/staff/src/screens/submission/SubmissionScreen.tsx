// One submission, for the nurse who works through it and the clinician who signs it off.
// Flags first (what needs a person), then scores, readings, medications, every answer, history.
import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { blockingFlags, resolvedSummary, sortFlags } from '../../lib/flag-view';
import { patientName } from '../../lib/format';
import { Link } from '../../lib/router';
import type { ChartPoint } from '../../lib/chart-scale';
import { useSession } from '../../session/session';
import { Actions } from './Actions';
import { AddendumForm, SignOffPanel } from './SignOff';
import { FlagCard } from './FlagCard';
import { History } from './History';
import { ReadingForm } from './ReadingForm';
import {
  Addenda,
  AnswersBySection,
  FlagBody,
  Medications,
  PatientSummary,
  ReadingsTable,
  readingRows,
  Scores,
  SeverityBadge,
  SIGN_OFF_RECORD_ID,
  SignOffRecord,
  STATE_ID,
  SubmissionNotShown,
} from './parts';
import { useSubmission, useWhoIs } from './use-submission';

const VitalsChart = lazy(() => import('./VitalsChart'));

export default function SubmissionScreen({ submissionId }: { submissionId: string }) {
  const submission = useSubmission(submissionId);
  const whoIs = useWhoIs();
  const { hasRole } = useSession();
  const status = submission.data?.status;
  // Marking ready and signing off remove the button that had the focus, which would fall back to
  // the page top. After the user's own action (not a colleague's, arriving live), a focus so lost
  // goes to what changed: the sign-off record, or the state.
  const focusNextChange = useRef(false);
  const previousStatus = useRef(status);
  useEffect(() => {
    const before = previousStatus.current;
    previousStatus.current = status;
    if (!focusNextChange.current || before === status) return;
    focusNextChange.current = false;
    const focusLost = !document.activeElement || document.activeElement === document.body;
    if (focusLost)
      document.getElementById(status === 'signed_off' ? SIGN_OFF_RECORD_ID : STATE_ID)?.focus();
  }, [status]);
  const onStatusAction = useCallback(() => {
    focusNextChange.current = true;
  }, []);

  if (!submission.data) return <SubmissionNotShown submission={submission} title="Submission" />;

  const s = submission.data;
  const readOnly = s.status === 'signed_off';
  const flags = sortFlags(s.flags);
  const resolved = sortFlags(s.resolvedFlags);
  const blocking = blockingFlags(s);
  const rows = readingRows(s, whoIs);
  const points: ChartPoint[] = rows.map((row) => ({
    at: Date.parse(row.takenAt),
    systolic: row.systolic,
    diastolic: row.diastolic,
    heartRate: row.heartRate,
    source: row.source,
  }));

  return (
    <main id="main" className="submission">
      <p className="breadcrumb">
        <Link to="/">Triage queue</Link> ›
      </p>
      <div className="title-row">
        <h1 tabIndex={-1}>{patientName(s.visit.patient)}</h1>
        <Actions submission={s} onDone={onStatusAction} />
      </div>
      <PatientSummary submission={s} />
      {readOnly && (
        <p className="read-only-note" role="note">
          Signed off: this record is read-only. Later notes are added as addenda.
        </p>
      )}

      <section aria-labelledby="flags-title" className="panel">
        <h2 id="flags-title">Flags for review ({flags.length})</h2>
        <p className="muted">
          Flags point to answers and readings that need a person to look at them. They support the
          clinician’s own decision; they do not make it.
        </p>
        {flags.length === 0 && <p>No flags were raised.</p>}
        <ol className="flags">
          {flags.map((flag) => (
            <FlagCard key={flag.key} submission={s} flag={flag} readOnly={readOnly} whoIs={whoIs} />
          ))}
        </ol>
        {resolved.length > 0 && (
          <details className="resolved">
            <summary>{resolvedSummary(resolved)}</summary>
            <ul>
              {resolved.map((flag) => (
                <li key={flag.key} className="flag resolved-flag">
                  <h3>
                    {flag.title} <SeverityBadge flag={flag} />{' '}
                    <span className="badge">Resolved</span>
                  </h3>
                  <FlagBody flag={flag} submission={s} />
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <section aria-labelledby="signoff-title" className="panel">
        <h2 id="signoff-title">Clinician sign-off</h2>
        {readOnly ? (
          <>
            <SignOffRecord submission={s} whoIs={whoIs} />
            <h3>Addenda</h3>
            <Addenda submission={s} whoIs={whoIs} />
            <AddendumForm submissionId={s.id} />
          </>
        ) : hasRole('clinician') ? (
          <SignOffPanel submission={s} blocking={blocking} onSignedOff={onStatusAction} />
        ) : (
          <p>
            A clinician signs off once every urgent and review flag is acknowledged.{' '}
            {blocking.length === 0
              ? 'Nothing is left to acknowledge.'
              : `${blocking.length} left to acknowledge.`}
          </p>
        )}
      </section>

      <section aria-labelledby="scores-title" className="panel">
        <h2 id="scores-title">PHQ-9 and GAD-7</h2>
        <Scores answers={s.answers} />
      </section>

      <section aria-labelledby="vitals-title" className="panel">
        <h2 id="vitals-title">Blood pressure and heart rate</h2>
        <Suspense fallback={<p>Loading the chart…</p>}>
          <VitalsChart points={points} />
        </Suspense>
        <ReadingsTable rows={rows} />
        {!readOnly && <ReadingForm submissionId={s.id} />}
      </section>

      <section aria-labelledby="meds-title" className="panel">
        <h2 id="meds-title">Medications</h2>
        <Medications answers={s.answers} />
      </section>

      <section aria-labelledby="answers-title" className="panel">
        <h2 id="answers-title">Every answer</h2>
        <p className="muted">
          Chosen options are shown by their English label. Free text is shown as the patient typed
          it, in their language; nothing is machine-translated.
        </p>
        <AnswersBySection submission={s} />
      </section>

      <section aria-labelledby="history-title" className="panel">
        <h2 id="history-title">History</h2>
        <History submission={s} whoIs={whoIs} />
      </section>
    </main>
  );
}
