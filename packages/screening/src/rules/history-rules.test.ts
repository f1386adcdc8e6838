import { describe, expect, it } from 'vitest';
import { exampleVisit } from '../fixtures';
import { answersWith, findFlag, flagKeys } from '../test-helpers';

describe('contraindication items count "unsure" as yes', () => {
  const cases = [
    ['cardio.aneurysm', 'cardio', 'aneurysm'],
    ['cardio.avm', 'cardio', 'avm'],
    ['cardio.brain-bleed', 'cardio', 'brainBleed'],
    ['allergy.ketamine', 'health', 'ketamineAllergy'],
  ] as const;
  for (const [ruleId, section, field] of cases) {
    it(`${ruleId}: yes and unsure raise a review contraindication, no does not`, () => {
      for (const value of ['yes', 'unsure'] as const) {
        const flag = findFlag(answersWith({ [section]: { [field]: value } }), ruleId);
        expect(flag).toMatchObject({
          severity: 'review',
          contraindication: true,
          linkIds: [`${section}.${field}`],
        });
        expect(flag?.rationale).toContain(value === 'yes' ? '"Yes"' : '"Not sure"');
      }
      expect(findFlag(answersWith({ [section]: { [field]: 'no' } }), ruleId)).toBeUndefined();
    });
  }
});

describe('cardio.symptoms-today', () => {
  it('is urgent on yes or unsure, absent on no', () => {
    expect(
      findFlag(answersWith({ cardio: { symptomsToday: 'yes' } }), 'cardio.symptoms-today')
        ?.severity,
    ).toBe('urgent');
    expect(
      findFlag(answersWith({ cardio: { symptomsToday: 'unsure' } }), 'cardio.symptoms-today')
        ?.severity,
    ).toBe('urgent');
    expect(
      findFlag(answersWith({ cardio: { symptomsToday: 'no' } }), 'cardio.symptoms-today'),
    ).toBeUndefined();
  });
});

describe('cardio.hypertension-uncontrolled', () => {
  it('fires when high BP is yes and controlled is no or unsure', () => {
    for (const controlled of ['no', 'unsure'] as const) {
      const flag = findFlag(
        answersWith({
          cardio: { highBloodPressure: 'yes', highBloodPressureControlled: controlled },
        }),
        'cardio.hypertension-uncontrolled',
      );
      expect(flag?.severity).toBe('review');
    }
  });
  it('does not fire when controlled is yes', () => {
    const answers = answersWith({
      cardio: { highBloodPressure: 'yes', highBloodPressureControlled: 'yes' },
    });
    expect(findFlag(answers, 'cardio.hypertension-uncontrolled')).toBeUndefined();
  });
  it('ignores a stale "controlled" answer when high BP is no (hidden follow-up)', () => {
    const answers = answersWith({
      cardio: { highBloodPressure: 'no', highBloodPressureControlled: 'no' },
    });
    expect(findFlag(answers, 'cardio.hypertension-uncontrolled')).toBeUndefined();
  });
});

describe('cardio.history', () => {
  const items = [
    'heartAttack',
    'coronaryDisease',
    'heartFailure',
    'arrhythmia',
    'otherHeart',
    'stroke',
    'hypertensiveEmergency',
  ];
  for (const item of items) {
    it(`fires on ${item} = yes, not on unsure`, () => {
      expect(
        findFlag(answersWith({ cardio: { [item]: 'yes' } }), 'cardio.history')?.linkIds,
      ).toContain(`cardio.${item}`);
      expect(
        findFlag(answersWith({ cardio: { [item]: 'unsure' } }), 'cardio.history'),
      ).toBeUndefined();
    });
  }
  it('quotes the heart-attack year and other-heart details', () => {
    const flag = findFlag(
      answersWith({
        cardio: {
          heartAttack: 'yes',
          heartAttackYear: 2019,
          otherHeart: 'yes',
          otherHeartDetails: 'valve',
        },
      }),
      'cardio.history',
    );
    expect(flag?.values).toMatchObject({
      'cardio.heartAttackYear': 2019,
      'cardio.otherHeartDetails': 'valve',
    });
    expect(flag?.rationale).toContain('2019');
  });
});

