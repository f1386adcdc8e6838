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
    // when it was taken, with its date and zone: the record is read later, elsewhere
    expect(rows.find((r) => r.linkId === 'vitals.readings[0]')?.text).toMatch(
      /, taken .*\d{4}.*\d{2}:\d{2}.*(UTC|GMT|[A-Z]{2,4})/,
    );
    expect(rows.find((r) => r.linkId === 'meds.list[2]')?.text).toBe(
      'Xanax; dose 0.5 mg; how often: as needed; last taken: yesterday',
    );
  });

  it('shows weight in kg and height in cm, with what the patient typed beside them', () => {
    const answers = exampleAnswers();
    const about = {
      ...answers.about,
      weight: { value: 154, unit: 'lb' as const },
      height: { value: 68, unit: 'in' as const },
    };
    const rows = answerSections({ ...answers, about }, 'en').flatMap((s) => s.rows);
    expect(rows.find((r) => r.linkId === 'about.weight')?.text).toBe('69.9 kg (entered as 154 lb)');
    expect(rows.find((r) => r.linkId === 'about.height')?.text).toBe('172.7 cm (entered as 68 in)');
    const metric = answerSections(
      { ...answers, about: { ...about, weight: { value: 70, unit: 'kg' as const } } },
      'en',
    ).flatMap((s) => s.rows);
    expect(metric.find((r) => r.linkId === 'about.weight')?.text).toBe('70 kg');
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
