// Stored flags name their sources by key and staff read the text from this table, so an old
// submission shows what it was shown then only if a key's text never changes. Changing a
// reference means adding a new key (and pointing the rule, with a new rule version, at it).
import { describe, expect, it } from 'vitest';
import { SOURCES } from './sources';

/** The text of every key as first published: a fingerprint (FNV-1a and length) each. */
const PUBLISHED: Record<string, string> = {
  'SPRAVATO-PI': 'c4d74745-153',
  'SPRAVATO-TRIALS': 'f0640d8d-111',
  'KETALAR-PI': '21d60454-57',
  'UK-KETALAR-SMPC': '21963f30-61',
  'SWISS-KETAMINE': 'ec68c8b7-122',
  'ACC-AHA-2017': '968ba558-169',
  'AHA-2019-BP': 'b1bfe417-107',
  ASKP3: '7e0a1124-103',
  'SIMON-2013': 'f021f4e8-80',
  'ANDRADE-2017': '608f471f-59',
  'FRONTIERS-2020': 'c205aa9f-82',
  'WILLIAMS-2018': '65252463-86',
  'LUDWIG-2021': 'c99305b3-61',
  'MAYO-2023': '7fa85adc-58',
  'PELTONIEMI-2012': 'af6ab558-53',
  UKCPA: 'c7c2fee0-91',
  'CLINIC-PROTOCOL': '9367a5ee-85',
  'ADULT-VITALS': '4fa2a408-91',
  'ENTRY-CHECK': '07fc7384-144',
  'STAFF-FOLLOW-UP': 'f60f86d7-115',
  'PHQ-9': 'e62ce6e4-117',
  'GAD-7': 'c09292a7-169',
};

function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}-${text.length}`;
}

describe('sources', () => {
  it('never change the text of a published key', () => {
    for (const [key, published] of Object.entries(PUBLISHED)) {
      const source = SOURCES[key as keyof typeof SOURCES];
      expect(source, `${key} was removed: old flags still name it`).toBeDefined();
      expect(fingerprint(source.reference), `${key} text changed: add a new key`).toBe(published);
    }
  });

  it('have a published fingerprint for every key', () => {
    expect(Object.keys(SOURCES).sort()).toEqual(Object.keys(PUBLISHED).sort());
  });
});
