import { describe, expect, it } from 'vitest';
import type { MedicationClassId } from './index';
import { SPEC_SOURCE_KEYS } from '../rules/sources';
import {
  MEDICATION_ALIASES,
  MEDICATION_CATALOGUE,
  MEDICATION_CLASSES,
  MEDICATION_CLASS_EXAMPLES,
  getDrug,
  matchMedication,
  medicationIndexNames,
} from './index';

/** The spec's table, in order: class, severity. */
const SPEC_CLASSES: Array<[MedicationClassId, 'review' | 'info']> = [
  ['maoi', 'review'],
  ['stimulant', 'review'],
  ['benzodiazepine', 'review'],
  ['z-drug', 'review'],
  ['opioid', 'review'],
  ['opioid-antagonist', 'review'],
  ['nmda', 'review'],
  ['theophylline', 'review'],
  ['sympathomimetic', 'info'],
  ['cns-depressant', 'info'],
  ['lamotrigine', 'info'],
  ['enzyme-inducer', 'info'],
  ['enzyme-inhibitor', 'info'],
  ['antihypertensive', 'info'],
];

const SPEC_SOURCES = new Set<string>(SPEC_SOURCE_KEYS);

const CLASS_ORDER = new Map(SPEC_CLASSES.map(([id], i) => [id, i]));

function drugOf(name: string) {
  const match = matchMedication(name);
  if (match.kind !== 'exact') throw new Error(`${name} did not match exactly (${match.kind})`);
  return match.drug;
}

describe('MEDICATION_CLASSES', () => {
  it("follows the spec table's order and severities", () => {
    expect(MEDICATION_CLASSES.map((c) => [c.id, c.severity])).toEqual(SPEC_CLASSES);
  });

  it('cites sources from the spec and says why', () => {
    for (const c of MEDICATION_CLASSES) {
      expect(c.source.length, c.id).toBeGreaterThan(0);
      for (const key of c.source) expect(SPEC_SOURCES.has(key), `${c.id}: ${key}`).toBe(true);
      expect(c.label.trim().length, c.id).toBeGreaterThan(0);
      expect(c.why.trim().length, c.id).toBeGreaterThan(0);
    }
    expect(MEDICATION_CLASSES.find((c) => c.id === 'benzodiazepine')?.source).toEqual([
      'SPRAVATO-PI',
      'ANDRADE-2017',
      'FRONTIERS-2020',
    ]);
    expect(MEDICATION_CLASSES.find((c) => c.id === 'maoi')?.source).toEqual([
      'SPRAVATO-PI',
      'LUDWIG-2021',
    ]);
    expect(MEDICATION_CLASSES.find((c) => c.id === 'benzodiazepine')?.label).toBe('Benzodiazepine');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(MEDICATION_CLASSES)).toBe(true);
    expect(Object.isFrozen(MEDICATION_CLASSES[0])).toBe(true);
  });
});

