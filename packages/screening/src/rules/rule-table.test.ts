import { describe, expect, it } from 'vitest';
import { MEDICATION_CLASSES } from '../medications';
import { RULE_CATALOGUE, RULES } from './rule-table';
import { SEVERITIES } from './severity';
import { SOURCES, SPEC_SOURCE_KEYS } from './sources';

// The spec's rule table: id → severity (contraindication marked with !).
const SPEC_TABLE: Record<string, string> = {
  'cardio.aneurysm': 'review!',
  'cardio.avm': 'review!',
  'cardio.brain-bleed': 'review!',
  'cardio.symptoms-today': 'urgent',
  'allergy.ketamine': 'review!',
  'mood.self-harm': 'urgent',
  'vitals.severe': 'urgent',
  'vitals.above-dosing-guide': 'review',
  'vitals.hypertension-range': 'info',
  'vitals.tachycardia': 'review',
  'vitals.bradycardia': 'review',
  'vitals.single-reading': 'info',
  'vitals.implausible-confirmed': 'review',
  'cardio.hypertension-uncontrolled': 'review',
  'cardio.history': 'review',
  'health.raised-pressure': 'review',
  'health.thyroid': 'review',
  'health.liver': 'review',
  'health.psychosis': 'review',
  'health.mania': 'review',
  'health.substance-use': 'review',
  'health.prior-reaction': 'review',
  'health.seizures': 'info',
  'health.bladder': 'info',
  'health.sleep-apnea': 'info',
  'about.pregnancy': 'review',
  'about.breastfeeding': 'review',
  'about.weight-missing': 'info',
  'meds.unrecognized': 'info',
  'meds.antihypertensive-no-history': 'info',
  'meds.nasal-spray-timing': 'info',
  'mood.phq9-band': 'info',
  'mood.gad7-band': 'info',
  'answer.unsure': 'info',
};

describe('rule table', () => {
  it('matches the spec: every rule, severity and contraindication mark, plus one rule per medication class', () => {
    const expected = { ...SPEC_TABLE };
    for (const c of MEDICATION_CLASSES) expected[`meds.${c.id}`] = c.severity;
    const actual = Object.fromEntries(
      RULES.map((r) => [r.id, `${r.severity}${r.contraindication ? '!' : ''}`]),
    );
    expect(actual).toEqual(expected);
  });
  it('has unique ids, a version, and known sources for every rule', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.version).toMatch(/^\d+$/);
      expect(rule.source.length).toBeGreaterThan(0);
      for (const key of rule.source) expect(SOURCES[key]).toBeDefined();
    }
  });
  it('holds every source key of the spec with its reference', () => {
    for (const key of SPEC_SOURCE_KEYS) expect(SOURCES[key].reference.length).toBeGreaterThan(10);
  });
  it('medication class sources are all known keys', () => {
    for (const c of MEDICATION_CLASSES)
      for (const key of c.source) expect(Object.keys(SOURCES)).toContain(key);
  });
  it('exposes serialisable metadata and the severity table', () => {
    expect(JSON.parse(JSON.stringify(RULE_CATALOGUE))).toHaveLength(RULES.length);
    expect(SEVERITIES.urgent.acknowledgement).toBe('required-with-note');
    expect(SEVERITIES.review.acknowledgement).toBe('required');
    expect(SEVERITIES.info.acknowledgement).toBe('optional');
  });
});
