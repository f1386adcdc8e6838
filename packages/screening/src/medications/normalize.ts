// Normalising typed medication names (spec `meds`): ignore case, punctuation and spacing; drop
// strengths, release suffixes and form words. Catalogue names go through the same function, so a
// typed name and a catalogue name compare equal exactly when they normalise to the same string.

/** Release suffixes dropped as whole words ('Wellbutrin XL', 'Ritalin LA', 'Cardizem CD'). */
// prettier-ignore
const RELEASE_SUFFIXES = new Set(['xr', 'er', 'sr', 'cr', 'xl', 'odt', 'dr', 'ir', 'la', 'cd', 'xt', 'cc']);

/** Dosage-form, route, frequency and filler words dropped as whole words. */
// prettier-ignore
const NOISE_WORDS = new Set([
  // forms
  'tablet', 'tablets', 'tab', 'tabs', 'capsule', 'capsules', 'cap', 'caps', 'caplet', 'caplets',
  'softgel', 'softgels', 'gelcap', 'gelcaps', 'pill', 'pills', 'patch', 'patches', 'spray',
  'sprays', 'solution', 'suspension', 'liquid', 'syrup', 'elixir', 'drops', 'injection',
  'injections', 'injectable', 'inj', 'pen', 'cream', 'ointment', 'gel', 'lotion', 'inhaler',
  'inhalation', 'chewable', 'chewables', 'lozenge', 'lozenges', 'gum', 'gummy', 'gummies',
  'powder', 'packet', 'packets', 'film', 'suppository', 'sprinkle',
  // routes
  'oral', 'orally', 'nasal', 'transdermal', 'sublingual', 'topical',
  // release words
  'extended', 'delayed', 'immediate', 'sustained', 'controlled', 'modified', 'release',
  'released', 'disintegrating', 'dispersible',
  // strength words and stray units
  'extra', 'maximum', 'strength', 'mg', 'mcg', 'ug', 'ml', 'iu', 'unit', 'units',
  // frequency
  'daily', 'nightly', 'bid', 'tid', 'qid', 'qd', 'qhs', 'prn',
  // connectors ('Tylenol with Codeine', 'hydrocodone and acetaminophen', 'Tylenol w/ codeine')
  'and', 'with', 'plus', 'w',
]);

/** Salt and ester words, dropped only as a fallback when matching ('sertraline HCl'). */
// prettier-ignore
const SALT_WORDS = new Set([
  'hcl', 'hydrochloride', 'hbr', 'hydrobromide', 'sodium', 'potassium', 'calcium', 'succinate',
  'tartrate', 'bitartrate', 'besylate', 'maleate', 'mesylate', 'dimesylate', 'fumarate',
  'citrate', 'sulfate', 'phosphate', 'acetate', 'carbonate',
]);

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
const UNIT = String.raw`(?:mcg|mg|ug|gm|g|ml|iu|units?|meq|mmol|%|hr|h|day|d)`;
/** "1 mg", "50mg", "0.5 mg", "10 mcg", "0.1%", "5 mg/5 ml", "25 mcg/hr", "10 mg/ml". */
const STRENGTH = new RegExp(
  String.raw`${NUMBER}\s*(?:mcg|mg|ug|gm|g|ml|iu|units?|meq|mmol|%)(?:\s*\/\s*(?:${NUMBER}\s*)?${UNIT})*(?![a-z])`,
  'g',
);

/** Lower-case, strip accents, spell micro as "mc", and (unless told not to) remove strengths. */
function prepare(typed: string, dropStrengths = true): string {
  const text = typed
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[µμ]/g, 'mc');
  return dropStrengths ? text.replace(STRENGTH, ' ') : text;
}

function splitWords(text: string): string[] {
  return text.split(/[^a-z0-9]+/).filter((t) => t.length > 0);
}

function isDroppable(token: string): boolean {
  return /^\d+$/.test(token) || RELEASE_SUFFIXES.has(token) || NOISE_WORDS.has(token);
}

/**
 * The words of a typed name that count: strengths, bare numbers, release suffixes and form words
 * removed. If nothing would be left ('tablet', '50 mg'), every word is kept (strengths included)
 * so the result still says what was typed.
 */
export function medicationNameTokens(typed: string): string[] {
  const kept = splitWords(prepare(typed)).filter((t) => !isDroppable(t));
  if (kept.length > 0) return kept;
  return splitWords(prepare(typed, false));
}

/**
 * Normalise a typed medication name for matching: lower case, no punctuation or spacing, without
 * strengths ("1 mg", "50mg", "0.5 mg", "10 mcg", "%"), release suffixes (XR, ER, SR, CR, XL, ODT,
 * DR, and IR, LA, CD, XT, CC) or form words (tablet, capsule, patch, spray, …).
 *
 *   normalizeMedicationName('Wellbutrin XL 150 mg') === 'wellbutrin'
 *   normalizeMedicationName("St. John's Wort") === 'stjohnswort'
 */
export function normalizeMedicationName(typed: string): string {
  return medicationNameTokens(typed).join('');
}

/**
 * Looser forms of a typed name, tried only when the normalised name itself matches nothing:
 * salt words dropped ('sertraline HCl'), a release suffix typed without a space ('seroquelxr'),
 * a strength typed without a space ('zoloft50').
 */
export function fallbackNames(typed: string): string[] {
  const tokens = medicationNameTokens(typed);
  const primary = tokens.join('');
  const out = new Set<string>();
  const withoutSalts = tokens.filter((t) => !SALT_WORDS.has(t));
  if (withoutSalts.length > 0) out.add(withoutSalts.join(''));
  for (const name of [...out, primary]) {
    const glued = /^([a-z]{4,}?)(xr|xl|er|sr|cr|dr|la|cd|odt)$/.exec(name);
    if (glued?.[1]) out.add(glued[1]);
    const digits = /^([a-z]{4,})\d+[a-z]*$/.exec(name);
    if (digits?.[1]) out.add(digits[1]);
  }
  out.delete(primary);
  out.delete('');
  return [...out];
}

/** Number of letters in a normalised name (the spec's "6+ letters" for typo matching). */
export function letterCount(normalized: string): number {
  let n = 0;
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized.charCodeAt(i);
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}