describe('health rules', () => {
  const cases: [string, string, 'review' | 'info'][] = [
    ['health.raised-pressure', 'headInjury', 'review'],
    ['health.raised-pressure', 'glaucoma', 'review'],
    ['health.thyroid', 'thyroid', 'review'],
    ['health.liver', 'liver', 'review'],
    ['health.psychosis', 'psychosis', 'review'],
    ['health.mania', 'mania', 'review'],
    ['health.substance-use', 'substanceUse', 'review'],
    ['health.substance-use', 'nonMedicalKetamine', 'review'],
    ['health.seizures', 'seizures', 'info'],
    ['health.bladder', 'bladder', 'info'],
    ['health.sleep-apnea', 'sleepApnea', 'info'],
  ];
  for (const [ruleId, item, severity] of cases) {
    it(`${ruleId} fires on ${item} = yes (${severity}); unsure raises only answer.unsure`, () => {
      expect(findFlag(answersWith({ health: { [item]: 'yes' } }), ruleId)?.severity).toBe(severity);
      const unsure = flagKeys(answersWith({ health: { [item]: 'unsure' } }));
      expect(unsure).not.toContain(ruleId);
      expect(unsure).toContain(`answer.unsure:health.${item}`);
    });
  }

  it('health.prior-reaction fires only when the reaction follow-up is yes and shown', () => {
    const yes = answersWith({
      health: {
        priorKetamine: 'yes',
        priorKetamineReaction: 'yes',
        priorKetamineReactionDetails: 'felt faint',
      },
    });
    expect(findFlag(yes, 'health.prior-reaction')?.rationale).toContain('"felt faint"');
    expect(
      findFlag(
        answersWith({ health: { priorKetamine: 'yes', priorKetamineReaction: 'no' } }),
        'health.prior-reaction',
      ),
    ).toBeUndefined();
    // Hidden: priorKetamine = no, so the stale reaction answer is ignored.
    expect(
      findFlag(
        answersWith({ health: { priorKetamine: 'no', priorKetamineReaction: 'yes' } }),
        'health.prior-reaction',
      ),
    ).toBeUndefined();
  });
});

describe('about rules', () => {
  it('about.pregnancy fires on yes or unsure, not on no or not-applicable', () => {
    expect(findFlag(answersWith({ about: { pregnant: 'yes' } }), 'about.pregnancy')?.severity).toBe(
      'review',
    );
    expect(
      findFlag(answersWith({ about: { pregnant: 'unsure' } }), 'about.pregnancy')?.severity,
    ).toBe('review');
    expect(findFlag(answersWith({ about: { pregnant: 'no' } }), 'about.pregnancy')).toBeUndefined();
    expect(
      findFlag(answersWith({ about: { pregnant: 'not-applicable' } }), 'about.pregnancy'),
    ).toBeUndefined();
  });
  it('about.breastfeeding fires on yes only', () => {
    expect(
      findFlag(answersWith({ about: { breastfeeding: 'yes' } }), 'about.breastfeeding')?.severity,
    ).toBe('review');
    expect(
      findFlag(answersWith({ about: { breastfeeding: 'not-applicable' } }), 'about.breastfeeding'),
    ).toBeUndefined();
  });
  it('about.weight-missing fires for IV and IM without a weight, not for esketamine or when given', () => {
    const noWeight = answersWith({ about: { weight: undefined } });
    for (const plannedTreatment of ['iv-ketamine', 'im-ketamine'] as const) {
      expect(
        findFlag(noWeight, 'about.weight-missing', exampleVisit({ plannedTreatment }))?.severity,
      ).toBe('info');
      expect(
        findFlag(answersWith({}), 'about.weight-missing', exampleVisit({ plannedTreatment })),
      ).toBeUndefined();
    }
    expect(
      findFlag(
        noWeight,
        'about.weight-missing',
        exampleVisit({ plannedTreatment: 'esketamine-nasal' }),
      ),
    ).toBeUndefined();
  });
});
