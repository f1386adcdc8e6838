import { describe, expect, it } from 'vitest';
import { MEDICATION_CLASSES } from '../medications';
import { exampleVisit } from '../fixtures';
import { answersWith, findFlag, flagKeys, flagsFor } from '../test-helpers';

function withMeds(...names: string[]) {
  return answersWith({ meds: { takesAny: 'yes', list: names.map((name) => ({ name })) } });
}

describe('medication class rules', () => {
  it('raise one flag per class listing every drug in it, with the class severity', () => {
    const flags = flagsFor(withMeds('Xanax', 'lorazepam', 'Klonopin 1 mg'));
    const benzo = flags.filter((f) => f.ruleId === 'meds.benzodiazepine');
    expect(benzo).toHaveLength(1);
    expect(benzo[0]?.key).toBe('meds.benzodiazepine');
    expect(benzo[0]?.severity).toBe(
      MEDICATION_CLASSES.find((c) => c.id === 'benzodiazepine')?.severity,
    );
    expect(benzo[0]?.linkIds).toEqual([
      'meds.list[0].name',
      'meds.list[1].name',
      'meds.list[2].name',
    ]);
    expect(benzo[0]?.title).toMatch(/alprazolam.*lorazepam.*clonazepam/);
  });
  it('says which name a typo was matched to', () => {
    expect(findFlag(withMeds('lorazapam'), 'meds.benzodiazepine')?.rationale).toContain(
      "matched 'lorazapam' to lorazepam",
    );
  });
  it('give combination products every component class', () => {
    const keys = flagKeys(withMeds('naltrexone-bupropion'));
    expect(keys).toContain('meds.opioid-antagonist');
  });
  it('do not fire when the patient takes no medicines (a hidden list is ignored)', () => {
    const answers = answersWith({ meds: { takesAny: 'no', list: [{ name: 'Xanax' }] } });
    expect(flagKeys(answers).filter((k) => k.startsWith('meds.'))).toEqual([]);
  });
});

describe('meds.unrecognized', () => {
  it('raises one info flag per distinct normalised name', () => {
    const flags = flagsFor(withMeds('Zorblax', 'ZORBLAX ', 'Quixafen')).filter(
      (f) => f.ruleId === 'meds.unrecognized',
    );
    expect(flags.map((f) => f.key)).toEqual([
      'meds.unrecognized:quixafen',
      'meds.unrecognized:zorblax',
    ]);
    expect(flags.every((f) => f.severity === 'info')).toBe(true);
    expect(flags[1]?.linkIds).toEqual(['meds.list[0].name', 'meds.list[1].name']);
  });
  it('keys a name with no letters or digits by its trimmed, lower-cased text, never an empty detail', () => {
    const flags = flagsFor(withMeds('---', ' ??? ', '---', 'ЛЕКАРСТВО', 'Quixafen 10 mg')).filter(
      (f) => f.ruleId === 'meds.unrecognized',
    );
    expect(flags.map((f) => f.key)).toEqual([
      'meds.unrecognized:---',
      'meds.unrecognized:???',
      'meds.unrecognized:quixafen',
      'meds.unrecognized:лекарство',
    ]);
    expect(flags[0]?.linkIds).toEqual(['meds.list[0].name', 'meds.list[2].name']);
  });
  it('does not fire for a catalogue name', () => {
    expect(flagKeys(withMeds('sertraline')).some((k) => k.startsWith('meds.unrecognized'))).toBe(
      false,
    );
  });
});

describe('meds.antihypertensive-no-history', () => {
  it('fires when an antihypertensive is listed and high BP is no', () => {
    expect(findFlag(withMeds('lisinopril'), 'meds.antihypertensive-no-history')?.severity).toBe(
      'info',
    );
  });
  it('does not fire when high BP is yes', () => {
    const answers = answersWith({
      cardio: { highBloodPressure: 'yes', highBloodPressureControlled: 'yes' },
      meds: { takesAny: 'yes', list: [{ name: 'lisinopril' }] },
    });
    expect(findFlag(answers, 'meds.antihypertensive-no-history')).toBeUndefined();
  });
});

describe('meds.nasal-spray-timing', () => {
  it('fires for esketamine with nasal sprays = yes', () => {
    expect(
      findFlag(answersWith({ meds: { nasalSprays: 'yes' } }), 'meds.nasal-spray-timing')?.severity,
    ).toBe('info');
    expect(
      findFlag(answersWith({ meds: { nasalSprays: 'no' } }), 'meds.nasal-spray-timing'),
    ).toBeUndefined();
  });
  it('ignores the (hidden) nasal-spray answer when esketamine is not planned', () => {
    const visit = exampleVisit({ plannedTreatment: 'iv-ketamine' });
    expect(
      findFlag(answersWith({ meds: { nasalSprays: 'yes' } }), 'meds.nasal-spray-timing', visit),
    ).toBeUndefined();
  });
});
