import { describe, expect, it } from 'vitest';
import { reading } from '../test-helpers';
import { heightInCm, lbToKg, weightInKg } from './body-measures';
import { selectCurrentReadings } from './current-set';
import { readingEntryWarnings } from './plausibility';
import { roundedMean, roundHalfUp } from './rounding';

describe('rounding', () => {
  it('rounds halves up', () => {
    expect(roundHalfUp(140.5)).toBe(141);
    expect(roundHalfUp(140.49)).toBe(140);
    expect(roundedMean([140, 141])).toBe(141);
    expect(roundedMean([89, 90])).toBe(90);
    expect(roundedMean([140, 140, 141])).toBe(140);
    expect(roundedMean([140, 141, 141])).toBe(141);
    expect(roundedMean([])).toBeUndefined();
  });
});

describe('units', () => {
  it('converts lb to kg with one decimal', () => {
    expect(lbToKg(154)).toBe(69.9);
    expect(lbToKg(200)).toBe(90.7);
    expect(weightInKg({ value: 70.4, unit: 'kg' })).toBe(70.4);
    expect(heightInCm({ value: 64, unit: 'in' })).toBe(162.6);
  });
});

describe('entry warnings (not flags)', () => {
  it('warn per field at the plausibility limits', () => {
    expect(readingEntryWarnings({ systolic: 60, diastolic: 30, heartRate: 30 })).toEqual([]);
    expect(readingEntryWarnings({ systolic: 280, diastolic: 180, heartRate: 220 })).toEqual([]);
    expect(readingEntryWarnings({ systolic: 120, diastolic: 120, heartRate: 70 })).toEqual([
      expect.objectContaining({ field: 'diastolic', code: 'diastolic-not-below-systolic' }),
    ]);
    expect(
      readingEntryWarnings({ systolic: 281, diastolic: 29, heartRate: 221 }).map((w) => w.field),
    ).toEqual(['systolic', 'diastolic', 'heartRate']);
    expect(readingEntryWarnings({ systolic: 120 })).toEqual([]);
  });
});

describe('current reading set', () => {
  it('uses patient readings until staff add some', () => {
    const patient = [reading(120, 80)];
    expect(selectCurrentReadings(patient, []).source).toBe('patient');
    expect(selectCurrentReadings(patient, undefined).readings[0]?.linkId).toBe(
      'vitals.readings[0]',
    );
  });
  it('then uses staff readings within 30 minutes of the latest', () => {
    const staff = [
      reading(1, 1, 1, 10),
      reading(2, 2, 2, 28),
      reading(3, 3, 3, 59),
      reading(4, 4, 4, 29),
    ];
    const set = selectCurrentReadings([reading(120, 80)], staff);
    expect(set.source).toBe('staff');
    expect(set.readings.map((r) => r.linkId)).toEqual(['staffReadings[2]', 'staffReadings[3]']);
    // named as staff count them: the third and fourth readings they added
    expect(set.readings.map((r) => r.label)).toEqual(['staff reading 3', 'staff reading 4']);
  });
});
