import { describe, expect, it } from 'vitest';
import { answersWith, findFlag } from '../test-helpers';
import { baselineAnswers } from '../fixtures';

function withPhq9(q: Partial<Record<string, number>>) {
  return answersWith({ mood: { phq9: { ...baselineAnswers().mood.phq9, ...q } } });
}

describe('mood.self-harm', () => {
  it('is urgent when PHQ-9 item 9 ≥ 1 and absent at 0', () => {
    expect(findFlag(withPhq9({ q9: 0 }), 'mood.self-harm')).toBeUndefined();
    const flag = findFlag(withPhq9({ q9: 1 }), 'mood.self-harm');
    expect(flag?.severity).toBe('urgent');
    expect(flag?.rationale).toContain('"Several days"');
    expect(flag?.source).toContain('SIMON-2013');
  });
});

describe('mood bands', () => {
  it.each([
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [15, 'moderately severe'],
    [20, 'severe'],
  ])('PHQ-9 total %i → %s (info, always)', (total, band) => {
    const scores = [3, 3, 3, 3, 3, 3, 3, 3, 3];
    let remaining = 27 - total;
    for (let i = 0; i < 8 && remaining > 0; i++) {
      const cut = Math.min(3, remaining);
      scores[i] = 3 - cut;
      remaining -= cut;
    }
    const phq9 = Object.fromEntries(scores.map((s, i) => [`q${i + 1}`, s]));
    const flag = findFlag(withPhq9(phq9), 'mood.phq9-band');
    expect(flag?.values['mood.phq9.score']).toBe(total);
    expect(flag?.values['mood.phq9.band']).toBe(band);
    expect(flag?.severity).toBe('info');
  });
  it('GAD-7 band is raised even at 0', () => {
    expect(findFlag(answersWith({}), 'mood.gad7-band')?.title).toBe('GAD-7 0: minimal');
  });
  it('difficulty is shown but not scored', () => {
    const flag = findFlag(withPhq9({ difficulty: 3 }), 'mood.phq9-band');
    expect(flag?.values['mood.phq9.score']).toBe(0);
    expect(flag?.values['mood.phq9.difficulty']).toBe('Extremely difficult');
  });
});
