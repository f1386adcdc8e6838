import { readingEntryWarnings } from '../vitals/plausibility';
import type { FlagValues } from './flag';
import type { Rule, VitalsSummary } from './rule';
import type { SourceKey } from './sources';

// Vitals rules read the rounded means of the current reading set (patient's, or staff's once added).

const READINGS_LINK_IDS = ['vitals.readings'];

function over(v: VitalsSummary): string {
  const who = v.set.source === 'staff' ? 'staff ' : '';
  return `over ${v.count} ${who}reading${v.count === 1 ? '' : 's'}`;
}

function bpValues(v: VitalsSummary): FlagValues {
  return {
    meanSystolic: v.meanSystolic,
    meanDiastolic: v.meanDiastolic,
    readingCount: v.count,
    readingsFrom: v.set.source,
  };
}

function hrValues(v: VitalsSummary): FlagValues {
  return { meanHeartRate: v.meanHeartRate, readingCount: v.count, readingsFrom: v.set.source };
}

/** Crisis range: >180 systolic and/or >120 diastolic. */
function isSevereBp(v: Pick<VitalsSummary, 'meanSystolic' | 'meanDiastolic'>): boolean {
  return v.meanSystolic > 180 || v.meanDiastolic > 120;
}

/** The label's general guide before dosing: >140/90. */
function isAboveDosingGuide(v: Pick<VitalsSummary, 'meanSystolic' | 'meanDiastolic'>): boolean {
  return v.meanSystolic > 140 || v.meanDiastolic > 90;
}

export const VITALS_SEVERE_RULE: Rule = {
  id: 'vitals.severe',
  version: '1',
  severity: 'urgent',
  contraindication: false,
  linkIds: READINGS_LINK_IDS,
  source: ['ACC-AHA-2017'],
  when: 'mean systolic > 180 or mean diastolic > 120',
  evaluate(ctx) {
    const v = ctx.vitals;
    if (!v || !isSevereBp(v)) return [];
    return [
      {
        linkIds: v.linkIds,
        values: bpValues(v),
        title: `Blood pressure in crisis range: mean ${v.meanSystolic}/${v.meanDiastolic}`,
        rationale: `Mean BP ${v.meanSystolic}/${v.meanDiastolic} ${over(v)}; ACC/AHA 2017 hypertensive crisis range is >180 systolic and/or >120 diastolic.`,
      },
    ];
  },
};

export const VITALS_ABOVE_DOSING_GUIDE_RULE: Rule = {
  id: 'vitals.above-dosing-guide',
  version: '1',
  severity: 'review',
  contraindication: false,
  linkIds: READINGS_LINK_IDS,
  source: ['SPRAVATO-PI', 'SPRAVATO-TRIALS'],
  when: 'mean systolic > 140 or mean diastolic > 90, and not in the crisis range',
  evaluate(ctx) {
    const v = ctx.vitals;
    if (!v || isSevereBp(v) || !isAboveDosingGuide(v)) return [];
    const older = ctx.ageYears !== undefined && ctx.ageYears >= 65;
    const note = older
      ? ` Patient is ${ctx.ageYears}: the phase 3 trials held dosing at systolic >150 for age 65 or older (SPRAVATO trials).`
      : '';
    const source: SourceKey[] = older ? ['SPRAVATO-PI', 'SPRAVATO-TRIALS'] : ['SPRAVATO-PI'];
    const values = bpValues(v);
    if (ctx.ageYears !== undefined) values.ageYears = ctx.ageYears;
    return [
      {
        linkIds: v.linkIds,
        values,
        title: `Blood pressure above the dosing guide: mean ${v.meanSystolic}/${v.meanDiastolic}`,
        rationale: `Mean BP ${v.meanSystolic}/${v.meanDiastolic} ${over(v)}; the SPRAVATO label's general guide is >140/90 before dosing.${note}`,
        source,
      },
    ];
  },
};

export const VITALS_HYPERTENSION_RANGE_RULE: Rule = {
  id: 'vitals.hypertension-range',
  version: '1',
  severity: 'info',
  contraindication: false,
  linkIds: READINGS_LINK_IDS,
  source: ['ACC-AHA-2017'],
  when: 'mean systolic ≥ 130 or mean diastolic ≥ 80, and neither blood-pressure rule above applies',
  evaluate(ctx) {
    const v = ctx.vitals;
    if (!v || isSevereBp(v) || isAboveDosingGuide(v)) return [];
    if (v.meanSystolic < 130 && v.meanDiastolic < 80) return [];
    // Above-guide takes >140/>90, so stage 2 here is exactly 140 systolic or 90 diastolic.
    const stage2 = v.meanSystolic >= 140 || v.meanDiastolic >= 90;
    const category = stage2
      ? 'stage 2 hypertension (≥140 systolic or ≥90 diastolic)'
      : 'stage 1 hypertension (130–139 systolic or 80–89 diastolic)';
    return [
      {
        linkIds: v.linkIds,
        values: { ...bpValues(v), category: stage2 ? 'stage 2' : 'stage 1' },
        title: `Blood pressure in the ${stage2 ? 'stage 2' : 'stage 1'} hypertension range: mean ${v.meanSystolic}/${v.meanDiastolic}`,
        rationale: `Mean BP ${v.meanSystolic}/${v.meanDiastolic} ${over(v)} is in the ACC/AHA 2017 range for ${category}.`,
      },
    ];
  },
};

