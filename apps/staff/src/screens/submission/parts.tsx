// Read-only pieces of a submission, shared by the submission screen and its print view.
import {
  PLANNED_TREATMENT_LABELS,
  ageInYears,
  gad7Band,
  gad7Score,
  phq9Band,
  phq9Score,
  type Answers,
  type Language,
} from '@preflight/screening';
import { getMedicationClass, matchMedication } from '@preflight/screening/medications';
import type { UseQueryResult } from '@tanstack/react-query';
import { Table } from '../../components/Table';
import { ApiError } from '../../lib/api';
import { answerSections, formatReading } from '../../lib/answer-view';
import type { ChartPoint } from '../../lib/chart-scale';
import {
  DECISION_LABELS,
  LANGUAGE_NAMES,
  SEVERITY_LABELS,
  formatDateTime,
  statusLabel,
} from '../../lib/format';
import {
  resolveSources,
  valueEntries,
  type ValueEntry,
  type ValueSource,
} from '../../lib/flag-view';
import { Link } from '../../lib/router';
import type { Person, StoredFlag, SubmissionDetail } from '../../lib/types';

export type WhoIs = (person: Person | null | undefined) => string;

/** A submission still loading, or the reason it cannot be shown. */
export function SubmissionNotShown({
  submission,
  title,
  className,
}: {
  submission: UseQueryResult<SubmissionDetail>;
  title: string;
  className?: string;
}) {
  return (
    <main id="main" className={className} aria-busy={submission.isPending}>
      <h1 tabIndex={-1}>{title}</h1>
      {submission.isError ? (
        <>
          <p role="alert" className="form-error">
            {submission.error instanceof ApiError && submission.error.status === 404
              ? 'This submission does not exist or is not at your clinic.'
              : `Could not load it: ${submission.error.message}`}
          </p>
          <Link to="/">Back to the queue</Link>
        </>
      ) : (
        <p>Loading…</p>
      )}
    </main>
  );
}

/** Where focus goes after the user's own change of state (see SubmissionScreen). */
export const STATE_ID = 'submission-state';
export const SIGN_OFF_RECORD_ID = 'sign-off-record';

export function PatientSummary({ submission }: { submission: SubmissionDetail }) {
  const { patient, plannedTreatment } = submission.visit;
  const age = ageInYears(patient.birthDate, new Date().toISOString());
  return (
    <dl className="summary">
      <div>
        <dt>Birth date</dt>
        <dd>
          {patient.birthDate}
          {age !== undefined && ` (${age} years)`}
        </dd>
      </div>
      {patient.mrn && (
        <div>
          <dt>Record number</dt>
          <dd>{patient.mrn}</dd>
        </div>
      )}
      <div>
        <dt>Planned treatment</dt>
        <dd>{PLANNED_TREATMENT_LABELS[plannedTreatment] ?? plannedTreatment}</dd>
      </div>
      <div>
        <dt>Submitted</dt>
        <dd>{formatDateTime(submission.submittedAt)}</dd>
      </div>
      <div>
        <dt>State</dt>
        <dd data-testid="submission-state" id={STATE_ID} tabIndex={-1}>
          {statusLabel(submission.status)}
        </dd>
      </div>
      <div>
        <dt>Patient’s language</dt>
        <dd>{LANGUAGE_NAMES[submission.language] ?? submission.language}</dd>
      </div>
    </dl>
  );
}

export function SeverityBadge({
  flag,
}: {
  flag: Pick<StoredFlag, 'severity' | 'contraindication'>;
}) {
  return (
    <span className="badges">
      <span className={`badge ${flag.severity}`}>{SEVERITY_LABELS[flag.severity]}</span>
      {flag.contraindication && (
        <span className="badge contraindication">Label contraindication</span>
      )}
    </span>
  );
}

/** The patient's own words, exactly as typed, marked with the language they typed them in. */
export function TypedText({ text, language }: { text: string; language: Language }) {
  return (
    <>
      <span lang={language} className="typed">
        “{text}”
      </span>{' '}
      <span className="language-tag">typed in {LANGUAGE_NAMES[language] ?? language}</span>
    </>
  );
}

/** A value a rule read: the patient's own words marked as typed, anything else as it is. */
export function ValueText({ entry }: { entry: ValueEntry }) {
  return entry.typedIn ? <TypedText text={entry.text} language={entry.typedIn} /> : entry.text;
}

