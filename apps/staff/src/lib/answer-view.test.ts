import { describe, expect, it } from 'vitest';
import { exampleAnswers } from '@preflight/screening';
import { answerSections } from './answer-view';

function rowsOf(language: 'en' | 'es') {
  return answerSections(exampleAnswers(), language).flatMap((s) => s.rows);
}

describe('answerSections', () => {
  it('shows chosen options by their English label whatever the patient’s language', () => {
    const row = rowsOf('es').find((r) => r.linkId === 'cardio.highBloodPressure');
    expect(row?.text).toBe('Yes');
    expect(row?.typedIn).toBeUndefined();
  });

  it('keeps free text as typed and marks it with the patient’s language', () => {
    const row = rowsOf('es').find((r) => r.linkId === 'health.otherAllergies');
    expect(row).toMatchObject({ text: 'Penicillin (rash)', typedIn: 'es' });
  });

  it('lists every reading and every medication as its own row', () => {
    const rows = rowsOf('en');
    expect(rows.filter((r) => r.linkId.startsWith('vitals.readings['))).toHaveLength(2);
    expect(rows.find((r) => r.linkId === 'vitals.readings[0]')?.text).toMatch(
      /^138\/86 mmHg, heart rate 78/,
    );
    expect(rows.find((r) => r.linkId === 'meds.list[2]')?.text).toBe(
      'Xanax; dose 0.5 mg; how often: as needed; last taken: yesterday',
    );
  });

  it('shows a PHQ-9 answer by its label with its score', () => {
    const row = rowsOf('en').find((r) => r.linkId === 'mood.phq9.q1');
    expect(row?.text).toMatch(/\(2\)$/);
    expect(row?.text).not.toMatch(/^2/);
  });

  it('leaves out sections and items that were not answered', () => {
    const answers = exampleAnswers();
    const sections = answerSections({ ...answers, meds: { takesAny: 'no' } }, 'en');
    const meds = sections.find((s) => s.id === 'meds');
    expect(meds?.rows.map((r) => r.linkId)).toEqual(['meds.takesAny']);
  });
});
