// A clean one-column copy for the paper chart: flags first, then everything else.
import { useEffect } from 'react';
import { Link } from '../../lib/router';
import { sortFlags, flagStanding } from '../../lib/flag-view';
import { formatDateTime, patientName } from '../../lib/format';
import { History } from '../submission/History';
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
  SignOffRecord,
  SubmissionNotShown,
} from '../submission/parts';
import { useSubmission, useWhoIs } from '../submission/use-submission';
import './print.css';

export default function PrintScreen({ submissionId }: { submissionId: string }) {
  const submission = useSubmission(submissionId);
  const whoIs = useWhoIs();
  useEffect(() => {
    document.body.classList.add('printing');
    return () => document.body.classList.remove('printing');
  }, []);
  if (!submission.data)
    return <SubmissionNotShown submission={submission} title="Print view" className="print-view" />;
  const s = submission.data;
  return (
    <main id="main" className="print-view">
      <div className="no-print actions">
        <button type="button" className="primary" onClick={() => window.print()}>
          Print
        </button>
        <Link to={`/submissions/${s.id}`}>Back to the submission</Link>
      </div>
      <h1 tabIndex={-1}>Pre-treatment screening: {patientName(s.visit.patient)}</h1>
      <p className="muted">Printed {formatDateTime(new Date().toISOString())} from Preflight.</p>
      <PatientSummary submission={s} />
      <section aria-labelledby="p-flags">
        <h2 id="p-flags">Flags for review</h2>
        <p>
          Flags point to answers and readings for a person to review. They support the clinician’s
          decision; they do not make it.
        </p>
        {s.flags.length === 0 && <p>No flags were raised.</p>}
        {sortFlags(s.flags).map((flag) => {
          const standing = flagStanding(flag, s.acknowledgements);
          return (
            <article key={flag.key} className="print-flag">
              <h3>
                {flag.title} <SeverityBadge flag={flag} />
              </h3>
              <FlagBody flag={flag} submission={s} />
              <p>
                {standing.kind === 'acknowledged'
                  ? `Acknowledged${standing.acknowledgement ? ` by ${whoIs(standing.acknowledgement.by)}, ${formatDateTime(standing.acknowledgement.at)}${standing.acknowledgement.note ? `: “${standing.acknowledgement.note}”` : ''}` : ''}`
                  : standing.kind === 'optional'
                    ? 'For information.'
                    : 'Not yet acknowledged.'}
              </p>
            </article>
          );
        })}
        {s.resolvedFlags.length > 0 && (
          <p>
            Resolved by later readings:{' '}
            {sortFlags(s.resolvedFlags)
              .map((f) => f.title)
              .join('; ')}
          </p>
        )}
      </section>
      <section aria-labelledby="p-signoff">
        <h2 id="p-signoff">Clinician sign-off</h2>
        {s.signOff ? <SignOffRecord submission={s} whoIs={whoIs} /> : <p>Not signed off yet.</p>}
        {s.addenda.length > 0 && (
          <>
            <h3>Addenda</h3>
            <Addenda submission={s} whoIs={whoIs} />
          </>
        )}
      </section>
      <section aria-labelledby="p-scores">
        <h2 id="p-scores">PHQ-9 and GAD-7</h2>
        <Scores answers={s.answers} />
      </section>
      <section aria-labelledby="p-vitals">
        <h2 id="p-vitals">Blood pressure and heart rate</h2>
        <ReadingsTable rows={readingRows(s, whoIs)} />
      </section>
      <section aria-labelledby="p-meds">
        <h2 id="p-meds">Medications</h2>
        <Medications answers={s.answers} />
      </section>
      <section aria-labelledby="p-answers">
        <h2 id="p-answers">Every answer</h2>
        <AnswersBySection submission={s} />
      </section>
      <section aria-labelledby="p-history">
        <h2 id="p-history">History</h2>
        <History submission={s} whoIs={whoIs} />
      </section>
    </main>
  );
}
