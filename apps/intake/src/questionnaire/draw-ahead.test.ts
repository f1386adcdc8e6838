import { describe, expect, it } from 'vitest';
import { findStep } from '@preflight/screening';
import { changedPaths, drawnAhead, reviewIsNext, upcomingStepId } from './draw-ahead';

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
