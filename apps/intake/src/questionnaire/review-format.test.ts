import { describe, expect, it } from 'vitest';
import { keptReviewSections, reviewSections, sectionOf } from './review-format';

const iv = { plannedTreatment: 'iv-ketamine' };

describe('review', () => {
  it('lists shown questions with answers in the patient’s language', () => {
    const sections = reviewSections(
      {
        cardio: { highBloodPressure: 'yes', highBloodPressureControlled: 'unsure' },
        vitals: {
          readings: [{ systolic: 128, diastolic: 82, heartRate: 71, arm: 'left', takenAt: 'x' }],
        },
      },
      iv,
      'es',
    );
    const cardio = sections.find((s) => s.id === 'cardio')!;
    expect(cardio.title).toBe('Su corazón y sus vasos sanguíneos');
    const controlled = cardio.lines.find((l) => l.linkId === 'cardio.highBloodPressureControlled');
    expect(controlled?.answer).toEqual(['No estoy seguro/a']);
    const vitals = sections.find((s) => s.id === 'vitals')!;
    expect(vitals.lines[0]?.answer).toEqual(['128/82 mmHg, pulso 71, brazo izquierdo']);
  });

  it('leaves out follow-ups that do not apply', () => {
    const cardio = reviewSections({ cardio: { highBloodPressure: 'no' } }, iv, 'en').find(
      (s) => s.id === 'cardio',
    )!;
    expect(cardio.lines.map((l) => l.linkId)).not.toContain('cardio.highBloodPressureControlled');
  });

  it('shows no score and no flag wording', () => {
    const text = JSON.stringify(
      reviewSections({ mood: { phq9: { q9: 3 } } }, iv, 'en'),
    ).toLowerCase();
    expect(text).not.toMatch(/score|flag|eligib|urgent/);
  });

  it('knows the section of an error path', () => {
    expect(sectionOf('vitals.readings[0].systolic')).toBe('vitals');
    expect(sectionOf('attest.name')).toBeNull();
  });

  it('keeps the sections that read the same from one answers object to the next', () => {
    const sections = keptReviewSections();
    const before = sections({ cardio: { highBloodPressure: 'no' }, mood: {} }, iv, 'en');
    const after = sections(
      { cardio: { highBloodPressure: 'no' }, mood: { phq9: { q1: 1 } } },
      iv,
      'en',
    );
    const pick = (list: typeof before, id: string) => list.find((s) => s.id === id)!;
    expect(pick(after, 'cardio')).toBe(pick(before, 'cardio'));
    expect(pick(after, 'mood')).not.toBe(pick(before, 'mood'));
    expect(after).toEqual(
      reviewSections({ cardio: { highBloodPressure: 'no' }, mood: { phq9: { q1: 1 } } }, iv, 'en'),
    );
    const spanish = sections({ cardio: { highBloodPressure: 'no' }, mood: {} }, iv, 'es');
    expect(pick(spanish, 'cardio')).not.toBe(pick(before, 'cardio'));
  });
});
