import type { MedicationClassId } from '../medications';
import { MEDICATION_CLASSES } from '../medications';
import type { FlagValues } from './flag';
import type { ListedMedication, Rule } from './rule';
import type { SourceKey } from './sources';
import { isSourceKey } from './sources';

// One flag per medication class listing every drug in it; one per unrecognized name.

/** How staff see a listed name: the drug it matched and, if different, what the patient typed. */
function describeMatch(med: ListedMedication): string {
  const { match } = med;
  if (match.kind === 'unrecognized') return `"${match.typed}" (not recognized)`;
  if (match.kind === 'fuzzy') return `matched '${match.typed}' to ${match.drug.generic}`;
  const typed = match.typed.trim();
  return typed.toLowerCase() === match.drug.generic.toLowerCase()
    ? match.drug.generic
    : `${typed} (${match.drug.generic})`;
}

function medsInClass(
  meds: readonly ListedMedication[],
  classId: MedicationClassId,
): ListedMedication[] {
  return meds.filter(
    (med) => med.match.kind !== 'unrecognized' && med.match.drug.classes.includes(classId),
  );
}

function classRule(medicationClass: (typeof MEDICATION_CLASSES)[number]): Rule {
  const source = medicationClass.source.filter(isSourceKey) as SourceKey[];
  const className = medicationClass.label;
  return {
    id: `meds.${medicationClass.id}`,
    version: '1',
    severity: medicationClass.severity,
    contraindication: false,
    linkIds: ['meds.list'],
    source,
    when: `a listed medication is in the ${className} class`,
    evaluate(ctx) {
      const meds = medsInClass(ctx.medications, medicationClass.id);
      if (meds.length === 0) return [];
      const values: FlagValues = {};
      for (const med of meds) values[med.linkId] = describeMatch(med);
      const drugs = [
        ...new Set(
          meds.map((med) => (med.match.kind === 'unrecognized' ? '' : med.match.drug.generic)),
        ),
      ];
      const why = medicationClass.why.replace(/\.$/, '');
      return [
        {
          linkIds: meds.map((med) => med.linkId),
          values,
          title: `${className}: ${drugs.join(', ')}`,
          rationale: `Listed: ${meds.map(describeMatch).join('; ')}. Why it matters with ketamine/esketamine: ${why.charAt(0).toLowerCase()}${why.slice(1)}.`,
        },
      ];
    },
  };
}

export const MEDICATION_CLASS_RULES: readonly Rule[] = MEDICATION_CLASSES.map(classRule);

export const UNRECOGNIZED_MEDICATION_RULE: Rule = {
  id: 'meds.unrecognized',
  version: '1',
  severity: 'info',
  contraindication: false,
  linkIds: ['meds.list'],
  source: ['STAFF-FOLLOW-UP'],
  when: 'a listed name is not in the catalogue (one flag per distinct normalized name)',
  evaluate(ctx) {
    const byName = new Map<string, ListedMedication[]>();
    for (const med of ctx.medications) {
      if (med.match.kind !== 'unrecognized') continue;
      // A name with no letters or digits ('---', or a script the normaliser drops) normalises to '':
      // its key is the typed text instead, so the detail is never empty and such names stay apart.
      const key = med.match.normalized || med.match.typed.toLowerCase();
      const group = byName.get(key) ?? [];
      group.push(med);
      byName.set(key, group);
    }
    return [...byName.entries()].map(([normalized, meds]) => {
      const typed = [...new Set(meds.map((med) => `"${med.entry.name.trim()}"`))];
      const values: FlagValues = {};
      for (const med of meds) values[med.linkId] = med.entry.name;
      return {
        detail: normalized,
        linkIds: meds.map((med) => med.linkId),
        values,
        title: `Unrecognized medication: ${typed[0] ?? normalized}`,
        rationale: `${typed.join(' / ')}${meds.length > 1 ? ` (listed ${meds.length} times)` : ''} is not in the bundled medication catalogue, so no interaction check was made; staff must identify it.`,
      };
    });
  },
};

export const ANTIHYPERTENSIVE_NO_HISTORY_RULE: Rule = {
  id: 'meds.antihypertensive-no-history',
  version: '1',
  severity: 'info',
  contraindication: false,
  linkIds: ['meds.list', 'cardio.highBloodPressure'],
  source: ['STAFF-FOLLOW-UP'],
  when: 'an antihypertensive is listed and cardio.highBloodPressure = no',
  evaluate(ctx) {
    if (ctx.answers.cardio?.highBloodPressure !== 'no') return [];
    const meds = medsInClass(ctx.medications, 'antihypertensive');
    if (meds.length === 0) return [];
    const values: FlagValues = { 'cardio.highBloodPressure': 'No' };
    for (const med of meds) values[med.linkId] = describeMatch(med);
    return [
      {
        linkIds: ['cardio.highBloodPressure', ...meds.map((med) => med.linkId)],
        values,
        title: 'Blood-pressure medicine listed, but no high blood pressure reported',
        rationale: `Patient answered "No" to high blood pressure but lists ${meds.map(describeMatch).join('; ')}. The answers disagree: check what the medicine is for (it may be used for another reason).`,
      },
    ];
  },
};

export const NASAL_SPRAY_TIMING_RULE: Rule = {
  id: 'meds.nasal-spray-timing',
  version: '1',
  severity: 'info',
  contraindication: false,
  linkIds: ['meds.nasalSprays'],
  source: ['SPRAVATO-PI'],
  when: 'esketamine nasal spray planned and meds.nasalSprays = yes',
  evaluate(ctx) {
    if (
      ctx.visit.plannedTreatment !== 'esketamine-nasal' ||
      ctx.answers.meds?.nasalSprays !== 'yes'
    )
      return [];
    return [
      {
        linkIds: ['meds.nasalSprays'],
        values: { 'meds.nasalSprays': 'Yes' },
        title: 'Uses other nasal sprays',
        rationale:
          'Patient uses other nasal sprays and esketamine nasal spray is planned; the SPRAVATO label asks that nasal corticosteroids or decongestants be used at least 1 hour before dosing.',
      },
    ];
  },
};
