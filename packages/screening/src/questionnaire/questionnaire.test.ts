import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../i18n/localized-text';
import { ALL_ITEMS, ALL_STEPS, ANSWER_ITEMS, findItem } from './item-index';
import { englishLabel } from './english-labels';
import { QUESTIONNAIRE } from './questionnaire';

// linkIds exactly as the spec names them.
const SPEC_LINK_IDS = [
  'about.weight',
  'about.height',
  'about.pregnant',
  'about.breastfeeding',
  'cardio.highBloodPressure',
  'cardio.highBloodPressureControlled',
  'cardio.hypertensiveEmergency',
  'cardio.heartAttack',
  'cardio.heartAttackYear',
  'cardio.coronaryDisease',
  'cardio.heartFailure',
  'cardio.arrhythmia',
  'cardio.otherHeart',
  'cardio.otherHeartDetails',
  'cardio.aneurysm',
  'cardio.avm',
  'cardio.brainBleed',
  'cardio.stroke',
  'cardio.symptomsToday',
  'health.headInjury',
  'health.glaucoma',
  'health.thyroid',
  'health.liver',
  'health.seizures',
  'health.bladder',
  'health.sleepApnea',
  'health.psychosis',
  'health.mania',
  'health.substanceUse',
  'health.nonMedicalKetamine',
  'health.priorKetamine',
  'health.priorKetamineReaction',
  'health.priorKetamineReactionDetails',
  'health.ketamineAllergy',
  'health.otherAllergies',
  'vitals.readings',
  'meds.takesAny',
  'meds.list',
  'meds.nasalSprays',
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `mood.phq9.q${i}`),
  'mood.phq9.difficulty',
  ...[1, 2, 3, 4, 5, 6, 7].map((i) => `mood.gad7.q${i}`),
  'attest.confirmed',
  'attest.name',
];

function collectTexts(value: unknown, out: LocalizedText[] = []): LocalizedText[] {
  if (Array.isArray(value)) value.forEach((v) => collectTexts(v, out));
  else if (typeof value === 'object' && value !== null) {
    if ('en' in value && 'es' in value) out.push(value as LocalizedText);
    else Object.values(value).forEach((v) => collectTexts(v, out));
  }
  return out;
}

describe('questionnaire definition', () => {
  it('has exactly the spec’s answer linkIds, in order, unique', () => {
    expect(ANSWER_ITEMS.map((e) => e.item.linkId).sort()).toEqual([...SPEC_LINK_IDS].sort());
    expect(new Set(ALL_ITEMS.map((e) => e.item.linkId)).size).toBe(ALL_ITEMS.length);
  });
  it('has the sections in order and short steps', () => {
    expect(QUESTIONNAIRE.sections.map((s) => s.id)).toEqual([
      'about',
      'cardio',
      'health',
      'vitals',
      'meds',
      'mood',
      'attest',
    ]);
    expect(QUESTIONNAIRE.sections.find((s) => s.id === 'cardio')?.steps.length).toBe(3);
    for (const step of ALL_STEPS) {
      expect(step.id.startsWith(`${step.sectionId}.`)).toBe(true);
      expect(step.items.length).toBeLessThanOrEqual(7);
    }
    expect(new Set(ALL_STEPS.map((s) => s.id)).size).toBe(ALL_STEPS.length);
  });
  it('has English and Spanish for every patient-facing string', () => {
    const texts = collectTexts(QUESTIONNAIRE);
    expect(texts.length).toBeGreaterThan(150);
    for (const text of texts) {
      expect(text.en.trim()).not.toBe('');
      expect(text.es.trim()).not.toBe('');
    }
  });
  it('has conditions that point at earlier items', () => {
    const order = new Map(ALL_ITEMS.map((e, i) => [e.item.linkId, i]));
    for (const { item } of ALL_ITEMS) {
      const when = item.enableWhen;
      if (when && 'question' in when)
        expect(order.get(when.question)).toBeLessThan(order.get(item.linkId)!);
    }
    expect(findItem('meds.nasalSprays')?.item.enableWhen).toEqual({
      visit: 'plannedTreatment',
      operator: '=',
      answer: 'esketamine-nasal',
    });
    expect(findItem('health.priorKetamineReactionDetails')?.item.enableWhen).toMatchObject({
      question: 'health.priorKetamineReaction',
    });
  });
  it('keeps PHQ-9 / GAD-7 wording and labels, and the attribution', () => {
    expect(findItem('mood.phq9.q9')?.item.text.en).toBe(
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    );
    expect([0, 1, 2, 3].map((value) => englishLabel('mood.gad7.q1', value))).toEqual([
      'Not at all',
      'Several days',
      'More than half the days',
      'Nearly every day',
    ]);
    const group = findItem('mood.phq9')?.item;
    expect(group && 'attribution' in group ? group.attribution?.en : '').toBe(
      'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
    );
  });
  it('reads every chosen option by its English label', () => {
    expect(englishLabel('cardio.aneurysm', 'unsure')).toBe('Not sure');
    expect(englishLabel('about.pregnant', 'not-applicable')).toBe('Does not apply to me');
    expect(englishLabel('mood.phq9.difficulty', 2)).toBe('Very difficult');
    expect(englishLabel('about.weight', { value: 70, unit: 'kg' })).toBe('70 kg');
    for (const { item } of ANSWER_ITEMS) {
      if ('options' in item)
        for (const o of item.options) expect(englishLabel(item.linkId, o.value)).toBe(o.label.en);
    }
  });
  it('is plain JSON (served by the API)', () => {
    expect(JSON.parse(JSON.stringify(QUESTIONNAIRE))).toEqual(QUESTIONNAIRE);
  });
});
