import { describe, expect, it } from 'vitest';
import { formatLinkId, getAnswer, parseLinkId } from './link-id';

describe('linkId paths', () => {
  it('round-trip between linkIds and zod paths', () => {
    expect(parseLinkId('vitals.readings[0].systolic')).toEqual([
      'vitals',
      'readings',
      0,
      'systolic',
    ]);
    expect(formatLinkId(['vitals', 'readings', 0, 'systolic'])).toBe('vitals.readings[0].systolic');
    expect(formatLinkId(['mood', 'phq9', 'q9'])).toBe('mood.phq9.q9');
  });
  it('reads answers safely', () => {
    expect(
      getAnswer({ vitals: { readings: [{ systolic: 120 }] } }, 'vitals.readings[0].systolic'),
    ).toBe(120);
    expect(getAnswer(undefined, 'cardio.avm')).toBeUndefined();
    expect(getAnswer({ cardio: 'x' }, 'cardio.avm')).toBeUndefined();
  });
});
