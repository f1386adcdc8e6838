import { describe, expect, it } from 'vitest';
import { evaluateFlags } from './index';

const visit = {
  plannedTreatment: 'iv-ketamine',
  patient: { givenName: 'A', familyName: 'B', birthDate: '1980-01-01' },
} as const;

describe('skeleton evaluateFlags', () => {
  it('flags an aneurysm answered yes, and not one answered no', () => {
    expect(evaluateFlags({ cardio: { aneurysm: 'yes' } }, visit).map((f) => f.ruleId)).toEqual([
      'cardio.aneurysm',
    ]);
    expect(evaluateFlags({ cardio: { aneurysm: 'no' } }, visit)).toEqual([]);
  });
});
