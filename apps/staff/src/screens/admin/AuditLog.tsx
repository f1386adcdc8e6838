import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { FormError } from '../../components/Field';
import { Table } from '../../components/Table';
import { api, query } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import type { AuditEntry, Paged } from '../../lib/types';
import { useUsers } from './admin-api';

export function AuditLog() {
  const subjectId = useId();
  const actorId = useId();
  const [filters, setFilters] = useState({ subject: '', actor: '' });
  const [draft, setDraft] = useState(filters);
  // Cursors of the pages already seen, so "Newer" can go back.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const users = useUsers();
  const names = new Map((users.data?.items ?? []).map((u) => [u.id, u.displayName]));
  const page = useQuery({
    queryKey: ['admin', 'audit', filters, cursor],
    queryFn: () =>
      api<Paged<AuditEntry>>(
        'GET',
        `/api/audit${query({ subject: filters.subject, actor: filters.actor, cursor })}`,
      ),
  });
  return (
    <>
      <form
        className="filters"
        aria-label="Filter the audit log"
        onSubmit={(e) => {
          e.preventDefault();
          setFilters(draft);
          setCursors([null]);
        }}
      >
        <div className="field inline">
          <label htmlFor={subjectId}>Subject id</label>
          <input
            id={subjectId}
            value={draft.subject}
            onChange={(e) => setDraft({ ...draft, subject: e.target.value })}
          />
        </div>
        <div className="field inline">
          <label htmlFor={actorId}>Actor</label>
          <select
            id={actorId}
            value={draft.actor}
            onChange={(e) => setDraft({ ...draft, actor: e.target.value })}
          >
            <option value="">Anyone</option>
            {(users.data?.items ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Apply filters</button>
      </form>
      {page.isError && <FormError error={messageOf(page.error)} />}
      <div className="table-wrap">
        <Table
          className="audit"
          caption="Audit log, newest first"
          columns={['When', 'Actor', 'Action', 'Subject']}
          busy={page.isPending}
        >
          {(page.data?.items ?? []).map((entry) => (
            <tr key={entry.id}>
              <td>{formatDateTime(entry.at, { seconds: true })}</td>
              <td>
                {entry.actorId ? (names.get(entry.actorId) ?? entry.actorId) : entry.actorType}
              </td>
              <td>{entry.action}</td>
              <td>{entry.subjectType ? `${entry.subjectType} ${entry.subjectId ?? ''}` : '—'}</td>
            </tr>
          ))}
        </Table>
      </div>
      <div className="actions">
        <button
          type="button"
          disabled={cursors.length <= 1}
          onClick={() => setCursors((list) => list.slice(0, -1))}
        >
          Newer
        </button>
        <button
          type="button"
          disabled={!page.data?.nextCursor}
          onClick={() => setCursors((list) => [...list, page.data!.nextCursor])}
        >
          Older
        </button>
      </div>
    </>
  );
}
