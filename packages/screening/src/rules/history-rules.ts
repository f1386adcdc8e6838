import { englishLabel } from '../questionnaire/english-labels';
import { getAnswer } from '../questionnaire/link-id';
import { answerRule } from './answer-rule';
import type { Rule } from './rule';
import { quotedAnswer } from './staff-names';

// Answer-based rules from the spec's table. Contraindication items count "Not sure" as a yes:
// an unsure answer there is not a detail to clarify later.

export const ANEURYSM_RULE = answerRule({
  id: 'cardio.aneurysm',
  severity: 'review',
  contraindication: true,
  linkIds: ['cardio.aneurysm'],
  triggers: ['yes', 'unsure'],
  source: ['SPRAVATO-PI'],
  title: 'Contraindication: aneurysm',
  because:
    'The SPRAVATO label lists aneurysmal vascular disease (thoracic and abdominal aorta, intracranial and peripheral arteries) as a contraindication; "Not sure" counts until clarified.',
});

export const AVM_RULE = answerRule({
  id: 'cardio.avm',
  severity: 'review',
  contraindication: true,
  linkIds: ['cardio.avm'],
  triggers: ['yes', 'unsure'],
  source: ['SPRAVATO-PI'],
  title: 'Contraindication: arteriovenous malformation',
  because:
    'The SPRAVATO label lists arteriovenous malformation as a contraindication; "Not sure" counts until clarified.',
});

export const BRAIN_BLEED_RULE = answerRule({
  id: 'cardio.brain-bleed',
  severity: 'review',
  contraindication: true,
  linkIds: ['cardio.brainBleed'],
  triggers: ['yes', 'unsure'],
  source: ['SPRAVATO-PI'],
  title: 'Contraindication: intracerebral haemorrhage',
  because:
    'The SPRAVATO label lists a history of intracerebral haemorrhage as a contraindication; "Not sure" counts until clarified.',
});

export const SYMPTOMS_TODAY_RULE = answerRule({
  id: 'cardio.symptoms-today',
  severity: 'urgent',
  linkIds: ['cardio.symptomsToday'],
  triggers: ['yes', 'unsure'],
  source: ['SPRAVATO-PI'],
  title: 'Possible acute symptoms now',
  because:
    'Chest pain, shortness of breath, sudden severe headache, vision change or one-sided weakness may signal a hypertensive crisis or stroke, which need emergency care (SPRAVATO label warning). "Not sure" is treated as yes.',
});

export const KETAMINE_ALLERGY_RULE = answerRule({
  id: 'allergy.ketamine',
  severity: 'review',
  contraindication: true,
  linkIds: ['health.ketamineAllergy'],
  triggers: ['yes', 'unsure'],
  source: ['SPRAVATO-PI', 'KETALAR-PI'],
  title: 'Contraindication: ketamine/esketamine hypersensitivity',
  because:
    'The SPRAVATO and KETALAR labels list hypersensitivity to ketamine or esketamine as a contraindication; "Not sure" counts until clarified.',
});

export const HYPERTENSION_UNCONTROLLED_RULE: Rule = {
  id: 'cardio.hypertension-uncontrolled',
  version: '1',
  severity: 'review',
  contraindication: false,
  linkIds: ['cardio.highBloodPressure', 'cardio.highBloodPressureControlled'],
  source: ['KETALAR-PI', 'SWISS-KETAMINE'],
  when: 'cardio.highBloodPressure = yes and cardio.highBloodPressureControlled = no or unsure',
  evaluate(ctx) {
    const cardio = ctx.answers.cardio;
    const controlled = cardio?.highBloodPressureControlled;
    if (cardio?.highBloodPressure !== 'yes' || (controlled !== 'no' && controlled !== 'unsure'))
      return [];
    const answer = quotedAnswer('cardio.highBloodPressureControlled', controlled);
    return [
      {
        linkIds: ['cardio.highBloodPressure', 'cardio.highBloodPressureControlled'],
        values: {
          'cardio.highBloodPressure': 'Yes',
          'cardio.highBloodPressureControlled': englishLabel(
            'cardio.highBloodPressureControlled',
            controlled,
          ),
        },
        title: `High blood pressure, controlled: ${answer}`,
        rationale: `Patient reports high blood pressure and answered ${answer} to whether it is under control. Ketamine raises blood pressure, a serious hazard in hypertension (KETALAR label); the Swiss label contraindicates untreated hypertension >180/100 at rest.`,
      },
    ];
  },
};

