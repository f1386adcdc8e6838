import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { exampleAnswers, exampleVisit, flagHeavyAnswers, baselineAnswers } from '../fixtures';
import {
  answersSchema,
  answersSchemaFor,
  draftAnswersSchema,
  sectionSchema,
  stepDraftSchema,
  stepSchema,
} from './answers-schema';
import { fieldErrors } from './field-errors';

const visit = exampleVisit();

function errorsOf(input: unknown, schema: z.ZodType = answersSchemaFor(visit)) {
  const result = schema.safeParse(input);
  return result.success ? [] : fieldErrors(result.error);
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('answersSchemaFor(visit)', () => {
  it('accepts the full example submissions', () => {
    expect(errorsOf(exampleAnswers())).toEqual([]);
    expect(errorsOf(flagHeavyAnswers())).toEqual([]);
    expect(errorsOf(baselineAnswers())).toEqual([]);
  });

  it('refuses an implausible unconfirmed reading, with the linkId as path', () => {
    const answers = clone(exampleAnswers());
    answers.vitals.readings[0]!.systolic = 300;
    expect(errorsOf(answers)).toEqual([
      { path: 'vitals.readings[0].systolic', message: expect.any(String) },
    ]);
    answers.vitals.readings[0]!.confirmedOutOfRange = true;
    expect(errorsOf(answers)).toEqual([]);
  });

  it.each([
    ['systolic', 59],
    ['systolic', 281],
    ['diastolic', 29],
    ['heartRate', 29],
    ['heartRate', 221],
  ])('refuses %s = %i unless confirmed', (field, value) => {
    const answers = clone(baselineAnswers());
    (answers.vitals.readings[1] as unknown as Record<string, number>)[field] = value;
    expect(errorsOf(answers).map((e) => e.path)).toContain(`vitals.readings[1].${field}`);
  });

  it('refuses diastolic not below systolic', () => {
    const answers = clone(baselineAnswers());
    answers.vitals.readings[0] = { ...answers.vitals.readings[0]!, systolic: 100, diastolic: 100 };
    expect(errorsOf(answers).map((e) => e.path)).toEqual(['vitals.readings[0].diastolic']);
  });

  it('requires 1 to 3 readings', () => {
    const none = clone(baselineAnswers());
    none.vitals.readings = [];
    expect(errorsOf(none).map((e) => e.path)).toEqual(['vitals.readings']);
    const four = clone(flagHeavyAnswers());
    four.vitals.readings.push(four.vitals.readings[0]!);
    expect(errorsOf(four).map((e) => e.path)).toEqual(['vitals.readings']);
  });

  it('requires shown conditional items, with the linkId as path', () => {
    const answers = clone(baselineAnswers()) as unknown as Record<string, Record<string, unknown>>;
    answers.cardio!.highBloodPressure = 'yes';
    answers.health!.priorKetamine = 'yes';
    answers.meds = { takesAny: 'yes' };
    expect(
      errorsOf(answers)
        .map((e) => e.path)
        .sort(),
    ).toEqual([
      'cardio.highBloodPressureControlled',
      'health.priorKetamineReaction',
      'meds.list',
      'meds.nasalSprays',
    ]);
  });

  it('requires nasal sprays only for esketamine', () => {
    const answers = clone(baselineAnswers());
    delete answers.meds.nasalSprays;
    expect(errorsOf(answers).map((e) => e.path)).toEqual(['meds.nasalSprays']);
    expect(
      errorsOf(answers, answersSchemaFor(exampleVisit({ plannedTreatment: 'iv-ketamine' }))),
    ).toEqual([]);
  });

  it('lets optional items be skipped (weight, height, heart-attack year, other allergies)', () => {
    const answers = clone(baselineAnswers()) as unknown as Record<string, Record<string, unknown>>;
    delete answers.about!.weight;
    answers.cardio!.heartAttack = 'yes';
    expect(errorsOf(answers)).toEqual([]);
  });

  it('strips hidden answers and unknown keys instead of refusing', () => {
    const answers = clone(baselineAnswers()) as unknown as Record<string, Record<string, unknown>>;
    answers.cardio!.highBloodPressureControlled = 'banana';
    answers.cardio!.surprise = 1;
    answers.extra = { x: 1 };
    const result = answersSchemaFor(exampleVisit({ plannedTreatment: 'other' })).parse(
      answers,
    ) as unknown as Record<string, Record<string, unknown>>;
    expect(result.cardio).not.toHaveProperty('highBloodPressureControlled');
    expect(result.cardio).not.toHaveProperty('surprise');
    expect(result).not.toHaveProperty('extra');
    expect(result.meds).not.toHaveProperty('nasalSprays');
  });

  it('checks shapes: weight one decimal and plausible, yes/no/unsure, integers 0–3, attest true', () => {
    const bad = clone(baselineAnswers()) as unknown as Record<string, Record<string, unknown>>;
    bad.about!.weight = { value: 70.25, unit: 'kg' };
    bad.cardio!.aneurysm = 'maybe';
    (bad.mood!.phq9 as Record<string, unknown>).q3 = 4;
    bad.attest = { confirmed: false, name: '' };
    expect(
      errorsOf(bad)
        .map((e) => e.path)
        .sort(),
    ).toEqual([
      'about.weight.value',
      'attest.confirmed',
      'attest.name',
      'cardio.aneurysm',
      'mood.phq9.q3',
    ]);
    const lb = clone(baselineAnswers());
    lb.about.weight = { value: 20, unit: 'kg' };
    expect(errorsOf(lb).map((e) => e.path)).toEqual(['about.weight.value']);
  });

  it('reports a missing always-shown item with a patient-usable message', () => {
    const answers = clone(baselineAnswers()) as unknown as Record<string, Record<string, unknown>>;
    delete answers.cardio!.aneurysm;
    expect(errorsOf(answers)).toEqual([
      { path: 'cardio.aneurysm', message: 'Please answer this question.' },
    ]);
  });
});

describe('answersSchema (no visit)', () => {
  it('accepts a full submission and does not require visit-dependent items', () => {
    const answers = clone(baselineAnswers());
    delete answers.meds.nasalSprays;
    expect(answersSchema.safeParse(answers).success).toBe(true);
    expect(answersSchema.safeParse(exampleAnswers()).success).toBe(true);
  });
});

describe('draft, step and section schemas', () => {
  it('a draft may be empty or partial', () => {
    expect(draftAnswersSchema.safeParse({}).success).toBe(true);
    expect(draftAnswersSchema.safeParse({ cardio: { aneurysm: 'no' } }).success).toBe(true);
    expect(draftAnswersSchema.safeParse({ cardio: { aneurysm: 'maybe' } }).success).toBe(false);
  });
  it('a step schema requires only that step’s shown items', () => {
    const draft = { cardio: { highBloodPressure: 'yes' } };
    expect(errorsOf(draft, stepSchema('cardio.bloodPressure', visit)).map((e) => e.path)).toEqual([
      'cardio.highBloodPressureControlled',
      'cardio.hypertensiveEmergency',
    ]);
    expect(errorsOf(draft, stepSchema('vitals.howTo', visit))).toEqual([]);
    expect(errorsOf({ meds: { takesAny: 'no' } }, stepSchema('meds.current', visit))).toEqual([]);
  });
  it('a step schema returns only the step’s answers, as a patch that drops its hidden ones', () => {
    const onScreen = {
      about: { pregnant: 'no', breastfeeding: 'no' },
      cardio: {
        highBloodPressure: 'no',
        highBloodPressureControlled: 'no',
        hypertensiveEmergency: 'no',
        heartAttack: 'no',
      },
    };
    const result = stepSchema('cardio.bloodPressure', visit).safeParse(onScreen);
    expect(result.success && result.data).toStrictEqual({
      cardio: {
        highBloodPressure: 'no',
        highBloodPressureControlled: undefined,
        hypertensiveEmergency: 'no',
      },
    });
  });
  it('a step schema keeps a group’s items apart, and names the ones that are gone', () => {
    const result = stepDraftSchema('mood.phq9', visit).safeParse({ mood: { phq9: { q1: 2 } } });
    expect(result.success && result.data).toEqual({ mood: { phq9: { q1: 2 } } });
    expect(result.success && Object.keys(result.data.mood?.phq9 ?? {})).toContain('q9');
    expect(
      stepDraftSchema('mood.phq9', visit).safeParse({ mood: { phq9: { q1: 7 } } }).success,
    ).toBe(false);
  });
  it('a step schema reports answers that are not an object, like the whole-answers one', () => {
    expect(errorsOf('x', stepSchema('about.body', visit))).toEqual(
      errorsOf('x', sectionSchema('about', visit)).slice(0, 1),
    );
  });
  it('a section schema requires the section’s shown items', () => {
    expect(errorsOf({}, sectionSchema('attest', visit)).map((e) => e.path)).toEqual([
      'attest.confirmed',
      'attest.name',
    ]);
  });
  it('unknown step ids are a programming error', () => {
    expect(() => stepSchema('nope', visit)).toThrow();
  });
});
