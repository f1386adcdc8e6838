import { englishLabel } from '../questionnaire/english-labels';
import { gad7BandRange, gad7Score, phq9BandRange, phq9Score } from '../mood/scores';
import type { Rule } from './rule';

export const SELF_HARM_RULE: Rule = {
  id: 'mood.self-harm',
  version: '1',
  severity: 'urgent',
  contraindication: false,
  linkIds: ['mood.phq9.q9'],
  source: ['SIMON-2013', 'CLINIC-PROTOCOL'],
  when: 'PHQ-9 item 9 ≥ 1',
  evaluate(ctx) {
    const q9 = ctx.answers.mood?.phq9?.q9;
    if (q9 === undefined || q9 < 1) return [];
    const label = englishLabel('mood.phq9.q9', q9);
    return [
      {
        linkIds: ['mood.phq9.q9'],
        values: { 'mood.phq9.q9': label },
        title: `PHQ-9 item 9 (thoughts of death or self-harm): "${label}"`,
        rationale: `Patient answered "${label}" (${q9} of 3) to "Thoughts that you would be better off dead or of hurting yourself in some way". The risk of a later suicide attempt rises with each answer level (Simon 2013); follow the clinic safety protocol.`,
      },
    ];
  },
};

export const PHQ9_BAND_RULE: Rule = {
  id: 'mood.phq9-band',
  version: '1',
  severity: 'info',
  contraindication: false,
  linkIds: ['mood.phq9'],
  source: ['PHQ-9'],
  when: 'always, when the PHQ-9 is answered',
  evaluate(ctx) {
    const phq9 = ctx.answers.mood?.phq9;
    const score = phq9Score(phq9);
    if (score === undefined) return [];
    const range = phq9BandRange(score);
    const difficulty =
      phq9?.difficulty === undefined
        ? 'not answered'
        : englishLabel('mood.phq9.difficulty', phq9.difficulty);
    return [
      {
        linkIds: ['mood.phq9'],
        values: {
          'mood.phq9.score': score,
          'mood.phq9.band': range.band,
          'mood.phq9.difficulty': difficulty,
        },
        title: `PHQ-9 ${score}: ${range.band}`,
        rationale: `PHQ-9 total ${score} of 27, in the ${range.band} band (${range.min}–${range.max}); difficulty: "${difficulty}". Bands: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe.`,
      },
    ];
  },
};

export const GAD7_BAND_RULE: Rule = {
  id: 'mood.gad7-band',
  version: '1',
  severity: 'info',
  contraindication: false,
  linkIds: ['mood.gad7'],
  source: ['GAD-7'],
  when: 'always, when the GAD-7 is answered',
  evaluate(ctx) {
    const score = gad7Score(ctx.answers.mood?.gad7);
    if (score === undefined) return [];
    const range = gad7BandRange(score);
    return [
      {
        linkIds: ['mood.gad7'],
        values: { 'mood.gad7.score': score, 'mood.gad7.band': range.band },
        title: `GAD-7 ${score}: ${range.band}`,
        rationale: `GAD-7 total ${score} of 21, in the ${range.band} band (${range.min}–${range.max}). Bands: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe.`,
      },
    ];
  },
};
