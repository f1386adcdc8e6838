import { describe, expect, it } from 'vitest';
import { suggestMedications } from './index';

const labels = (query: string, limit?: number) =>
  suggestMedications(query, limit).map((s) => s.label);
const ids = (query: string, limit?: number) =>
  suggestMedications(query, limit).map((s) => s.drug.id);

describe('suggestMedications', () => {
  it('suggests by brand prefix, labelled with the generic', () => {
    expect(labels('xan')[0]).toBe('Xanax (alprazolam)');
    expect(labels('Xanax')[0]).toBe('Xanax (alprazolam)');
    expect(labels('adder')[0]).toBe('Adderall (amphetamine salts)');
  });

  it('suggests by generic prefix, labelled with the generic alone', () => {
    expect(labels('alpraz')[0]).toBe('alprazolam');
    expect(ids('loraz')).toContain('lorazepam');
    expect(labels('sertra')[0]).toBe('sertraline');
  });

  it('puts every prefix match before typo and later-word matches', () => {
    const result = labels('clon', 30);
    expect(result.slice(0, 2)).toEqual(['clonidine', 'clonazepam']); // shorter name first
    const startsWithClon = (l: string) => /^clon/i.test(l);
    const firstOther = result.findIndex((l) => !startsWithClon(l));
    expect(firstOther).toBeGreaterThan(1);
    expect(result.slice(firstOther).some(startsWithClon)).toBe(false);
    expect(result).toContain('clorazepate'); // 'clor…' is one edit from 'clon'
  });

  it('then suggests names with a later word starting with the query', () => {
    const result = ids('bupropion');
    expect(result[0]).toBe('bupropion');
    expect(result.slice(1, 3).sort()).toEqual([
      'dextromethorphan-bupropion',
      'naltrexone-bupropion',
    ]);
    expect(ids('codeine')).toEqual(
      expect.arrayContaining(['codeine', 'acetaminophen-codeine', 'promethazine-codeine']),
    );
  });

  it('tolerates a typo', () => {
    expect(labels('lorazap')[0]).toBe('lorazepam');
    expect(labels('alpraozlam')[0]).toBe('alprazolam');
    expect(labels('xanx')).toContain('Xanax (alprazolam)'); // 1 edit for a short query
    expect(labels('wellbutirn')[0]).toBe('Wellbutrin (bupropion)');
    expect(labels('seroqeul')[0]).toBe('Seroquel (quetiapine)'); // swap
    expect(labels('seraquil')[0]).toBe('Seroquel (quetiapine)'); // 2 edits, allowed from 6 letters
    expect(ids('saraq')).not.toContain('quetiapine'); // 2 edits, not allowed under 6 letters
  });

  it('does not allow 2 edits on a short query, nor any on 1–2 letters', () => {
    expect(ids('xnx')).not.toContain('alprazolam');
    expect(labels('zz').every((l) => /(^|\()zz/i.test(l))).toBe(true);
  });

  it('ignores strengths and suffixes in the query', () => {
    expect(labels('Seroquel XR 50 mg')[0]).toBe('Seroquel (quetiapine)');
    expect(ids('sertraline hcl')[0]).toBe('sertraline');
  });

  it('lists each drug once, by its best-matching name', () => {
    const result = suggestMedications('wellbutrin', 20);
    expect(result.filter((s) => s.drug.id === 'bupropion')).toHaveLength(1);
    expect(result[0]?.label).toBe('Wellbutrin (bupropion)');
    const all = ids('a', 50);
    expect(new Set(all).size).toBe(all.length);
  });

  it('respects the limit (default 8)', () => {
    expect(suggestMedications('a')).toHaveLength(8);
    expect(suggestMedications('a', 3)).toHaveLength(3);
    expect(suggestMedications('a', 0)).toEqual([]);
  });

  it('returns nothing for an empty query', () => {
    expect(suggestMedications('')).toEqual([]);
    expect(suggestMedications('   ')).toEqual([]);
    expect(suggestMedications('--')).toEqual([]);
  });

  it('is stable: same query, same order, and longer queries keep the best hits', () => {
    expect(labels('met', 20)).toEqual(labels('met', 20));
    expect(labels('met', 5)).toEqual(labels('met', 20).slice(0, 5));
  });
});
