// Matching typed medication names to the catalogue (spec `meds`) and typeahead suggestions.
// The normalised index is built once, when the module loads.

import { MEDICATION_ALIASES, MEDICATION_CATALOGUE } from './catalogue';
import type { Drug } from './catalogue';
import { osaDistance, osaPrefixDistance } from './distance';
import {
  fallbackNames,
  letterCount,
  medicationNameTokens,
  normalizeMedicationName,
} from './normalize';

export type MedicationMatch =
  | { kind: 'exact'; drug: Drug; typed: string }
  | { kind: 'fuzzy'; drug: Drug; typed: string; matchedName: string }
  | { kind: 'unrecognized'; typed: string; normalized: string };

export interface MedicationSuggestion {
  drug: Drug;
  /** 'Xanax (alprazolam)' for a brand or other name, 'alprazolam' for the generic. */
  label: string;
}

/** Typed names need this many letters (after normalising) before a one-edit typo matches. */
export const FUZZY_MIN_LETTERS = 6;

type NameKind = 'generic' | 'brand' | 'alias';

interface IndexEntry {
  drug: Drug;
  /** The name as shown ('Xanax XR', 'alprazolam'). */
  name: string;
  kind: NameKind;
  /** Normalised name. */
  key: string;
  /** Normalised tails starting at each later word ('naltrexone-bupropion' → 'bupropion'). */
  wordKeys: string[];
  label: string;
  /** Position in the index: catalogue order, generic first, then brands, then aliases. */
  order: number;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  const out: T[][] = [];
  items.forEach((item, i) => {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const p of permutations(rest)) out.push([item, ...p]);
  });
  return out;
}

function wordKeysOf(name: string, key: string): string[] {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  const keys = new Set<string>();
  for (let k = 1; k < words.length; k++) {
    const tail = normalizeMedicationName(words.slice(k).join(' '));
    if (tail.length > 0 && tail !== key) keys.add(tail);
  }
  return [...keys];
}

function buildIndex(): IndexEntry[] {
  const entries: IndexEntry[] = [];
  const add = (drug: Drug, name: string, kind: NameKind, label: string): void => {
    const key = normalizeMedicationName(name);
    if (key.length === 0) return;
    entries.push({
      drug,
      name,
      kind,
      key,
      wordKeys: wordKeysOf(name, key),
      label,
      order: entries.length,
    });
  };
  for (const drug of MEDICATION_CATALOGUE) {
    add(drug, drug.generic, 'generic', drug.generic);
    for (const brand of drug.brands) add(drug, brand, 'brand', `${brand} (${drug.generic})`);
    for (const alias of MEDICATION_ALIASES[drug.id] ?? []) {
      add(drug, alias, 'alias', `${alias} (${drug.generic})`);
    }
    // Combination products typed with their components in another order.
    const parts = drug.generic.split('-');
    if (parts.length > 1 && parts.length <= 3) {
      for (const p of permutations(parts).slice(1)) add(drug, p.join('-'), 'alias', drug.generic);
    }
  }
  return entries;
}

const INDEX: ReadonlyArray<IndexEntry> = buildIndex();

/** Normalised name → its index entries (all of one drug; the tests check there are no clashes). */
const BY_KEY: ReadonlyMap<string, ReadonlyArray<IndexEntry>> = (() => {
  const map = new Map<string, IndexEntry[]>();
  for (const entry of INDEX) {
    const list = map.get(entry.key);
    if (list) list.push(entry);
    else map.set(entry.key, [entry]);
  }
  return map;
})();

/** Distinct normalised names, with the first (preferred) entry for each. */
const KEYS: ReadonlyArray<IndexEntry> = [...BY_KEY.values()].map((list) => list[0]!);

const BY_ID: ReadonlyMap<string, Drug> = new Map(
  MEDICATION_CATALOGUE.map((drug) => [drug.id, drug]),
);

/** The catalogue drug with this id, if any. */
export function getDrug(id: string): Drug | undefined {
  return BY_ID.get(id);
}

/** Every normalised name in the index with the drug it belongs to (for tests and tooling). */
export function medicationIndexNames(): Array<{ name: string; key: string; drugId: string }> {
  return INDEX.map((e) => ({ name: e.name, key: e.key, drugId: e.drug.id }));
}

function exactEntry(key: string): IndexEntry | undefined {
  return BY_KEY.get(key)?.[0];
}

