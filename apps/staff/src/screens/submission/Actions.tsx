// Nurse actions on the whole submission: claim it, mark it ready for the clinician, print it.
import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { Link } from '../../lib/router';
import type { SubmissionDetail, SubmissionStatus } from '../../lib/types';
import { useRefreshSubmission } from './use-submission';

/** The nurse's next step on a submission in this state, if it is theirs to take. */
const NEXT_STEP: Partial<Record<SubmissionStatus, { verb: 'claim' | 'ready'; label: string }>> = {
  submitted: { verb: 'claim', label: 'Claim for review' },
  in_review: { verb: 'ready', label: 'Mark ready for clinician' },
};

export function Actions({
  submission,
  onDone,
}: {
  submission: SubmissionDetail;
  /** Called when the state changed, before the screen shows it. */
  onDone: () => void;
}) {
  const refresh = useRefreshSubmission(submission.id);
  const act = useMutation({
    mutationFn: (verb: 'claim' | 'ready') =>
      api('POST', `/api/submissions/${submission.id}/${verb}`),
    onSuccess: onDone,
    onSettled: refresh,
  });
  const next = NEXT_STEP[submission.status];
  return (
    <div className="actions">
      {next && (
        <button
          type="button"
          className="primary"
          onClick={() => act.mutate(next.verb)}
          disabled={act.isPending}
        >
          {next.label}
        </button>
      )}
      <Link to={`/submissions/${submission.id}/print`} className="button">
        Print view
      </Link>
      {act.error && (
        <p role="alert" className="form-error">
          {messageOf(act.error)}
        </p>
      )}
    </div>
  );
}
