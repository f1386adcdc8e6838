// One current flag: what it read and why, where it stands, and the acknowledgement form.
import { zodResolver } from '@hookform/resolvers/zod';
import { Fragment, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, FormError } from '../../components/Field';
import { api, ApiError } from '../../lib/api';
import { applyServerError } from '../../lib/errors';
import { flagHistory, flagStanding, flagTitleId, valueEntries } from '../../lib/flag-view';
import { formatDateTime, SEVERITY_LABELS } from '../../lib/format';
import { acknowledgementSchema } from '../../lib/schemas';
import type { StoredFlag, SubmissionDetail } from '../../lib/types';
import { FlagBody, SeverityBadge, ValueText, type WhoIs } from './parts';
import { useRefreshSubmission } from './use-submission';

export function FlagCard({
  submission,
  flag,
  readOnly,
  whoIs,
}: {
  submission: SubmissionDetail;
  flag: StoredFlag;
  readOnly: boolean;
  whoIs: WhoIs;
}) {
  const standing = flagStanding(flag, submission.acknowledgements);
  const history = flagHistory(submission, flag);
  const titleId = flagTitleId(flag.key);
  // The acknowledgement form goes away once it is sent: its button had the focus, so the flag's
  // new standing takes it, announcing it, and Tab goes on to the next flag instead of the page top.
  const standingRef = useRef<HTMLDivElement>(null);
  const [focusStanding, setFocusStanding] = useState(false);
  useEffect(() => {
    if (focusStanding && standing.kind === 'acknowledged') {
      standingRef.current?.focus();
      setFocusStanding(false);
    }
  }, [focusStanding, standing.kind]);
  return (
    <li
      className={`flag ${flag.severity}${flag.contraindication ? ' contraindicated' : ''}`}
      aria-labelledby={titleId}
      data-flag-key={flag.key}
    >
      <div className="flag-head">
        <SeverityBadge flag={flag} />
        <h3 id={titleId}>{flag.title}</h3>
      </div>
      <FlagBody flag={flag} submission={submission} />
      {history.length > 0 && (
        <details className="flag-history">
          <summary>Earlier values of this flag ({history.length})</summary>
          <ul>
            {history.map(({ evaluatedAt, flag: old }) => (
              <li key={old.evaluationId}>
                {formatDateTime(evaluatedAt)}: {SEVERITY_LABELS[old.severity]},{' '}
                {valueEntries(old.values, submission).map((entry, i) => (
                  <Fragment key={entry.name}>
                    {i > 0 && ', '}
                    {entry.name} <ValueText entry={entry} />
                  </Fragment>
                ))}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="flag-standing" data-testid="flag-standing" ref={standingRef} tabIndex={-1}>
        {standing.kind === 'acknowledged' && (
          <p className="acknowledged">
            <span aria-hidden="true">✓ </span>Acknowledged
            {standing.acknowledgement &&
              ` by ${whoIs(standing.acknowledgement.by)}, ${formatDateTime(standing.acknowledgement.at)}`}
            {standing.acknowledgement?.note && (
              <>
                : <q>{standing.acknowledgement.note}</q>
              </>
            )}
          </p>
        )}
        {standing.kind === 'changed' && (
          <p className={standing.required ? 'changed' : 'muted'}>
            <strong>
              {standing.required
                ? 'Changed by a new reading: needs a new acknowledgement.'
                : 'Changed by a new reading; for information, acknowledging it again is optional.'}
            </strong>{' '}
            Acknowledged before by {whoIs(standing.previous.by)},{' '}
            {formatDateTime(standing.previous.at)}
            {standing.previous.note && (
              <>
                : <q>{standing.previous.note}</q>
              </>
            )}
          </p>
        )}
        {standing.kind === 'open' && <p className="open">Needs acknowledgement before sign-off.</p>}
        {standing.kind === 'optional' && (
          <p className="muted">For information; acknowledging it is optional.</p>
        )}
      </div>
      {!readOnly && standing.kind !== 'acknowledged' && (
        <AcknowledgeForm
          submissionId={submission.id}
          flag={flag}
          onAcknowledged={() => setFocusStanding(true)}
        />
      )}
    </li>
  );
}

function AcknowledgeForm({
  submissionId,
  flag,
  onAcknowledged,
}: {
  submissionId: string;
  flag: StoredFlag;
  onAcknowledged: () => void;
}) {
  const noteRequired = flag.severity === 'urgent';
  // Info flags are context: a note field on each would bury the flags that matter.
  const withNote = flag.severity !== 'info';
  const [error, setError] = useState<string | null>(null);
  const refresh = useRefreshSubmission(submissionId);
  const form = useForm<{ note: string }>({
    resolver: zodResolver(acknowledgementSchema(noteRequired)),
    defaultValues: { note: '' },
  });
  return (
    <form
      noValidate
      className={withNote ? 'ack-form' : 'ack-form compact'}
      aria-label={`Acknowledge: ${flag.title}`}
      onSubmit={form.handleSubmit(async ({ note }) => {
        setError(null);
        try {
          await api(
            'POST',
            `/api/submissions/${submissionId}/flags/${encodeURIComponent(flag.key)}/ack`,
            { evaluationId: flag.evaluationId, ...(note ? { note } : {}) },
          );
          onAcknowledged();
        } catch (e) {
          if (e instanceof ApiError && e.code === 'flag_changed')
            setError(
              'This flag changed while you were reading it. Read the new values, then acknowledge again.',
            );
          else
            setError(
              applyServerError(e, form.setError, (path) => (path === 'note' ? 'note' : undefined)),
            );
        } finally {
          await refresh();
        }
      })}
    >
      {withNote && (
        <Field
          label={noteRequired ? 'Note (required for urgent flags)' : 'Note (optional)'}
          error={form.formState.errors.note?.message}
        >
          {(p) => <textarea {...p} rows={2} {...form.register('note')} />}
        </Field>
      )}
      <FormError error={error} />
      <button type="submit" disabled={form.formState.isSubmitting}>
        {withNote ? 'Acknowledge' : 'Mark as seen'}
      </button>
    </form>
  );
}
