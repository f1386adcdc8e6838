import { describe, expect, it } from 'vitest';
import { staffReadingInputSchema, visitContextSchema } from '@preflight/screening';
import { friendlyErrors } from './friendly-errors';

const labels = { givenName: 'given name', birthDate: 'birth date', systolic: 'systolic pressure' };

describe('friendlyErrors with the domain schemas', () => {
  it('asks for an empty name and a missing birth date in plain words', () => {
    const result = visitContextSchema.safeParse(
      {
        plannedTreatment: 'iv-ketamine',
        patient: { givenName: ' ', familyName: 'Lopez', birthDate: '' },
      },
      { error: friendlyErrors(labels) },
    );
    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.at(-1), issue.message]),
    );
    expect(messages).toEqual({
      givenName: 'Enter the given name.',
      birthDate: 'Enter the birth date.',
    });
  });

  it('keeps the domain’s own plausibility message for an implausible reading', () => {
    const result = staffReadingInputSchema.safeParse(
      { systolic: 400, diastolic: 80, heartRate: 70, arm: 'left' },
      { error: friendlyErrors(labels) },
    );
    const message = result.error?.issues.find((i) => i.path[0] === 'systolic')?.message ?? '';
    expect(message).not.toBe('');
    expect(message).not.toMatch(/too (low|high)/);
  });
});
