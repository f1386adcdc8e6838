import { describe, expect, it } from 'vitest';
import { findStep } from '@preflight/screening';
import {
  changedPaths,
  drawnAhead,
  nextShowsDrawnAhead,
  reviewIsNext,
  upcomingStepId,
} from './draw-ahead';
import { INTAKE_STEPS } from './steps';

const visit = { plannedTreatment: 'iv-ketamine' };

describe('drawing the next step ahead', () => {
  it('names the step Next leads to for the answers so far', () => {
    expect(upcomingStepId('about.body', {}, visit)).toBe('about.pregnancy');
    expect(upcomingStepId('no.such.step', {}, visit)).toBeNull();
  });

  it('skips a step that does not apply', () => {
    expect(upcomingStepId('meds.current', {}, visit)).toBe('mood.phq9');
    expect(upcomingStepId('meds.current', {}, { plannedTreatment: 'esketamine-nasal' })).toBe(
      'meds.nasalSprays',
    );
    expect(upcomingStepId('mood.gad7', {}, visit)).toBeNull();
  });

  it('knows when Next leads to the review', () => {
    expect(reviewIsNext('mood.gad7', {}, visit)).toBe(true);
    expect(reviewIsNext('mood.phq9', {}, visit)).toBe(false);
    expect(reviewIsNext('no.such.step', {}, visit)).toBe(false);
  });

  it('lets Next show the step drawn ahead only where the answers sent lead, with its progress', () => {
    // Every step but the nasal sprays one (esketamine only) is shown for an IV visit.
    const total = INTAKE_STEPS.length - 1;
    expect(nextShowsDrawnAhead('about.body', 'about.pregnancy', {}, visit)).toEqual({
      index: 1,
      total,
    });
    expect(nextShowsDrawnAhead('meds.current', 'mood.phq9', {}, visit)).toEqual({
      index: INTAKE_STEPS.findIndex((step) => step.id === 'mood.phq9') - 1,
      total,
    });
    // Drawn ahead for other answers or another visit: the machine's step is drawn instead.
    expect(nextShowsDrawnAhead('meds.current', 'meds.nasalSprays', {}, visit)).toBeNull();
    expect(nextShowsDrawnAhead('about.body', 'cardio.heart', {}, visit)).toBeNull();
    expect(nextShowsDrawnAhead('mood.gad7', 'mood.phq9', {}, visit)).toBeNull();
  });

  it('draws ahead steps with typed fields too, not the attestation', () => {
    expect(drawnAhead(findStep('mood.phq9')!.items)).toBe(true);
    expect(drawnAhead(findStep('cardio.heart')!.items)).toBe(true);
    expect(drawnAhead(findStep('vitals.readings')!.items)).toBe(true);
    expect(drawnAhead(findStep('health.ketamine')!.items)).toBe(true);
    expect(drawnAhead(findStep('attest.confirm')!.items)).toBe(false);
  });

  it('lists the answers that changed, by value, added and removed', () => {
    const before = {
      about: { pregnant: 'no', weight: { value: 70, unit: 'kg' } },
      cardio: { heartAttack: 'no' },
    };
    const after = {
      about: { weight: { value: 70, unit: 'kg' }, breastfeeding: 'no' },
      cardio: before.cardio,
      health: { asthma: 'yes' },
    };
    expect(changedPaths(before, after).sort()).toEqual([
      'about.breastfeeding',
      'about.pregnant',
      'health.asthma',
    ]);
    expect(changedPaths(before, before)).toEqual([]);
  });
});