/** What it read (the patient's own words marked with their language), why, and on what basis. */
export function FlagBody({ flag, submission }: { flag: StoredFlag; submission: ValueSource }) {
  const values = valueEntries(flag.values, submission);
  return (
    <>
      {values.length > 0 && (
        <dl className="flag-values">
          {values.map((entry) => (
            <div key={entry.name}>
              <dt>{entry.name}</dt>
              <dd>
                <ValueText entry={entry} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p className="rationale">{flag.rationale}</p>
      {flag.source.length > 0 && (
        <div className="sources">
          <p className="sources-title">Source</p>
          <ul>
            {resolveSources(flag.source).map((source) => (
              <li key={source.key}>
                <strong>{source.key}</strong>: {source.reference}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="muted small">
        Rule {flag.ruleId}, version {flag.ruleVersion}
      </p>
    </>
  );
}

export function Scores({ answers }: { answers: Answers }) {
  const phq9 = phq9Score(answers.mood?.phq9);
  const gad7 = gad7Score(answers.mood?.gad7);
  return (
    <Table
      className="scores"
      caption="Questionnaire scores"
      columns={['Questionnaire', 'Score', 'Band']}
    >
      <tr>
        <th scope="row">PHQ-9 (depression)</th>
        <td>{phq9 === undefined ? 'Not complete' : `${phq9} of 27`}</td>
        <td>{phq9 === undefined ? '—' : phq9Band(phq9)}</td>
      </tr>
      <tr>
        <th scope="row">GAD-7 (anxiety)</th>
        <td>{gad7 === undefined ? 'Not complete' : `${gad7} of 21`}</td>
        <td>{gad7 === undefined ? '—' : gad7Band(gad7)}</td>
      </tr>
    </Table>
  );
}

export function Medications({ answers }: { answers: Answers }) {
  const list = answers.meds?.list ?? [];
  if (answers.meds?.takesAny !== 'yes' || list.length === 0)
    return <p>The patient listed no current medications.</p>;
  return (
    <Table
      caption="Current medications and their classes"
      columns={['As typed', 'Recognised as', 'Classes', 'Dose, frequency, last taken']}
    >
      {list.map((med, i) => {
        const match = matchMedication(med.name);
        const classes =
          match.kind === 'unrecognized'
            ? []
            : match.drug.classes.map((id) => getMedicationClass(id).label);
        return (
          <tr key={i}>
            <th scope="row">{med.name}</th>
            <td>
              {match.kind === 'exact' && match.drug.generic}
              {match.kind === 'fuzzy' &&
                `${match.drug.generic} (matched “${match.typed}” to ${match.drug.generic})`}
              {match.kind === 'unrecognized' && (
                <span className="muted">Not in the catalogue: staff to identify</span>
              )}
            </td>
            <td>{classes.length ? classes.join(', ') : '—'}</td>
            <td>
              {[med.dose, med.frequency, med.lastTaken && `last: ${med.lastTaken}`]
                .filter(Boolean)
                .join('; ') || '—'}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}

export function AnswersBySection({ submission }: { submission: SubmissionDetail }) {
  return (
    <>
      {answerSections(submission.answers, submission.language).map((section) => (
        <section
          key={section.id}
          aria-labelledby={`answers-${section.id}`}
          className="answer-section"
        >
          <h3 id={`answers-${section.id}`}>{section.title}</h3>
          <Table className="answers" columns={['Question', 'Answer']}>
            {section.rows.map((row) => (
              <tr key={row.linkId} data-link-id={row.linkId}>
                <th scope="row">{row.question}</th>
                <td>
                  {row.typedIn ? <TypedText text={row.text} language={row.typedIn} /> : row.text}
                </td>
              </tr>
            ))}
          </Table>
        </section>
      ))}
    </>
  );
}

/** One reading, patient's or staff's; the chart plots the numbers, the table shows the text. */
export interface ReadingRow extends Omit<ChartPoint, 'at'> {
  key: string;
  takenAt: string;
  text: string;
  by: string;
}

export function readingRows(submission: SubmissionDetail, whoIs: WhoIs): ReadingRow[] {
  const patient = (submission.answers.vitals?.readings ?? []).map((r, i): ReadingRow => ({
    key: `p${i}`,
    source: 'patient',
    takenAt: r.takenAt,
    systolic: r.systolic,
    diastolic: r.diastolic,
    heartRate: r.heartRate,
    text: formatReading(r),
    by: 'Patient',
  }));
  const staff = submission.staffReadings.map((r): ReadingRow => ({
    key: r.id,
    source: 'staff',
    takenAt: r.takenAt,
    systolic: r.systolic,
    diastolic: r.diastolic,
    heartRate: r.heartRate,
    text: formatReading(r),
    by: whoIs(r.by),
  }));
  return [...patient, ...staff].sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt));
}

export function ReadingsTable({ rows }: { rows: ReadingRow[] }) {
  return (
    <Table
      className="readings"
      caption="Every blood pressure and heart rate reading"
      columns={['Taken', 'Reading', 'By']}
    >
      {rows.map((row) => (
        <tr key={row.key} className={row.source}>
          <td>{formatDateTime(row.takenAt)}</td>
          <td>{row.text}</td>
          <td>{row.source === 'patient' ? 'Patient' : `Staff: ${row.by}`}</td>
        </tr>
      ))}
    </Table>
  );
}

export function SignOffRecord({
  submission,
  whoIs,
}: {
  submission: SubmissionDetail;
  whoIs: WhoIs;
}) {
  const signOff = submission.signOff;
  if (!signOff) return null;
  return (
    <div
      className="sign-off-record"
      data-testid="sign-off-record"
      id={SIGN_OFF_RECORD_ID}
      tabIndex={-1}
    >
      <p>
        <strong>
          Clinician’s decision: {DECISION_LABELS[signOff.decision] ?? signOff.decision}
        </strong>
        , recorded by {whoIs(signOff.by)} on {formatDateTime(signOff.at)}.
      </p>
      {signOff.note && <p className="note">{signOff.note}</p>}
      <p className="muted small">
        The sign-off attests that every flag was reviewed. The decision is the clinician’s own.
      </p>
    </div>
  );
}

export function Addenda({ submission, whoIs }: { submission: SubmissionDetail; whoIs: WhoIs }) {
  if (submission.addenda.length === 0) return <p className="muted">No addenda.</p>;
  return (
    <ol className="addenda">
      {submission.addenda.map((a) => (
        <li key={a.id}>
          <p className="note">{a.text}</p>
          <p className="muted small">
            {whoIs(a.by)}, {formatDateTime(a.at)}
          </p>
        </li>
      ))}
    </ol>
  );
}
