// The questionnaire as a FHIR R4 Questionnaire: sections and groups nest, linkIds are the answers'
// dotted paths, choices carry answerOptions, conditions become enableWhen.
import {
  QUESTIONNAIRE,
  RULE_CATALOGUE,
  RULE_SET_VERSION,
  type QuestionnaireItem,
  type Step,
} from '@preflight/screening';

export const PREFLIGHT_SYSTEM = 'https://preflight.example/fhir';
export const QUESTIONNAIRE_URL = `${PREFLIGHT_SYSTEM}/Questionnaire/${QUESTIONNAIRE.id}`;

/** The current definition as the API serves it: items, the rules' ids, versions. */
export function describeQuestionnaire() {
  return {
    questionnaireVersion: QUESTIONNAIRE.version,
    ruleSetVersion: RULE_SET_VERSION,
    questionnaire: QUESTIONNAIRE,
    rules: RULE_CATALOGUE,
  };
}

type FhirItem = Record<string, unknown>;

function answerValue(value: string | number) {
  return typeof value === 'number'
    ? { valueInteger: value }
    : { valueCoding: { system: `${PREFLIGHT_SYSTEM}/CodeSystem/answers`, code: value } };
}

function enableWhenOf(item: QuestionnaireItem): Record<string, unknown> {
  const condition = item.enableWhen;
  if (!condition) return {};
  if ('visit' in condition) {
    // FHIR's enableWhen reads answers only; the visit condition is carried as an extension.
    return {
      extension: [
        {
          url: `${PREFLIGHT_SYSTEM}/StructureDefinition/enable-when-visit`,
          valueString: `${condition.visit}=${condition.answer}`,
        },
      ],
    };
  }
  const answer =
    typeof condition.answer === 'number'
      ? { answerInteger: condition.answer }
      : {
          answerCoding: {
            system: `${PREFLIGHT_SYSTEM}/CodeSystem/answers`,
            code: condition.answer,
          },
        };
  return { enableWhen: [{ question: condition.question, operator: '=', ...answer }] };
}

function toFhirItem(item: QuestionnaireItem): FhirItem {
  const base = {
    linkId: item.linkId,
    text: item.text.en,
    ...(item.optional ? {} : { required: true }),
    ...enableWhenOf(item),
  };
  switch (item.type) {
    case 'group':
      return { ...base, type: 'group', item: item.items.map(toFhirItem) };
    case 'yesNoUnsure':
    case 'yesNo':
    case 'choice':
    case 'score':
      return {
        ...base,
        type: 'choice',
        answerOption: item.options.map((o) => {
          const value = answerValue(o.value);
          return 'valueCoding' in value
            ? { valueCoding: { ...value.valueCoding, display: o.label.en } }
            : value;
        }),
      };
    case 'integer':
      return { ...base, type: 'integer' };
    case 'text':
      return { ...base, type: item.multiline ? 'text' : 'string', maxLength: item.maxLength };
    case 'quantity':
      return {
        ...base,
        type: 'quantity',
        extension: item.units.map((u) => ({
          url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption',
          valueCoding: { system: 'http://unitsofmeasure.org', code: u.value, display: u.label.en },
        })),
      };
    case 'attestation':
      return { ...base, type: 'boolean' };
    case 'readings':
      return {
        ...base,
        type: 'group',
        repeats: true,
        item: [
          {
            linkId: `${item.linkId}.systolic`,
            text: item.fields.systolic.label.en,
            type: 'integer',
            required: true,
          },
          {
            linkId: `${item.linkId}.diastolic`,
            text: item.fields.diastolic.label.en,
            type: 'integer',
            required: true,
          },
          {
            linkId: `${item.linkId}.heartRate`,
            text: item.fields.heartRate.label.en,
            type: 'integer',
            required: true,
          },
          {
            linkId: `${item.linkId}.arm`,
            text: item.fields.arm.label.en,
            type: 'choice',
            required: true,
            answerOption: item.armOptions.map((o) => ({
              valueCoding: {
                system: `${PREFLIGHT_SYSTEM}/CodeSystem/answers`,
                code: o.value,
                display: o.label.en,
              },
            })),
          },
          { linkId: `${item.linkId}.takenAt`, text: 'Taken at', type: 'dateTime', required: true },
        ],
      };
    case 'medList':
      return {
        ...base,
        type: 'group',
        repeats: true,
        item: (['name', 'dose', 'frequency', 'lastTaken'] as const).map((field) => ({
          linkId: `${item.linkId}.${field}`,
          text: item.fields[field].label.en,
          type: 'string',
          ...(field === 'name' ? { required: true } : {}),
        })),
      };
  }
}

export function questionnaireFhir() {
  return {
    resourceType: 'Questionnaire',
    id: QUESTIONNAIRE.id,
    url: QUESTIONNAIRE_URL,
    version: QUESTIONNAIRE.version,
    name: 'PreflightScreening',
    title: QUESTIONNAIRE.title.en,
    status: 'active',
    subjectType: ['Patient'],
    item: QUESTIONNAIRE.sections.map((section) => ({
      linkId: section.id,
      text: section.title.en,
      type: 'group',
      item: (section.steps as readonly Step[]).flatMap((step) => step.items.map(toFhirItem)),
    })),
  };
}
