import { describe, expect, it } from 'vitest';
import { ANSWER_LABELS, BLOOD_PRESSURE_HOW_TO, DONE_SCREEN } from './ui-strings';

describe('UI strings', () => {
  it('word "not sure" in both languages', () => {
    expect(ANSWER_LABELS.unsure).toEqual({ en: 'Not sure', es: 'No estoy seguro/a' });
  });
  it('show the 988 crisis line on the done screen in both languages', () => {
    expect(DONE_SCREEN.crisis.en).toContain('988');
    expect(DONE_SCREEN.crisis.es).toContain('988');
  });
  it('include the blood-pressure how-to', () => {
    expect(BLOOD_PRESSURE_HOW_TO.steps.map((step) => step.en).join(' ')).toMatch(
      /5 minutes.*feet flat.*heart.*talk.*1 to 2 minutes/s,
    );
    expect(BLOOD_PRESSURE_HOW_TO.beforeYouStart.en).toMatch(/caffeine.*exercise.*smoke/);
  });
});
