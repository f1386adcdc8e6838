// Nurse actions on the whole submission: claim it, mark it ready for the clinician, print it.
import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { Link } from '../../lib/router';
import type { SubmissionDetail } from '../../lib/types';
import { useRefreshSubmission } from './use-submission';

export function Actions({ submission }: { submission: SubmissionDetail }) {
  const refresh = useRefreshSubmission(submission.id);
  const act = useMutation({
    mutationFn: (verb: 'claim' | 'ready') =>
      api('POST', `/api/submissions/${submission.id}/${verb}`),
    onSettled: refresh,
  });
  return (
    <div className="actions">
      {submission.status === 'submitted' && (
        <button
          type="button"
          className="primary"
          onClick={() => act.mutate('claim')}
          disabled={act.isPending}
        >
          Claim for review
        </button>
      )}
      {submission.status === 'in_review' && (
        <button
          type="button"
          className="primary"
          onClick={() => act.mutate('ready')}
          disabled={act.isPending}
        >
          Mark ready for clinician
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