describe('MEDICATION_CATALOGUE', () => {
  it('holds at least 150 drugs', () => {
    expect(MEDICATION_CATALOGUE.length).toBeGreaterThanOrEqual(150);
  });

  it('has unique, slug-shaped ids', () => {
    const ids = MEDICATION_CATALOGUE.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const id of Object.keys(MEDICATION_ALIASES)) expect(getDrug(id), id).toBeDefined();
  });

  it('has no name (generic, brand or other) that normalises the same for two drugs', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const { name, key, drugId } of medicationIndexNames()) {
      expect(key.length, name).toBeGreaterThan(0);
      const other = owner.get(key);
      if (other !== undefined && other !== drugId) clashes.push(`${name}: ${other} / ${drugId}`);
      owner.set(key, drugId);
    }
    expect(clashes).toEqual([]);
  });

  it('matches every generic and brand name exactly to its own drug', () => {
    for (const drug of MEDICATION_CATALOGUE) {
      for (const name of [drug.generic, ...drug.brands]) {
        const match = matchMedication(name);
        expect(match.kind, name).toBe('exact');
        if (match.kind === 'exact') expect(match.drug.id, name).toBe(drug.id);
      }
    }
  });

  it('lists classes that exist, once each, in the spec table order', () => {
    for (const drug of MEDICATION_CATALOGUE) {
      const order = drug.classes.map((c) => CLASS_ORDER.get(c));
      for (const o of order) expect(o, drug.id).toBeDefined();
      expect(order, drug.id).toEqual([...order].sort((a, b) => a! - b!));
      expect(new Set(drug.classes).size, drug.id).toBe(drug.classes.length);
    }
  });

  it("puts every example from the spec's class table in its class", () => {
    for (const [classId, examples] of Object.entries(MEDICATION_CLASS_EXAMPLES)) {
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) {
        expect(drugOf(example).classes, `${example} → ${classId}`).toContain(classId);
      }
    }
    expect(Object.keys(MEDICATION_CLASS_EXAMPLES).sort()).toEqual(
      SPEC_CLASSES.map(([id]) => id).sort(),
    );
  });

  it.each<[string, string, MedicationClassId[]]>([
    ['Contrave', 'naltrexone-bupropion', ['opioid-antagonist']],
    ['Auvelity', 'dextromethorphan-bupropion', ['nmda']],
    ['Adderall', 'amphetamine-salts', ['stimulant']],
    ['Emsam', 'selegiline', ['maoi']],
    ["St John's wort", 'st-johns-wort', ['enzyme-inducer']],
    ['Synthroid', 'levothyroxine', ['sympathomimetic']],
    ['Lybalvi', 'olanzapine-samidorphan', ['opioid-antagonist', 'cns-depressant']],
    ['NyQuil', 'acetaminophen-dextromethorphan-doxylamine', ['nmda', 'cns-depressant']],
    ['DayQuil', 'acetaminophen-dextromethorphan-phenylephrine', ['nmda', 'sympathomimetic']],
    ['Suboxone', 'buprenorphine-naloxone', ['opioid']],
    ['Percocet', 'oxycodone-acetaminophen', ['opioid']],
    ['Namzaric', 'memantine-donepezil', ['nmda']],
    ['Zyrtec-D', 'cetirizine-pseudoephedrine', ['sympathomimetic']],
    ['phenobarbital', 'phenobarbital', ['cns-depressant', 'enzyme-inducer']],
    ['Plavix', 'clopidogrel', ['enzyme-inhibitor']],
    ['Lamictal', 'lamotrigine', ['lamotrigine']],
    ['Theo-24', 'theophylline', ['theophylline']],
    ['Wellbutrin', 'bupropion', []],
    ['Zoloft', 'sertraline', []],
  ])('%s is %s with classes %j', (name, id, classes) => {
    const drug = drugOf(name);
    expect(drug.id).toBe(id);
    expect(drug.classes).toEqual(classes);
  });

  it('combination products carry every classed component', () => {
    // For each combination whose components are all catalogue generics, the product's classes
    // include each component's classes.
    for (const drug of MEDICATION_CATALOGUE) {
      const parts = drug.generic.split('-');
      if (parts.length < 2) continue;
      for (const part of parts) {
        const component = MEDICATION_CATALOGUE.find((d) => d.generic === part);
        if (!component) continue;
        for (const c of component.classes)
          expect(drug.classes, `${drug.id} ← ${part}`).toContain(c);
      }
    }
  });

  it('classes common antihypertensives beyond the spec examples', () => {
    for (const name of [
      'valsartan',
      'enalapril',
      'atenolol',
      'propranolol',
      'carvedilol',
      'Norvasc',
      'Toprol XL',
    ]) {
      expect(drugOf(name).classes, name).toContain('antihypertensive');
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(MEDICATION_CATALOGUE)).toBe(true);
    expect(Object.isFrozen(MEDICATION_CATALOGUE[0]?.brands)).toBe(true);
  });
});