const cardioHistoryAnswers = answerRule({
  id: 'cardio.history',
  severity: 'review',
  linkIds: [
    'cardio.heartAttack',
    'cardio.coronaryDisease',
    'cardio.heartFailure',
    'cardio.arrhythmia',
    'cardio.otherHeart',
    'cardio.stroke',
    'cardio.hypertensiveEmergency',
  ],
  triggers: ['yes'],
  source: ['SPRAVATO-PI', 'UK-KETALAR-SMPC'],
  title: 'Cardiovascular or cerebrovascular history',
  because:
    'The SPRAVATO label asks for careful assessment of patients with cardiovascular or cerebrovascular conditions before treatment (see also the UK Ketalar SmPC).',
});

/** The history flag also quotes the heart-attack year and other-heart details, when given. */
export const CARDIO_HISTORY_RULE: Rule = {
  ...cardioHistoryAnswers,
  linkIds: [...cardioHistoryAnswers.linkIds, 'cardio.heartAttackYear', 'cardio.otherHeartDetails'],
  evaluate(ctx) {
    return cardioHistoryAnswers.evaluate(ctx).map((flag) => {
      const extras: string[] = [];
      const values = { ...flag.values };
      const linkIds = [...flag.linkIds];
      const year = getAnswer(ctx.answers, 'cardio.heartAttackYear');
      if (typeof year === 'number') {
        extras.push(`heart attack year ${year}`);
        values['cardio.heartAttackYear'] = year;
        linkIds.push('cardio.heartAttackYear');
      }
      const details = getAnswer(ctx.answers, 'cardio.otherHeartDetails');
      if (typeof details === 'string') {
        extras.push(`other heart condition, in the patient's words: "${details}"`);
        values['cardio.otherHeartDetails'] = details;
        linkIds.push('cardio.otherHeartDetails');
      }
      if (extras.length === 0) return flag;
      return {
        ...flag,
        linkIds,
        values,
        rationale: `${flag.rationale} Details: ${extras.join('; ')}.`,
      };
    });
  },
};

export const RAISED_PRESSURE_RULE = answerRule({
  id: 'health.raised-pressure',
  severity: 'review',
  linkIds: ['health.headInjury', 'health.glaucoma'],
  triggers: ['yes'],
  source: ['KETALAR-PI'],
  title: 'Raised intracranial or intraocular pressure risk',
  because: 'Ketamine can raise cerebrospinal fluid and intraocular pressure (KETALAR label).',
});

export const THYROID_RULE = answerRule({
  id: 'health.thyroid',
  severity: 'review',
  linkIds: ['health.thyroid'],
  triggers: ['yes'],
  source: ['SWISS-KETAMINE'],
  title: 'Hyperthyroidism',
  because: 'The Swiss ketamine label lists hyperthyroidism (added sympathetic stimulation).',
});

export const LIVER_RULE = answerRule({
  id: 'health.liver',
  severity: 'review',
  linkIds: ['health.liver'],
  triggers: ['yes'],
  source: ['SPRAVATO-PI', 'KETALAR-PI'],
  title: 'Liver disease',
  because:
    'Hepatic impairment raises esketamine exposure (SPRAVATO label); liver injury is reported with repeated ketamine use (KETALAR label).',
});

export const PSYCHOSIS_RULE = answerRule({
  id: 'health.psychosis',
  severity: 'review',
  linkIds: ['health.psychosis'],
  triggers: ['yes'],
  source: ['SPRAVATO-PI'],
  title: 'Psychosis history',
  because:
    'The SPRAVATO label advises assessing the risk and benefit in patients with present or past psychosis.',
});

export const MANIA_RULE = answerRule({
  id: 'health.mania',
  severity: 'review',
  linkIds: ['health.mania'],
  triggers: ['yes'],
  source: ['CLINIC-PROTOCOL'],
  title: 'Mania or bipolar history',
  because: 'Clinic protocol: a history of mood elevation is reviewed before treatment.',
});

