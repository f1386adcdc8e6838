import { englishLabel } from '../questionnaire/english-labels';

// Short staff-facing names of the history items, for flag titles ("aneurysm", "heart attack").
const STAFF_ITEM_NAMES: Readonly<Record<string, string>> = {
  'about.pregnant': 'pregnancy',
  'about.breastfeeding': 'breastfeeding',
  'cardio.highBloodPressure': 'high blood pressure',
  'cardio.highBloodPressureControlled': 'blood pressure controlled',
  'cardio.hypertensiveEmergency': 'hospital treatment for dangerously high blood pressure',
  'cardio.heartAttack': 'heart attack',
  'cardio.coronaryDisease': 'coronary disease (angina, blocked arteries, stent or bypass)',
  'cardio.heartFailure': 'heart failure or weak heart muscle',
  'cardio.arrhythmia': 'irregular heartbeat',
  'cardio.otherHeart': 'other heart condition',
  'cardio.aneurysm': 'aneurysm (aorta, brain or other artery)',
  'cardio.avm': 'arteriovenous malformation (AVM)',
  'cardio.brainBleed': 'bleeding in the brain',
  'cardio.stroke': 'stroke or TIA',
  'cardio.symptomsToday':
    'symptoms now (chest pain, shortness of breath, sudden severe headache, vision change, one-sided weakness or numbness)',
  'health.headInjury': 'serious head injury, brain tumour or raised intracranial pressure',
  'health.glaucoma': 'glaucoma or raised eye pressure',
  'health.thyroid': 'overactive thyroid',
  'health.liver': 'liver disease',
  'health.seizures': 'seizures or epilepsy',
  'health.bladder': 'bladder pain or ongoing urinary problems',
  'health.sleepApnea': 'sleep apnoea or serious lung disease',
  'health.psychosis': 'schizophrenia, psychosis or hallucinations',
  'health.mania': 'mania or bipolar diagnosis',
  'health.substanceUse': 'alcohol or drug problem in the past 12 months',
  'health.nonMedicalKetamine': 'non-medical ketamine or PCP use',
  'health.priorKetamine': 'prior ketamine or esketamine',
  'health.priorKetamineReaction': 'bad reaction to prior ketamine',
  'health.ketamineAllergy': 'ketamine or esketamine allergy',
};

export function staffName(linkId: string): string {
  return STAFF_ITEM_NAMES[linkId] ?? linkId;
}

/** `"Yes"`, `"Not sure"`: the patient's answer by its English label, quoted. */
export function quotedAnswer(linkId: string, value: unknown): string {
  return `"${englishLabel(linkId, value)}"`;
}
