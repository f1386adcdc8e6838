import { describe, expect, it } from 'vitest';
import { exampleVisit } from '../fixtures';
import { findFlag, flagKeys, flagsFor, reading, withReadings } from '../test-helpers';

const BP_RULES = ['vitals.severe', 'vitals.above-dosing-guide', 'vitals.hypertension-range'];

function bpRules(systolic: number, diastolic: number): string[] {
  return flagKeys(
    withReadings(reading(systolic, diastolic), reading(systolic, diastolic, 72, 42)),
  ).filter((k) => BP_RULES.includes(k));
}

describe('blood-pressure rules are exclusive, with boundaries', () => {
  it.each([
    [118, 76, []],
    [129, 79, []],
    [130, 79, ['vitals.hypertension-range']],
    [129, 80, ['vitals.hypertension-range']],
    [140, 80, ['vitals.hypertension-range']],
    [141, 80, ['vitals.above-dosing-guide']],
    [120, 90, ['vitals.hypertension-range']],
    [120, 91, ['vitals.above-dosing-guide']],
    [180, 100, ['vitals.above-dosing-guide']],
    [181, 100, ['vitals.severe']],
    [170, 120, ['vitals.above-dosing-guide']],
    [170, 121, ['vitals.severe']],
  ])('%i/%i → %j', (systolic, diastolic, expected) => {
    expect(bpRules(systolic, diastolic)).toEqual(expected);
  });

  it('names the stage: stage 1 at 130–139/80–89, stage 2 at exactly 140 or 90', () => {
    expect(
      findFlag(withReadings(reading(135, 82), reading(135, 82)), 'vitals.hypertension-range')
        ?.rationale,
    ).toContain('stage 1');
    expect(
      findFlag(withReadings(reading(140, 70), reading(140, 70)), 'vitals.hypertension-range')
        ?.rationale,
    ).toContain('stage 2');
    expect(
      findFlag(withReadings(reading(120, 90), reading(120, 90)), 'vitals.hypertension-range')
        ?.values.category,
    ).toBe('stage 2');
  });

  it('quotes the rounded mean and reading count', () => {
    const flag = findFlag(
      withReadings(reading(150, 94), reading(154, 94, 72, 42)),
      'vitals.above-dosing-guide',
    );
    expect(flag?.rationale).toContain(
      "Mean BP 152/94 over 2 readings; the SPRAVATO label's general guide is >140/90",
    );
    expect(flag?.values).toMatchObject({ meanSystolic: 152, meanDiastolic: 94, readingCount: 2 });
  });

  it('rounds halves up before comparing (140.5 → 141)', () => {
    expect(bpRules(140, 80).length).toBe(1);
    const keys = flagKeys(withReadings(reading(140, 80), reading(141, 80, 72, 42)));
    expect(keys).toContain('vitals.above-dosing-guide');
    const below = flagKeys(
      withReadings(reading(140, 80), reading(140, 80, 72, 42), reading(141, 80, 72, 44)),
    );
    expect(below).not.toContain('vitals.above-dosing-guide'); // 140.33 → 140
  });

  it('notes the trials’ >150 systolic threshold for patients aged 65 or more', () => {
    const answers = withReadings(reading(146, 80), reading(146, 80, 72, 42));
    const older = findFlag(
      answers,
      'vitals.above-dosing-guide',
      exampleVisit({ patient: { givenName: 'A', familyName: 'B', birthDate: '1960-06-02' } }),
    );
    expect(older?.rationale).toContain('Patient is 65');
    expect(older?.source).toContain('SPRAVATO-TRIALS');
    const younger = findFlag(
      answers,
      'vitals.above-dosing-guide',
      exampleVisit({ patient: { givenName: 'A', familyName: 'B', birthDate: '1960-06-03' } }),
    );
    expect(younger?.rationale).not.toContain('65');
    expect(younger?.source).toEqual(['SPRAVATO-PI']);
  });
});

describe('heart rate rules', () => {
  it.each([
    [100, []],
    [101, ['vitals.tachycardia']],
    [50, []],
    [49, ['vitals.bradycardia']],
  ])('mean HR %i → %j', (hr, expected) => {
    const keys = flagKeys(withReadings(reading(118, 76, hr), reading(118, 76, hr, 42)));
    expect(keys.filter((k) => k === 'vitals.tachycardia' || k === 'vitals.bradycardia')).toEqual(
      expected,
    );
  });
  it('is independent of the blood-pressure rules', () => {
    const keys = flagKeys(withReadings(reading(190, 100, 120), reading(190, 100, 120, 42)));
    expect(keys).toEqual(expect.arrayContaining(['vitals.severe', 'vitals.tachycardia']));
  });
});

describe('vitals.single-reading and vitals.implausible-confirmed', () => {
  it('single-reading fires on one reading, not two', () => {
    expect(flagKeys(withReadings(reading(118, 76)))).toContain('vitals.single-reading');
    expect(flagKeys(withReadings(reading(118, 76), reading(118, 76)))).not.toContain(
      'vitals.single-reading',
    );
  });
  it('implausible-confirmed fires for a confirmed out-of-range value, which still counts in the mean', () => {
    const answers = withReadings(
      reading(290, 100, 72, 40, { confirmedOutOfRange: true }),
      reading(150, 90, 72, 42),
    );
    const flags = flagsFor(answers);
    const confirmed = flags.find((f) => f.ruleId === 'vitals.implausible-confirmed');
    expect(confirmed).toMatchObject({ severity: 'review', linkIds: ['vitals.readings[0]'] });
    // Staff read which reading in their own words, not the answer's path.
    expect(confirmed?.rationale).toContain('patient reading 1 290/100');
    expect(confirmed?.rationale).not.toContain('vitals.readings');
    expect(flags.find((f) => f.ruleId === 'vitals.severe')?.values.meanSystolic).toBe(220);
  });
  it('does not fire for a plausible reading even if marked confirmed', () => {
    const answers = withReadings(
      reading(280, 100, 72, 40, { confirmedOutOfRange: true }),
      reading(150, 90),
    );
    expect(flagKeys(answers)).not.toContain('vitals.implausible-confirmed');
  });
});

describe('staff readings replace the patient set', () => {
  const answers = withReadings(reading(118, 76), reading(118, 76, 72, 42));
  it('evaluates the staff readings within 30 minutes of the latest', () => {
    const staffReadings = [
      reading(200, 110, 72, 0), // 14:00, more than 30 minutes before 14:50: history
      reading(150, 90, 72, 20), // 14:20, exactly 30 minutes before: current
      reading(152, 92, 72, 50),
    ];
    const flag = findFlag(answers, 'vitals.above-dosing-guide', undefined, { staffReadings });
    expect(flag?.values).toMatchObject({
      meanSystolic: 151,
      meanDiastolic: 91,
      readingCount: 2,
      readingsFrom: 'staff',
    });
    expect(flag?.linkIds).toEqual(['staffReadings[1]', 'staffReadings[2]']);
    expect(flagKeys(answers, undefined, { staffReadings })).not.toContain('vitals.severe');
  });
  it('a single staff reading raises single-reading even if the patient took two', () => {
    expect(flagKeys(answers, undefined, { staffReadings: [reading(120, 78)] })).toContain(
      'vitals.single-reading',
    );
  });
});