export const SUBSTANCE_USE_RULE = answerRule({
  id: 'health.substance-use',
  severity: 'review',
  linkIds: ['health.substanceUse', 'health.nonMedicalKetamine'],
  triggers: ['yes'],
  source: ['SPRAVATO-PI', 'KETALAR-PI'],
  title: 'Substance use',
  because:
    'Ketamine and esketamine carry a risk of abuse and misuse (SPRAVATO label §9.2; KETALAR label).',
});

export const PRIOR_REACTION_RULE: Rule = {
  id: 'health.prior-reaction',
  version: '1',
  severity: 'review',
  contraindication: false,
  linkIds: ['health.priorKetamineReaction', 'health.priorKetamineReactionDetails'],
  source: ['ASKP3'],
  when: 'health.priorKetamineReaction = yes',
  evaluate(ctx) {
    const health = ctx.answers.health;
    if (health?.priorKetamineReaction !== 'yes') return [];
    const details = health.priorKetamineReactionDetails;
    const linkIds = ['health.priorKetamineReaction'];
    const values: Record<string, string> = { 'health.priorKetamineReaction': 'Yes' };
    if (details !== undefined) {
      linkIds.push('health.priorKetamineReactionDetails');
      values['health.priorKetamineReactionDetails'] = details;
    }
    const said = details === undefined ? '' : ` In the patient's words: "${details}".`;
    return [
      {
        linkIds,
        values,
        title: 'Bad reaction to ketamine before',
        rationale: `Patient reports a bad reaction to prior ketamine or esketamine.${said} ASKP3 standards ask for this history before treatment.`,
      },
    ];
  },
};

export const SEIZURES_RULE = answerRule({
  id: 'health.seizures',
  severity: 'info',
  linkIds: ['health.seizures'],
  triggers: ['yes'],
  source: ['CLINIC-PROTOCOL'],
  title: 'Seizure history',
  because:
    'Clinic protocol: seizure history is noted (see also theophylline, which has been reported to lower the seizure threshold with ketamine).',
});

export const BLADDER_RULE = answerRule({
  id: 'health.bladder',
  severity: 'info',
  linkIds: ['health.bladder'],
  triggers: ['yes'],
  source: ['KETALAR-PI'],
  title: 'Bladder symptoms',
  because: 'Cystitis is reported with repeated ketamine use (KETALAR label); a baseline is useful.',
});

export const SLEEP_APNEA_RULE = answerRule({
  id: 'health.sleep-apnea',
  severity: 'info',
  linkIds: ['health.sleepApnea'],
  triggers: ['yes'],
  source: ['CLINIC-PROTOCOL'],
  title: 'Sleep apnoea or serious lung disease',
  because: 'Clinic protocol: sedation needs closer monitoring of breathing.',
});

export const PREGNANCY_RULE = answerRule({
  id: 'about.pregnancy',
  severity: 'review',
  linkIds: ['about.pregnant'],
  triggers: ['yes', 'unsure'],
  source: ['SPRAVATO-PI', 'KETALAR-PI'],
  title: 'Pregnancy possible',
  because: 'Not recommended in pregnancy (SPRAVATO label: embryo-fetal toxicity; KETALAR label).',
});

export const BREASTFEEDING_RULE = answerRule({
  id: 'about.breastfeeding',
  severity: 'review',
  linkIds: ['about.breastfeeding'],
  triggers: ['yes'],
  source: ['SPRAVATO-PI'],
  title: 'Breastfeeding',
  because: 'The SPRAVATO label advises against breastfeeding during treatment.',
});

export const WEIGHT_MISSING_RULE: Rule = {
  id: 'about.weight-missing',
  version: '1',
  severity: 'info',
  contraindication: false,
  linkIds: ['about.weight'],
  source: ['ASKP3'],
  when: 'IV or IM ketamine planned and about.weight not answered',
  evaluate(ctx) {
    const planned = ctx.visit.plannedTreatment;
    if (
      (planned !== 'iv-ketamine' && planned !== 'im-ketamine') ||
      ctx.answers.about?.weight !== undefined
    )
      return [];
    const route = planned === 'iv-ketamine' ? 'IV' : 'IM';
    return [
      {
        linkIds: ['about.weight'],
        values: { 'about.weight': 'not given', plannedTreatment: route },
        title: 'Weight not given (needed for per-kg dosing)',
        rationale: `${route} ketamine is planned and the patient did not give a weight; ketamine is dosed per kg (ASKP3: 0.5–1 mg/kg).`,
      },
    ];
  },
};
