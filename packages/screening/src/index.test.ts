import { describe, expect, it } from 'vitest';
import * as screening from './index';
import { evaluateFlags } from './index';

const visit = {
  plannedTreatment: 'iv-ketamine',
  patient: { givenName: 'A', familyName: 'B', birthDate: '1980-01-01' },
} as const;

describe('public API', () => {
  it('flags an aneurysm answered yes, and not one answered no (partial answers are tolerated)', () => {
    const ids = (aneurysm: 'yes' | 'no') =>
      evaluateFlags(
        { about: { weight: { value: 80, unit: 'kg' } }, cardio: { aneurysm } },
        visit,
      ).map((f) => f.ruleId);
    expect(ids('yes')).toEqual(['cardio.aneurysm']);
    expect(ids('no')).toEqual([]);
  });
  it('keeps the names the API already uses', () => {
    for (const name of [
      'QUESTIONNAIRE_VERSION',
      'RULE_SET_VERSION',
      'plannedTreatmentSchema',
      'isoDateSchema',
      'visitContextSchema',
      'yesNoUnsureSchema',
      'languageSchema',
      'answersSchema',
      'severitySchema',
      'evaluateFlags',
    ]) {
      expect(screening).toHaveProperty(name);
    }
  });
});
