// The live triage queue, in the server's order: urgent first, then contraindications, then the
// rest, each waiting longest first. Live events refetch it; nothing needs a reload.
import { useInfiniteQuery } from '@tanstack/react-query';
import { PLANNED_TREATMENT_LABELS, type Severity } from '@preflight/screening';
import { useId, useState } from 'react';
import { Table } from '../components/Table';
import { api, query } from '../lib/api';
import {
  formatMoment,
  patientName,
  queueWaiting,
  SEVERITY_LABELS,
  statusLabel,
  STATUS_LABELS,
} from '../lib/format';
import { Link } from '../lib/router';
import { useNow } from '../lib/use-now';
import type { Paged, SubmissionStatus, TriageItem } from '../lib/types';

const STATUS_FILTERS: { value: SubmissionStatus | ''; label: string }[] = [
  { value: '', label: 'All not yet signed off' },
  ...(Object.entries(STATUS_LABELS) as [SubmissionStatus, string][]).map(([value, label]) => ({
    value,
    label,
  })),
];

// The flag counts' headings are short to keep the row narrow; the title says them in full.
const QUEUE_COLUMNS = [
  'Patient',
  'Arrived',
  'State',
  <abbr title="Open urgent flags">Urgent</abbr>,
  <abbr title="Open flags that need review">Review</abbr>,
  <abbr title="Open information flags">Info</abbr>,
  'Planned treatment',
];

export function Queue() {
  const [status, setStatus] = useState<SubmissionStatus | ''>('');
  const [severity, setSeverity] = useState<Severity | ''>('');
  const statusId = useId();
  const severityId = useId();
  const now = useNow(30_000);
  const queue = useInfiniteQuery({
    queryKey: ['submissions', 'queue', status || 'open', severity || 'any'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Paged<TriageItem>>(
        'GET',
        `/api/submissions${query({ status, severity, cursor: pageParam })}`,
      ),
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <main id="main">
      <div className="title-row">
        <h1 tabIndex={-1}>Triage queue</h1>
        <Link to="/visits/new" className="button primary">
          New visit
        </Link>
      </div>
      <form className="filters" aria-label="Filter the queue" onSubmit={(e) => e.preventDefault()}>
        <div className="field inline">
          <label htmlFor={statusId}>State</label>
          <select
            id={statusId}
            value={status}
            onChange={(e) => setStatus(e.target.value as SubmissionStatus | '')}
          >
            {STATUS_FILTERS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field inline">
          <label htmlFor={severityId}>Highest open flag</label>
          <select
            id={severityId}
            value={severity}
            onChange={(e) => setSeverity(e.target.value as Severity | '')}
          >
            <option value="">Any</option>
            <option value="urgent">Urgent</option>
            <option value="review">Needs review</option>
            <option value="info">Info only</option>
          </select>
        </div>
      </form>
      {queue.isError && (
        <p role="alert" className="form-error">
          Could not load the queue: {queue.error.message}
        </p>
      )}
      <div className="table-wrap">
        <Table
          className="queue"
          caption="Submissions, urgent first, then waiting longest. Updates live."
          columns={QUEUE_COLUMNS}
          busy={queue.isPending}
        >
          {items.map((item) => (
            <tr key={item.id} className={item.openFlags.urgent > 0 ? 'row-urgent' : undefined}>
              <th scope="row">
                <Link to={`/submissions/${item.id}`}>{patientName(item.patient)}</Link>
              </th>
              <td className="arrived">
                <time dateTime={item.submittedAt}>{formatMoment(item.submittedAt, now)}</time>{' '}
                <Waiting text={queueWaiting(item, now)} />
              </td>
              <td>{statusLabel(item.status)}</td>
              <td>
                <Count n={item.openFlags.urgent} severity="urgent" />
              </td>
              <td>
                <Count n={item.openFlags.review} severity="review" />
              </td>
              <td>
                <Count n={item.openFlags.info} severity="info" />
              </td>
              <td>{PLANNED_TREATMENT_LABELS[item.plannedTreatment] ?? item.plannedTreatment}</td>
            </tr>
          ))}
        </Table>
      </div>
      {queue.isPending && <p aria-live="polite">Loading the queue…</p>}
      {queue.isSuccess && items.length === 0 && (
        <p className="empty">Nothing here. New submissions appear by themselves.</p>
      )}
      {queue.hasNextPage && (
        <button
          type="button"
          onClick={() => void queue.fetchNextPage()}
          disabled={queue.isFetchingNextPage}
        >
          Show more
        </button>
      )}
    </main>
  );
}

function Waiting({ text }: { text: string | null }) {
  return text ? <span className="muted">({text})</span> : null;
}

function Count({ n, severity }: { n: number; severity: Severity }) {
  if (n === 0) return <span className="count zero">0</span>;
  return (
    <span className={`count badge ${severity}`}>
      {n}
      <span className="sr-only"> {SEVERITY_LABELS[severity].toLowerCase()}</span>
    </span>
  );
}
