import type { Answers } from './answers/answer-types';
import type { VisitContext } from './visit/visit-context';

// Reusable example data for tests here and in other packages. Each call returns fresh objects.

/** The clock the examples are written against (the example patient is 67 then). */
export const EXAMPLE_AS_OF = '2025-06-02T15:00:00Z';

export function exampleVisit(overrides: Partial<VisitContext> = {}): VisitContext {
  return {
    plannedTreatment: 'esketamine-nasal',
    patient: { givenName: 'Maria', familyName: 'Lopez', birthDate: '1958-04-12' },
    ...overrides,
  };
}

const NO = 'no' as const;

/** A complete submission that raises only the two mood-band flags (normal vitals, no history, no meds). */
export function baselineAnswers(): Answers {
  return {
    about: { weight: { value: 70, unit: 'kg' }, pregnant: 'no', breastfeeding: 'no' },
    cardio: {
      highBloodPressure: NO,
      hypertensiveEmergency: NO,
      heartAttack: NO,
      coronaryDisease: NO,
      heartFailure: NO,
      arrhythmia: NO,
      otherHeart: NO,
      aneurysm: NO,
      avm: NO,
      brainBleed: NO,
      stroke: NO,
      symptomsToday: NO,
    },
    health: {
      headInjury: NO,
      glaucoma: NO,
      thyroid: NO,
      liver: NO,
      seizures: NO,
      bladder: NO,
      sleepApnea: NO,
      psychosis: NO,
      mania: NO,
      substanceUse: NO,
      nonMedicalKetamine: NO,
      priorKetamine: NO,
      ketamineAllergy: NO,
    },
    vitals: {
      readings: [
        {
          systolic: 118,
          diastolic: 76,
          heartRate: 72,
          arm: 'left',
          takenAt: '2025-06-02T14:40:00Z',
        },
        {
          systolic: 116,
          diastolic: 74,
          heartRate: 70,
          arm: 'left',
          takenAt: '2025-06-02T14:42:00Z',
        },
      ],
    },
    meds: { takesAny: NO, nasalSprays: NO },
    mood: {
      phq9: { q1: 0, q2: 0, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0, q8: 0, q9: 0, difficulty: 0 },
      gad7: { q1: 0, q2: 0, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0 },
    },
    attest: { confirmed: true, name: 'Maria Lopez' },
  };
}

/** A realistic complete submission for `exampleVisit()` (esketamine nasal spray). */
export function exampleAnswers(): Answers {
  const answers = baselineAnswers();
  return {
    ...answers,
    about: {
      weight: { value: 154, unit: 'lb' },
      height: { value: 64, unit: 'in' },
      pregnant: 'not-applicable',
      breastfeeding: 'not-applicable',
    },
    cardio: { ...answers.cardio, highBloodPressure: 'yes', highBloodPressureControlled: 'yes' },
    health: {
      ...answers.health,
      priorKetamine: 'yes',
      priorKetamineReaction: 'no',
      otherAllergies: 'Penicillin (rash)',
    },
    vitals: {
      readings: [
        {
          systolic: 138,
          diastolic: 86,
          heartRate: 78,
          arm: 'left',
          takenAt: '2025-06-02T14:40:00Z',
        },
        {
          systolic: 134,
          diastolic: 84,
          heartRate: 74,
          arm: 'left',
          takenAt: '2025-06-02T14:42:00Z',
        },
      ],
    },
    meds: {
      takesAny: 'yes',
      list: [
        { name: 'Sertraline', dose: '100 mg', frequency: 'once a day', lastTaken: 'this morning' },
        { name: 'lisinopril 10mg', dose: '10 mg', frequency: 'once a day' },
        { name: 'Xanax', dose: '0.5 mg', frequency: 'as needed', lastTaken: 'yesterday' },
      ],
      nasalSprays: 'no',
    },
    mood: {
      phq9: { q1: 2, q2: 2, q3: 1, q4: 2, q5: 1, q6: 1, q7: 1, q8: 0, q9: 0, difficulty: 1 },
      gad7: { q1: 1, q2: 1, q3: 1, q4: 2, q5: 0, q6: 1, q7: 0 },
    },
    attest: { confirmed: true, name: 'Maria Lopez' },
  };
}

/** A complete submission that raises many flags at once (benchmarks, staff-screen demos). */
export function flagHeavyAnswers(): Answers {
  const answers = baselineAnswers();
  return {
    about: { pregnant: 'unsure', breastfeeding: 'yes' },
    cardio: {
      highBloodPressure: 'yes',
      highBloodPressureControlled: 'unsure',
      hypertensiveEmergency: 'yes',
      heartAttack: 'yes',
      heartAttackYear: 2019,
      coronaryDisease: 'unsure',
      heartFailure: 'no',
      arrhythmia: 'yes',
      otherHeart: 'yes',
      otherHeartDetails: 'Pacemaker since 2021',
      aneurysm: 'unsure',
      avm: 'no',
      brainBleed: 'no',
      stroke: 'yes',
      symptomsToday: 'unsure',
    },
    health: {
      ...answers.health,
      headInjury: 'yes',
      thyroid: 'unsure',
      liver: 'yes',
      seizures: 'yes',
      bladder: 'yes',
      sleepApnea: 'yes',
      mania: 'unsure',
      substanceUse: 'yes',
      priorKetamine: 'yes',
      priorKetamineReaction: 'yes',
      priorKetamineReactionDetails: 'Felt very scared and my heart raced',
      ketamineAllergy: 'unsure',
    },
    vitals: {
      readings: [
        {
          systolic: 152,
          diastolic: 96,
          heartRate: 104,
          arm: 'left',
          takenAt: '2025-06-02T14:40:00Z',
        },
        {
          systolic: 148,
          diastolic: 92,
          heartRate: 108,
          arm: 'left',
          takenAt: '2025-06-02T14:42:00Z',
        },
        {
          systolic: 290,
          diastolic: 95,
          heartRate: 102,
          arm: 'right',
          takenAt: '2025-06-02T14:44:00Z',
          confirmedOutOfRange: true,
        },
      ],
    },
    meds: {
      takesAny: 'yes',
      list: [
        { name: 'Xanax XR 1 mg' },
        { name: 'lorazapam' },
        { name: 'Adderall', dose: '20 mg' },
        { name: 'phenelzine' },
        { name: 'Contrave' },
        { name: 'tramadol 50mg tablet' },
        { name: 'Sudafed' },
        { name: 'zolpidem' },
        { name: 'lamotrigine' },
        { name: 'metoprolol' },
        { name: 'Zorblax' },
        { name: 'zorblax ' },
        { name: 'my blue pill' },
      ],
      nasalSprays: 'yes',
    },
    mood: {
      phq9: { q1: 3, q2: 3, q3: 2, q4: 3, q5: 2, q6: 2, q7: 2, q8: 1, q9: 2, difficulty: 3 },
      gad7: { q1: 3, q2: 3, q3: 2, q4: 2, q5: 1, q6: 2, q7: 3 },
    },
    attest: { confirmed: true, name: 'Maria Lopez' },
  };
}
