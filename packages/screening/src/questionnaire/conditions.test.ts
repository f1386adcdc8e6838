import { describe, expect, it } from 'vitest';
import { exampleVisit } from '../fixtures';
import type { EnableWhen } from './item';
import type { IndexedItem } from './item-index';
import { isItemEnabled, isStepEnabled, itemShown, itemsDependingOnStep } from './conditions';

const esketamine = exampleVisit();
const iv = exampleVisit({ plannedTreatment: 'iv-ketamine' });

describe('item conditions', () => {
  it('show follow-ups only after the answer that opens them', () => {
    expect(isItemEnabled('cardio.highBloodPressureControlled', {}, iv)).toBe(false);
    expect(
      isItemEnabled(
        'cardio.highBloodPressureControlled',
        { cardio: { highBloodPressure: 'yes' } },
        iv,
      ),
    ).toBe(true);
    expect(
      isItemEnabled(
        'cardio.highBloodPressureControlled',
        { cardio: { highBloodPressure: 'unsure' } },
        iv,
      ),
    ).toBe(false);
  });
  it('hide nested follow-ups when an ancestor question is hidden', () => {
    const stale = { health: { priorKetamine: 'no', priorKetamineReaction: 'yes' } };
    expect(isItemEnabled('health.priorKetamineReactionDetails', stale, iv)).toBe(false);
    const open = { health: { priorKetamine: 'yes', priorKetamineReaction: 'yes' } };
    expect(isItemEnabled('health.priorKetamineReactionDetails', open, iv)).toBe(true);
  });
  it('read the visit for nasal sprays', () => {
    expect(isItemEnabled('meds.nasalSprays', {}, esketamine)).toBe(true);
    expect(isItemEnabled('meds.nasalSprays', {}, iv)).toBe(false);
    expect(itemShown('meds.nasalSprays', {}, undefined)).toBe('unknown');
  });
  it('treat unknown linkIds as hidden', () => {
    expect(isItemEnabled('cardio.nope', {}, iv)).toBe(false);
  });
});

describe('step conditions', () => {
  it('skip the nasal-spray step unless esketamine is planned', () => {
    expect(isStepEnabled('meds.nasalSprays', {}, esketamine)).toBe(true);
    expect(isStepEnabled('meds.nasalSprays', {}, iv)).toBe(false);
  });
  it('keep guidance-only steps', () => {
    expect(isStepEnabled('vitals.howTo', {}, iv)).toBe(true);
  });
  it('accept the minimal visit shape the intake machine has', () => {
    expect(isStepEnabled('meds.nasalSprays', {}, { plannedTreatment: 'esketamine-nasal' })).toBe(
      true,
    );
  });
});

describe('items depending on a step', () => {
  const entry = (linkId: string, stepId: string, enableWhen?: EnableWhen, parentLinkId?: string) =>
    ({
      item: { type: 'yesNo', linkId, text: { en: '', es: '' }, options: [], enableWhen },
      sectionId: 'x',
      stepId,
      ...(parentLinkId ? { parentLinkId } : {}),
    }) as IndexedItem;
  const items = [
    entry('x.a', 'x.one'),
    entry('x.b', 'x.one', { question: 'x.a', operator: '=', answer: 'yes' }),
    entry('x.c', 'x.two', { question: 'x.b', operator: '=', answer: 'yes' }),
    entry('x.g', 'x.three', { question: 'x.c', operator: '=', answer: 'no' }),
    entry('x.g.d', 'x.three', undefined, 'x.g'),
    entry('x.e', 'x.three', { visit: 'plannedTreatment', operator: '=', answer: 'other' }),
    entry('x.f', 'x.three', { question: 'x.e', operator: '=', answer: 'yes' }),
  ];
  it('finds follow-ups on other steps, through follow-ups and groups', () => {
    expect(itemsDependingOnStep('x.one', items).map((e) => e.item.linkId)).toEqual([
      'x.c',
      'x.g',
      'x.g.d',
    ]);
    expect(itemsDependingOnStep('x.two', items).map((e) => e.item.linkId)).toEqual([
      'x.g',
      'x.g.d',
    ]);
    expect(itemsDependingOnStep('x.three', items)).toEqual([]);
  });
});
