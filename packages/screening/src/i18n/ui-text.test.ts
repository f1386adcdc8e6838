import { describe, expect, it } from 'vitest';
import { en } from './en';
import { es } from './es';

describe('UI strings', () => {
  it('exist in both languages with the same keys', () => {
    const keys = (o: object): string[] => Object.keys(o).sort();
    expect(keys(es)).toEqual(keys(en));
    expect(es.answers.unsure).toBe('No estoy seguro/a');
    expect(en.answers.unsure).toBe('Not sure');
  });
  it('show the 988 crisis line on the done screen in both languages', () => {
    expect(en.done.crisis).toContain('988');
    expect(es.done.crisis).toContain('988');
  });
  it('include the blood-pressure how-to', () => {
    expect(en.bloodPressureHowTo.steps.join(' ')).toMatch(
      /5 minutes.*feet flat.*heart.*talk.*1 to 2 minutes/s,
    );
    expect(en.bloodPressureHowTo.beforeYouStart).toMatch(/caffeine.*exercise.*smoke/);
  });
});
