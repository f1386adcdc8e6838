// Who did what, in order: state changes, acknowledgements, readings, re-evaluations, addenda.
import { Table } from '../../components/Table';
import { formatDateTime, statusLabel } from '../../lib/format';
import type { SubmissionDetail } from '../../lib/types';
import type { WhoIs } from './parts';

interface Entry {
  at: string;
  who: string;
  what: string;
}

export function historyEntries(s: SubmissionDetail, whoIs: WhoIs): Entry[] {
  const titles = new Map(s.evaluations.flatMap((e) => e.flags.map((f) => [f.key, f.title])));
  const entries: Entry[] = [
    ...s.stateHistory.map((h) => ({
      at: h.at,
      who: h.by ? whoIs(h.by) : h.from === null ? 'Patient' : 'Preflight',
      what: h.from
        ? `${statusLabel(h.from)} → ${statusLabel(h.to)}`
        : `Submitted (${statusLabel(h.to)})`,
    })),
    ...s.acknowledgements.map((a) => ({
      at: a.at,
      who: whoIs(a.by),
      what: `Acknowledged “${titles.get(a.flagKey) ?? a.flagKey}”${a.note ? `: ${a.note}` : ''}`,
    })),
    ...s.staffReadings.map((r) => ({
      at: r.createdAt ?? r.takenAt,
      who: whoIs(r.by),
      what: `Added a reading ${r.systolic}/${r.diastolic}, heart rate ${r.heartRate}`,
    })),
    ...s.evaluations
      .filter((e) => e.reason !== 'submitted')
      .map((e) => ({
        at: e.evaluatedAt,
        who: 'Preflight',
        what: `Flags re-evaluated (rules ${e.ruleSetVersion}) after new readings`,
      })),
    ...s.addenda.map((a) => ({ at: a.at, who: whoIs(a.by), what: 'Added an addendum' })),
  ];
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function History({ submission, whoIs }: { submission: SubmissionDetail; whoIs: WhoIs }) {
  return (
    <Table
      className="history"
      caption="History of this submission"
      columns={['When', 'Who', 'What']}
    >
      {historyEntries(submission, whoIs).map((entry, i) => (
        <tr key={i}>
          <td>{formatDateTime(entry.at)}</td>
          <td>{entry.who}</td>
          <td>{entry.what}</td>
        </tr>
      ))}
    </Table>
  );
}
