import { describe, expect, it } from 'vitest';
import type { SubmissionDetail } from '../../lib/types';
import { historyEntries } from './History';

const nora = { id: 'u1', displayName: 'Nora Nurse' };
const cal = { id: 'u2', displayName: 'Dr. Cal Clinician' };

function submission(): SubmissionDetail {
  return {
    stateHistory: [
      { from: null, to: 'submitted', by: null, at: '2026-01-01T10:00:00Z' },
      { from: 'submitted', to: 'in_review', by: nora, at: '2026-01-01T10:05:00Z' },
    ],
    acknowledgements: [
      {
        flagKey: 'vitals.severe',
        evaluationId: 'e1',
        note: 'rechecking',
        by: nora,
        at: '2026-01-01T10:06:00Z',
      },
    ],
    staffReadings: [
      {
        id: 'r1',
        systolic: 150,
        diastolic: 95,
        heartRate: 80,
        arm: 'left',
        takenAt: '2026-01-01T10:10:00Z',
        createdAt: '2026-01-01T10:11:00Z',
        confirmedOutOfRange: false,
        by: nora,
      },
    ],
    evaluations: [
      {
        id: 'e1',
        reason: 'submitted',
        ruleSetVersion: '1',
        evaluatedAt: '2026-01-01T10:00:00Z',
        flags: [],
      },
      {
        id: 'e2',
        reason: 'vitals_added',
        ruleSetVersion: '1',
        evaluatedAt: '2026-01-01T10:11:00Z',
        flags: [],
      },
    ],
    addenda: [{ id: 'a1', text: 'later note', by: cal, at: '2026-01-01T12:00:00Z' }],
  } as unknown as SubmissionDetail;
}

describe('historyEntries', () => {
  it('tells who did what, in order, with the patient as the one who submitted', () => {
    const entries = historyEntries(submission(), (p) => p?.displayName ?? 'Preflight');
    expect(entries.map((e) => `${e.who}: ${e.what}`)).toEqual([
      'Patient: Submitted (Waiting for a nurse)',
      'Nora Nurse: Waiting for a nurse → In review',
      'Nora Nurse: Acknowledged “vitals.severe”: rechecking',
      'Nora Nurse: Added a reading 150/95, heart rate 80',
      'Preflight: Flags re-evaluated (rules 1) after new readings',
      'Dr. Cal Clinician: Added an addendum',
    ]);
  });
});