export const VITALS_TACHYCARDIA_RULE: Rule = {
  id: 'vitals.tachycardia',
  version: '1',
  severity: 'review',
  contraindication: false,
  linkIds: READINGS_LINK_IDS,
  source: ['ADULT-VITALS'],
  when: 'mean heart rate > 100',
  evaluate(ctx) {
    const v = ctx.vitals;
    if (!v || v.meanHeartRate <= 100) return [];
    return [
      {
        linkIds: v.linkIds,
        values: hrValues(v),
        title: `Fast heart rate: mean ${v.meanHeartRate}/min`,
        rationale: `Mean heart rate ${v.meanHeartRate}/min ${over(v)}; above 100/min is tachycardia in adults.`,
      },
    ];
  },
};

export const VITALS_BRADYCARDIA_RULE: Rule = {
  id: 'vitals.bradycardia',
  version: '1',
  severity: 'review',
  contraindication: false,
  linkIds: READINGS_LINK_IDS,
  source: ['ADULT-VITALS'],
  when: 'mean heart rate < 50',
  evaluate(ctx) {
    const v = ctx.vitals;
    if (!v || v.meanHeartRate >= 50) return [];
    return [
      {
        linkIds: v.linkIds,
        values: hrValues(v),
        title: `Slow heart rate: mean ${v.meanHeartRate}/min`,
        rationale: `Mean heart rate ${v.meanHeartRate}/min ${over(v)}; below 50/min is bradycardia in adults.`,
      },
    ];
  },
};

export const VITALS_SINGLE_READING_RULE: Rule = {
  id: 'vitals.single-reading',
  version: '1',
  severity: 'info',
  contraindication: false,
  linkIds: READINGS_LINK_IDS,
  source: ['AHA-2019-BP'],
  when: 'the current set has only one reading',
  evaluate(ctx) {
    const v = ctx.vitals;
    if (!v || v.count !== 1) return [];
    return [
      {
        linkIds: v.linkIds,
        values: { readingCount: 1, readingsFrom: v.set.source },
        title: 'Only one blood-pressure reading',
        rationale: `Only 1 ${v.set.source === 'staff' ? 'staff ' : ''}reading (${v.meanSystolic}/${v.meanDiastolic}, ${v.meanHeartRate}/min); the AHA 2019 statement advises averaging at least 2 readings.`,
      },
    ];
  },
};

export const VITALS_IMPLAUSIBLE_CONFIRMED_RULE: Rule = {
  id: 'vitals.implausible-confirmed',
  version: '1',
  severity: 'review',
  contraindication: false,
  linkIds: READINGS_LINK_IDS,
  source: ['ENTRY-CHECK'],
  when: 'a reading in the current set is outside the entry check and was confirmed as typed',
  evaluate(ctx) {
    const v = ctx.vitals;
    if (!v) return [];
    const linkIds: string[] = [];
    const values: FlagValues = {};
    const described: string[] = [];
    for (const { reading, linkId, label } of v.set.readings) {
      if (reading.confirmedOutOfRange !== true) continue;
      const warnings = readingEntryWarnings(reading);
      if (warnings.length === 0) continue;
      const fields = [
        ...new Set(
          warnings.map((w) => (w.code === 'out-of-range' ? w.field : 'diastolic ≥ systolic')),
        ),
      ];
      const text = `${reading.systolic}/${reading.diastolic}, HR ${reading.heartRate}`;
      linkIds.push(linkId);
      values[linkId] = text;
      described.push(`${label} ${text} (${fields.join(', ')})`);
    }
    if (linkIds.length === 0) return [];
    return [
      {
        linkIds,
        values,
        title: `Unusual reading confirmed as typed: ${described.length === 1 ? String(values[linkIds[0] ?? '']) : `${described.length} readings`}`,
        rationale: `Outside the entry check (systolic 60–280, diastolic 30–180 and below systolic, heart rate 30–220) and confirmed: ${described.join('; ')}. The value still counts in the mean; consider re-measuring.`,
      },
    ];
  },
};
