import { describe, expect, it } from 'vitest';
import { pruneHiddenAnswers, stepSchema } from '@preflight/screening';
import { mergeAnswers } from '@preflight/screening/intake-machine';
import { cleanFormValues, errorText, replacementPatch } from './step-form';
import { INTAKE_STEPS, stepApplies } from './steps';

const now = () => '2026-11-25T10:00:00.000Z';
const iv = { plannedTreatment: 'iv-ketamine' };

describe('step helpers', () => {
  it('the machine gets every answering step, without the attestation (that is review)', () => {
    expect(INTAKE_STEPS[0]).toEqual({ id: 'about.body', section: 'about' });
    expect(INTAKE_STEPS.some((step) => step.id.startsWith('attest'))).toBe(false);
    expect(INTAKE_STEPS.map((step) => step.section)).toContain('mood');
  });

  it('the nasal spray question is asked only for esketamine', () => {
    expect(stepApplies('meds.nasalSprays', {}, iv)).toBe(false);
    expect(stepApplies('meds.nasalSprays', {}, { plannedTreatment: 'esketamine-nasal' })).toBe(
      true,
    );
  });

  it('a follow-up that no longer applies is removed from the answers, not left behind', () => {
    const before = {
      cardio: { highBloodPressure: 'yes', highBloodPressureControlled: 'no', aneurysm: 'no' },
    };
    const onScreen = {
      cardio: { highBloodPressure: 'no', highBloodPressureControlled: 'no', aneurysm: 'no' },
    };
    const parsed = pruneHiddenAnswers(onScreen, iv);
    const after = mergeAnswers(before, replacementPatch(before, parsed));
    expect(after).toEqual({ cardio: { highBloodPressure: 'no', aneurysm: 'no' } });
  });

  it('Next sends the step’s answers only; a follow-up hidden since is removed, the rest kept', () => {
    const before = {
      about: { pregnant: 'no', breastfeeding: 'no' },
      cardio: { highBloodPressure: 'yes', highBloodPressureControlled: 'no', aneurysm: 'no' },
    };
    const onScreen = {
      ...before,
      cardio: { ...before.cardio, highBloodPressure: 'no', hypertensiveEmergency: 'no' },
    };
    const parsed = stepSchema('cardio.bloodPressure', iv).safeParse(cleanFormValues(onScreen, now));
    if (!parsed.success) throw parsed.error;
    expect(Object.keys(parsed.data)).toEqual(['cardio']);
    const after = mergeAnswers(before, parsed.data);
    expect(after).toEqual({
      about: before.about,
      cardio: { highBloodPressure: 'no', hypertensiveEmergency: 'no', aneurysm: 'no' },
    });
    expect(after.about).toBe(before.about);
  });

  it('a weight without a number is no weight; blank medicine rows are no rows', () => {
    const cleaned = cleanFormValues(
      {
        about: { weight: { unit: 'lb' }, height: { value: 64, unit: 'in' } },
        meds: { takesAny: 'yes', list: [{ name: 'Xanax' }, { name: ' ', dose: '' }] },
      },
      now,
    );
    expect(cleaned).toEqual({
      about: { height: { value: 64, unit: 'in' } },
      meds: { takesAny: 'yes', list: [{ name: 'Xanax' }] },
    });
  });

  it('cleaning leaves the form’s values untouched and passes other sections on as they are', () => {
    const values = {
      about: { weight: { unit: 'lb' } },
      cardio: { aneurysm: 'no' },
      vitals: { readings: [{ systolic: 120, confirmedOutOfRange: false }] },
    };
    const copy = structuredClone(values);
    const cleaned = cleanFormValues(values, now);
    expect(values).toEqual(copy);
    expect(cleaned.cardio).toBe(values.cardio);
    expect(cleaned.vitals).toEqual({ readings: [{ systolic: 120, takenAt: now() }] });
  });

  it('a reading gets the time it was taken when the form did not set one', () => {
    const cleaned = cleanFormValues(
      { vitals: { readings: [{ systolic: 120, diastolic: 80, heartRate: 70, arm: 'left' }] } },
      now,
    );
    expect(cleaned).toEqual({
      vitals: {
        readings: [{ systolic: 120, diastolic: 80, heartRate: 70, arm: 'left', takenAt: now() }],
      },
    });
  });

  it('an unusual reading is refused until confirmed, then accepted', () => {
    const reading = { systolic: 300, diastolic: 80, heartRate: 70, arm: 'left' };
    const schema = stepSchema('vitals.readings', iv);
    const refused = schema.safeParse(cleanFormValues({ vitals: { readings: [reading] } }, now));
    expect(refused.success).toBe(false);
    const confirmed = schema.safeParse(
      cleanFormValues({ vitals: { readings: [{ ...reading, confirmedOutOfRange: true }] } }, now),
    );
    expect(confirmed.success).toBe(true);
  });

  it('speaks the patient’s language and never shows zod’s own words', () => {
    expect(errorText('Please answer this question.', 'es')).toBe(
      'Por favor conteste esta pregunta.',
    );
    expect(errorText('Too small: expected number to be >=1900', 'en')).toBe(
      'Please check this answer.',
    );
    expect(errorText('Please check this number (66–661 lb).', 'en')).toBe(
      'Please check this number. It should be from 66 to 661 lb.',
    );
  });
});
