import { describe, expect, it } from 'vitest';
import { fallbackNames, normalizeMedicationName } from './normalize';

describe('normalizeMedicationName', () => {
  it.each([
    ['Xanax', 'xanax'],
    ['  XANAX  ', 'xanax'],
    ['Wellbutrin XL 150 mg', 'wellbutrin'],
    ['seroquel  xr', 'seroquel'],
    ['Ambien CR 12.5mg tablet', 'ambien'],
    ['clonazepam 0.5 mg', 'clonazepam'],
    ['clonazepam 0,5mg', 'clonazepam'],
    ['Synthroid 50 mcg', 'synthroid'],
    ['levothyroxine 88 µg', 'levothyroxine'],
    ['hydrocortisone cream 1%', 'hydrocortisone'],
    ['Emsam 6 mg/24 hr patch', 'emsam'],
    ['Norco 10/325', 'norco'],
    ['Adderall XR 20', 'adderall'],
    ['Lamictal ODT', 'lamictal'],
    ['Depakote DR', 'depakote'],
    ['Paxil CR', 'paxil'],
    ['metformin ER 500 mg tablets', 'metformin'],
    ['gabapentin 300 mg capsules', 'gabapentin'],
    ['Flonase nasal spray', 'flonase'],
    ['vitamin D3 1000 IU softgel', 'vitamind3'],
    ["St. John's Wort", 'stjohnswort'],
    ['St Johns wort', 'stjohnswort'],
    ['naltrexone/bupropion', 'naltrexonebupropion'],
    ['Naltrexone-Bupropion', 'naltrexonebupropion'],
    ['Tylenol w/ Codeine #3', 'tylenolcodeine'],
    ['Claritin-D', 'claritind'],
    ['Quetiapine  Fumarate', 'quetiapinefumarate'],
  ])('%j → %j', (typed, expected) => {
    expect(normalizeMedicationName(typed)).toBe(expected);
  });

  it('keeps the words when nothing but form words or numbers was typed', () => {
    expect(normalizeMedicationName('tablet')).toBe('tablet');
    expect(normalizeMedicationName('50 mg')).toBe('50mg');
    expect(normalizeMedicationName('XR')).toBe('xr');
    expect(normalizeMedicationName('')).toBe('');
    expect(normalizeMedicationName(' - ')).toBe('');
  });

  it('does not eat letters that follow a number ("5 gummies" is not 5 g)', () => {
    expect(normalizeMedicationName('melatonin 5 gummies')).toBe('melatonin');
    expect(normalizeMedicationName('magnesium 250 glycinate')).toBe('magnesiumglycinate');
  });

  it('is idempotent', () => {
    for (const typed of ['Wellbutrin XL 150 mg', "St. John's Wort", 'Tylenol w/ Codeine #3']) {
      const once = normalizeMedicationName(typed);
      expect(normalizeMedicationName(once)).toBe(once);
    }
  });
});

describe('fallbackNames', () => {
  it('drops salt words, glued release suffixes and glued strengths', () => {
    expect(fallbackNames('sertraline HCl')).toContain('sertraline');
    expect(fallbackNames('metoprolol succinate')).toContain('metoprolol');
    expect(fallbackNames('seroquelxr')).toContain('seroquel');
    expect(fallbackNames('zoloft50mg')).toEqual([]); // the strength regex already removed it
    expect(normalizeMedicationName('zoloft50mg')).toBe('zoloft');
    expect(fallbackNames('zoloft50')).toContain('zoloft');
  });

  it('never returns the primary name or an empty name', () => {
    expect(fallbackNames('sertraline')).toEqual([]);
    expect(fallbackNames('sodium')).toEqual([]);
  });
});
