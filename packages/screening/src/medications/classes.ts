// Medication classes from the spec's "Medication classes" table (spec/screening.md, `meds`).
// Order, severity, reason and sources follow that table; `source` holds keys from its sources table.

export type MedicationClassId =
  | 'maoi'
  | 'stimulant'
  | 'benzodiazepine'
  | 'z-drug'
  | 'opioid'
  | 'opioid-antagonist'
  | 'nmda'
  | 'theophylline'
  | 'sympathomimetic'
  | 'cns-depressant'
  | 'lamotrigine'
  | 'enzyme-inducer'
  | 'enzyme-inhibitor'
  | 'antihypertensive';

export type MedicationClassSeverity = 'review' | 'info';

export interface MedicationClass {
  id: MedicationClassId;
  /** Staff-facing name of the class. */
  label: string;
  severity: MedicationClassSeverity;
  /** Why the class matters before ketamine/esketamine (the spec's "why" column). */
  why: string;
  /** Source keys from the spec's sources table. */
  source: string[];
}

export const MEDICATION_CLASSES: ReadonlyArray<MedicationClass> = deepFreeze([
  {
    id: 'maoi',
    label: 'MAO inhibitor',
    severity: 'review',
    why: 'Blood pressure rises',
    source: ['SPRAVATO-PI', 'LUDWIG-2021'],
  },
  {
    id: 'stimulant',
    label: 'Stimulant',
    severity: 'review',
    why: 'Blood pressure rises',
    source: ['SPRAVATO-PI'],
  },
  {
    id: 'benzodiazepine',
    label: 'Benzodiazepine',
    severity: 'review',
    why: 'More sedation; may blunt the antidepressant response',
    source: ['SPRAVATO-PI', 'ANDRADE-2017', 'FRONTIERS-2020'],
  },
  {
    id: 'z-drug',
    label: 'Z-drug (sleep medicine)',
    severity: 'review',
    why: 'More sedation',
    source: ['SPRAVATO-PI'],
  },
  {
    id: 'opioid',
    label: 'Opioid',
    severity: 'review',
    why: 'Sedation, breathing depression',
    source: ['SPRAVATO-PI', 'KETALAR-PI'],
  },
  {
    id: 'opioid-antagonist',
    label: 'Opioid antagonist',
    severity: 'review',
    why: 'Blocked the antidepressant effect in one small trial',
    source: ['WILLIAMS-2018'],
  },
  {
    id: 'nmda',
    label: 'NMDA antagonist',
    severity: 'review',
    why: 'Same receptor; more CNS effects incl. psychosis',
    source: ['UKCPA'],
  },
  {
    id: 'theophylline',
    label: 'Theophylline / aminophylline',
    severity: 'review',
    why: 'Seizures reported',
    source: ['KETALAR-PI'],
  },
  {
    id: 'sympathomimetic',
    label: 'Sympathomimetic or thyroid hormone',
    severity: 'info',
    why: 'Raise BP and heart rate',
    source: ['KETALAR-PI', 'SWISS-KETAMINE'],
  },
  {
    id: 'cns-depressant',
    label: 'Other CNS depressant',
    severity: 'info',
    why: 'More sedation',
    source: ['SPRAVATO-PI'],
  },
  {
    id: 'lamotrigine',
    label: 'Lamotrigine',
    severity: 'info',
    why: 'Mixed evidence on response',
    source: ['MAYO-2023'],
  },
  {
    id: 'enzyme-inducer',
    label: 'Enzyme inducer',
    severity: 'info',
    why: "Lower ketamine exposure (St John's wort −58% AUC for oral S-ketamine)",
    source: ['PELTONIEMI-2012', 'ANDRADE-2017'],
  },
  {
    id: 'enzyme-inhibitor',
    label: 'Enzyme inhibitor',
    severity: 'info',
    why: 'Higher exposure (ticlopidine +29% esketamine AUC)',
    source: ['SPRAVATO-PI'],
  },
  {
    id: 'antihypertensive',
    label: 'Blood pressure medicine',
    severity: 'info',
    why: 'Risk of low BP during treatment',
    source: ['SWISS-KETAMINE'],
  },
] satisfies MedicationClass[]);

const CLASS_BY_ID: ReadonlyMap<MedicationClassId, MedicationClass> = new Map(
  MEDICATION_CLASSES.map((c) => [c.id, c]),
);

export function getMedicationClass(id: MedicationClassId): MedicationClass {
  const found = CLASS_BY_ID.get(id);
  if (!found) throw new Error(`Unknown medication class: ${id}`);
  return found;
}

/**
 * The spec table's "examples" column, one name per example (combination products and the
 * selegiline patch spelled out). Every one must resolve exactly to a catalogue drug in that class.
 * The catalogue holds further members of several classes (e.g. triazolam, valsartan).
 */
export const MEDICATION_CLASS_EXAMPLES: Readonly<Record<MedicationClassId, readonly string[]>> =
  deepFreeze({
    maoi: ['phenelzine', 'tranylcypromine', 'isocarboxazid', 'selegiline', 'Emsam patch'],
    stimulant: [
      'amphetamine salts',
      'lisdexamfetamine',
      'methylphenidate',
      'dexmethylphenidate',
      'modafinil',
      'armodafinil',
    ],
    benzodiazepine: [
      'alprazolam',
      'lorazepam',
      'clonazepam',
      'diazepam',
      'temazepam',
      'chlordiazepoxide',
    ],
    'z-drug': ['zolpidem', 'eszopiclone', 'zaleplon'],
    opioid: [
      'oxycodone',
      'hydrocodone',
      'morphine',
      'codeine',
      'tramadol',
      'tapentadol',
      'hydromorphone',
      'methadone',
      'buprenorphine',
      'fentanyl',
    ],
    'opioid-antagonist': ['naltrexone', 'naltrexone-bupropion'],
    nmda: ['memantine', 'amantadine', 'dextromethorphan', 'dextromethorphan-bupropion'],
    theophylline: ['theophylline', 'aminophylline'],
    sympathomimetic: ['pseudoephedrine', 'phenylephrine', 'levothyroxine', 'liothyronine'],
    'cns-depressant': [
      'diphenhydramine',
      'hydroxyzine',
      'promethazine',
      'cyclobenzaprine',
      'baclofen',
      'tizanidine',
      'carisoprodol',
      'quetiapine',
      'olanzapine',
      'gabapentin',
      'pregabalin',
    ],
    lamotrigine: ['lamotrigine'],
    'enzyme-inducer': ["St John's wort", 'rifampin', 'carbamazepine', 'phenytoin'],
    'enzyme-inhibitor': ['ticlopidine', 'clopidogrel'],
    antihypertensive: [
      'lisinopril',
      'losartan',
      'amlodipine',
      'metoprolol',
      'hydrochlorothiazide',
      'clonidine',
    ],
  });

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