/**
 * Match a typed medication name to the catalogue:
 * - `exact`: the normalised name equals a normalised generic, brand or other name (also tried:
 *   salt words dropped, a release suffix or strength typed without a space);
 * - `fuzzy`: the normalised name has 6+ letters and is within one edit (insert, delete,
 *   substitute, swap of neighbours) of names of exactly one drug; `matchedName` is that name;
 * - otherwise `unrecognized`, with the normalised name (the `meds.unrecognized` flag key detail;
 *   '' when the name has no letters or digits, and the rule then keys it by the typed text).
 */
export function matchMedication(typed: string): MedicationMatch {
  const shown = typed.trim();
  const normalized = normalizeMedicationName(typed);
  const candidates = [normalized, ...fallbackNames(typed)].filter((n) => n.length > 0);

  for (const name of candidates) {
    const entry = exactEntry(name);
    if (entry) return { kind: 'exact', drug: entry.drug, typed: shown };
  }

  let best: { entry: IndexEntry; distance: number } | undefined;
  const drugs = new Set<string>();
  for (const name of candidates) {
    if (letterCount(name) < FUZZY_MIN_LETTERS) continue;
    for (const entry of KEYS) {
      const distance = osaDistance(name, entry.key, 1);
      if (distance > 1) continue;
      drugs.add(entry.drug.id);
      if (
        !best ||
        distance < best.distance ||
        (distance === best.distance && entry.order < best.entry.order)
      ) {
        best = { entry, distance };
      }
    }
  }
  if (best && drugs.size === 1) {
    return { kind: 'fuzzy', drug: best.entry.drug, typed: shown, matchedName: best.entry.name };
  }
  return { kind: 'unrecognized', typed: shown, normalized };
}

// --- Typeahead -----------------------------------------------------------------------------

/** Ranking tiers, best first. */
const Tier = { Exact: 0, Prefix: 1, WordPrefix: 2, Typo: 3 } as const;
type Tier = (typeof Tier)[keyof typeof Tier];

interface Ranked {
  entry: IndexEntry;
  tier: Tier;
  distance: number;
}

/** Within a tier, generic and brand names come before other names ('APAP', 'HCTZ'). */
const KIND_RANK: Record<NameKind, number> = { generic: 0, brand: 0, alias: 1 };

function compareRanked(a: Ranked, b: Ranked): number {
  return (
    a.tier - b.tier ||
    a.distance - b.distance ||
    KIND_RANK[a.entry.kind] - KIND_RANK[b.entry.kind] ||
    a.entry.key.length - b.entry.key.length ||
    (a.entry.key < b.entry.key ? -1 : a.entry.key > b.entry.key ? 1 : 0) ||
    a.entry.order - b.entry.order
  );
}

/** Typo allowance for a typeahead query: none below 3 letters, 1 up to 5, 2 from 6. */
function typoAllowance(query: string): number {
  const letters = letterCount(query);
  if (letters < 3) return 0;
  return letters >= FUZZY_MIN_LETTERS ? 2 : 1;
}

function rankEntry(entry: IndexEntry, query: string): Ranked | undefined {
  if (entry.key === query) return { entry, tier: Tier.Exact, distance: 0 };
  if (entry.key.startsWith(query)) return { entry, tier: Tier.Prefix, distance: 0 };
  if (entry.wordKeys.some((k) => k.startsWith(query))) {
    return { entry, tier: Tier.WordPrefix, distance: 0 };
  }
  const max = typoAllowance(query);
  if (max === 0) return undefined;
  const distance = osaPrefixDistance(query, entry.key, max);
  return distance <= max ? { entry, tier: Tier.Typo, distance } : undefined;
}

/**
 * Typeahead suggestions for a partly typed medication name: names starting with the query first
 * (generic and brand), then names with a later word starting with it ('bupropion' →
 * naltrexone-bupropion), then near misses (edit distance ≤ 1 for 3–5 letters, ≤ 2 for 6+ letters,
 * against the start of each name). One suggestion per drug, labelled by its best-matching name;
 * ranking is deterministic.
 */
export function suggestMedications(query: string, limit = 8): MedicationSuggestion[] {
  if (limit <= 0 || medicationNameTokens(query).length === 0) return [];
  const queries = [normalizeMedicationName(query), ...fallbackNames(query)];
  const best = new Map<string, Ranked>();
  for (const q of queries) {
    for (const entry of INDEX) {
      const ranked = rankEntry(entry, q);
      if (!ranked) continue;
      const current = best.get(entry.drug.id);
      if (!current || compareRanked(ranked, current) < 0) best.set(entry.drug.id, ranked);
    }
  }
  return [...best.values()]
    .sort(compareRanked)
    .slice(0, limit)
    .map((r) => ({ drug: r.entry.drug, label: r.entry.label }));
}
