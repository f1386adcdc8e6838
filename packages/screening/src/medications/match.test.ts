import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MedicationMatch } from './index';
import { MEDICATION_CATALOGUE, matchMedication, normalizeMedicationName } from './index';

function expectExact(typed: string, drugId: string): void {
  const match = matchMedication(typed);
  expect(match.kind, typed).toBe('exact');
  if (match.kind === 'exact') expect(match.drug.id, typed).toBe(drugId);
}

function expectFuzzy(typed: string, drugId: string, matchedName: string): void {
  const match = matchMedication(typed);
  expect(match, typed).toMatchObject({ kind: 'fuzzy', matchedName, typed: typed.trim() });
  if (match.kind === 'fuzzy') expect(match.drug.id).toBe(drugId);
}

function expectUnrecognized(typed: string, normalized: string): void {
  expect(matchMedication(typed)).toEqual<MedicationMatch>({
    kind: 'unrecognized',
    typed: typed.trim(),
    normalized,
  });
}

describe('matchMedication: exact', () => {
  it('matches generic names', () => {
    expectExact('alprazolam', 'alprazolam');
    expectExact('Sertraline', 'sertraline');
  });

  it('matches brand names to their generic', () => {
    expectExact('Xanax', 'alprazolam');
    expectExact('Klonopin', 'clonazepam');
    expectExact('Synthroid', 'levothyroxine');
    const adderall = matchMedication('Adderall');
    expect(adderall.kind).toBe('exact');
    if (adderall.kind === 'exact') {
      expect(adderall.drug.generic).toBe('amphetamine salts');
      expect(adderall.drug.classes).toEqual(['stimulant']);
    }
  });

  it('ignores case, spacing, punctuation, strengths, release suffixes and form words', () => {
    expectExact('Wellbutrin XL 150 mg', 'bupropion');
    expectExact('seroquel  xr', 'quetiapine');
    expectExact('Ambien CR 12.5mg tablet', 'zolpidem');
    expectExact('XANAX 0.5MG', 'alprazolam');
    expectExact('  klonopin 1 mg  ', 'clonazepam');
    expectExact('Emsam patch', 'selegiline');
    expectExact('Adderall XR 20 mg capsule', 'amphetamine-salts');
    expectExact('Lamictal ODT 25mg', 'lamotrigine');
    expectExact('Depakote DR', 'valproate');
    expectExact('Toprol-XL', 'metoprolol');
    expectExact('Focalin XR', 'dexmethylphenidate');
    expectExact('Synthroid 75 mcg', 'levothyroxine');
    expectExact('Flonase nasal spray', 'fluticasone');
    expectExact("st. john's wort 300mg", 'st-johns-wort');
    expectExact('Norco 10/325', 'hydrocodone-acetaminophen');
  });

  it('matches combination products written in any order or with "and"/"w/"', () => {
    expectExact('naltrexone/bupropion', 'naltrexone-bupropion');
    expectExact('bupropion-naltrexone', 'naltrexone-bupropion');
    expectExact('hydrocodone and acetaminophen', 'hydrocodone-acetaminophen');
    expectExact('Tylenol w/ codeine #3', 'acetaminophen-codeine');
  });

  it('matches other common names', () => {
    expectExact('HCTZ 25', 'hydrochlorothiazide');
    expectExact('paracetamol', 'acetaminophen');
    expectExact('mixed amphetamine salts', 'amphetamine-salts');
    expectExact('divalproex sodium', 'valproate');
  });

  it('falls back to dropping salt words and glued suffixes or strengths', () => {
    expectExact('sertraline HCl 50 mg', 'sertraline');
    expectExact('metoprolol succinate ER', 'metoprolol');
    expectExact('seroquelxr', 'quetiapine');
    expectExact('zoloft50', 'sertraline');
  });

  it('keeps the typed text (trimmed) in the result', () => {
    expect(matchMedication('  Xanax 1 mg ').typed).toBe('Xanax 1 mg');
  });
});

describe('matchMedication: typos', () => {
  it('matches a name within one edit of exactly one catalogue name', () => {
    expectFuzzy('lorazapam', 'lorazepam', 'lorazepam'); // substitution
    expectFuzzy('clonazepan', 'clonazepam', 'clonazepam'); // substitution
    expectFuzzy('alpraozlam', 'alprazolam', 'alprazolam'); // swap of neighbours
    expectFuzzy('clonazepm', 'clonazepam', 'clonazepam'); // deletion
    expectFuzzy('sertralline', 'sertraline', 'sertraline'); // insertion
    expectFuzzy('Adderal XR 20mg', 'amphetamine-salts', 'Adderall'); // brand, after normalising
    expectFuzzy('Wellbutrn', 'bupropion', 'Wellbutrin');
  });

  it('reports the catalogue name that was matched, not its generic', () => {
    const match = matchMedication('Seroquell');
    expect(match).toMatchObject({ kind: 'fuzzy', matchedName: 'Seroquel' });
    if (match.kind === 'fuzzy') expect(match.drug.generic).toBe('quetiapine');
  });

  it('does not fuzzy match names under 6 letters', () => {
    expectUnrecognized('xanaz', 'xanaz'); // 1 from "xanax", but only 5 letters
    expectUnrecognized('Ativn', 'ativn');
    expectUnrecognized('Ativn 1 mg', 'ativn');
    expectUnrecognized('Somaa', 'somaa');
  });

  it('does not match names two or more edits away', () => {
    expectUnrecognized('lorazapan', 'lorazapan');
    expectUnrecognized('clonazapan', 'clonazapan');
  });

  it('treats a name within one edit of two different drugs as unrecognized', () => {
    // "sudafedp" is one edit from Sudafed (pseudoephedrine) and Sudafed PE (phenylephrine).
    expectUnrecognized('sudafedp', 'sudafedp');
    // "fuloxetine" is one edit from fluoxetine (swap) and duloxetine (substitution).
    expectUnrecognized('fuloxetine', 'fuloxetine');
    // "Plavil" is one edit from Plavix (clopidogrel) and Elavil (amitriptyline).
    expectUnrecognized('Plavil', 'plavil');
  });

  it('never matches a one-edit typo to a different drug', () => {
    const names = MEDICATION_CATALOGUE.flatMap((drug) =>
      [drug.generic, ...drug.brands].map((name) => ({ drug, key: normalizeMedicationName(name) })),
    ).filter(({ key }) => /^[a-z]{6,}$/.test(key));
    const edit = fc.record({
      index: fc.nat(names.length - 1),
      op: fc.constantFrom('insert', 'delete', 'substitute', 'swap'),
      at: fc.nat(),
      letter: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
    });
    fc.assert(
      fc.property(edit, ({ index, op, at, letter }) => {
        const { drug, key } = names[index]!;
        const i = at % key.length;
        const typo =
          op === 'insert'
            ? key.slice(0, i) + letter + key.slice(i)
            : op === 'delete'
              ? key.slice(0, i) + key.slice(i + 1)
              : op === 'substitute'
                ? key.slice(0, i) + letter + key.slice(i + 1)
                : i + 1 < key.length
                  ? key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2)
                  : key;
        const match = matchMedication(typo);
        if (match.kind === 'fuzzy') expect(match.drug.id).toBe(drug.id);
        if (match.kind === 'unrecognized') expect(typo.length).toBeGreaterThanOrEqual(5);
      }),
      { numRuns: 500 },
    );
  });

  it('prefers an exact name over a near one', () => {
    expectExact('Claritin', 'loratadine'); // also one edit from Claritin-D
    expectExact('Claritin-D', 'loratadine-pseudoephedrine');
  });
});

describe('matchMedication: unrecognized', () => {
  it('returns the normalised name for the flag key', () => {
    expectUnrecognized('Frobozzamine 20 mg XR', 'frobozzamine');
    expectUnrecognized('', '');
    expectUnrecognized('tablet', 'tablet');
  });

  it('gives the same normalised name for the same drug typed two ways', () => {
    const a = matchMedication('Frobozz 10mg');
    const b = matchMedication('FROBOZZ  tablets');
    expect(
      a.kind === 'unrecognized' && b.kind === 'unrecognized' && a.normalized === b.normalized,
    ).toBe(true);
  });
});

describe('matchMedication: classes', () => {
  it('carries several classes for combination and multi-class drugs', () => {
    const contrave = matchMedication('naltrexone-bupropion');
    expect(contrave.kind === 'exact' && contrave.drug.classes).toEqual(['opioid-antagonist']);
    const quetiapine = matchMedication('Seroquel XR 300 mg');
    expect(quetiapine.kind === 'exact' && quetiapine.drug.classes).toEqual(['cns-depressant']);
    const lybalvi = matchMedication('Lybalvi');
    expect(lybalvi.kind === 'exact' && lybalvi.drug.classes).toEqual([
      'opioid-antagonist',
      'cns-depressant',
    ]);
  });

  it('returns the catalogue object itself', () => {
    const match = matchMedication('Xanax');
    expect(match.kind === 'exact' && MEDICATION_CATALOGUE.includes(match.drug)).toBe(true);
  });
});
