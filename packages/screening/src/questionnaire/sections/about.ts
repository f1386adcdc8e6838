import { ANSWER_LABELS } from '../../i18n/ui-strings';
import type { Section } from '../item';

const SKIP_IF_UNKNOWN = {
  en: 'It is OK to skip this if you do not know.',
  es: 'Puede dejarlo en blanco si no lo sabe.',
};

// Weight matters because IV/IM ketamine is dosed per kg; a patient who does not know may skip it.
// Plausible weight is 30–300 kg (screening.md). The pound bounds are those kg bounds converted
// (KG_PER_LB) and rounded inward to the one decimal a patient may type: 66.2 lb is 30.03 kg and
// 66.1 lb is 29.98 kg; 661.3 lb is 299.96 kg and 661.4 lb is 300.01 kg.
export const ABOUT_SECTION = {
  id: 'about',
  title: { en: 'About you', es: 'Sobre usted' },
  steps: [
    {
      id: 'about.body',
      title: { en: 'Your weight and height', es: 'Su peso y estatura' },
      items: [
        {
          type: 'quantity',
          linkId: 'about.weight',
          text: { en: 'How much do you weigh?', es: '¿Cuánto pesa?' },
          help: SKIP_IF_UNKNOWN,
          optional: true,
          decimals: 1,
          units: [
            {
              value: 'lb',
              label: { en: 'pounds (lb)', es: 'libras (lb)' },
              min: 66.2,
              max: 661.3,
            },
            {
              value: 'kg',
              label: { en: 'kilograms (kg)', es: 'kilogramos (kg)' },
              min: 30,
              max: 300,
            },
          ],
        },
        {
          type: 'quantity',
          linkId: 'about.height',
          text: { en: 'How tall are you?', es: '¿Cuánto mide?' },
          help: SKIP_IF_UNKNOWN,
          optional: true,
          decimals: 1,
          units: [
            { value: 'in', label: { en: 'inches (in)', es: 'pulgadas (in)' }, min: 39, max: 98 },
            {
              value: 'cm',
              label: { en: 'centimeters (cm)', es: 'centímetros (cm)' },
              min: 100,
              max: 250,
            },
          ],
        },
      ],
    },
    {
      id: 'about.pregnancy',
      title: { en: 'Pregnancy', es: 'Embarazo' },
      items: [
        {
          type: 'choice',
          linkId: 'about.pregnant',
          text: {
            en: 'Are you pregnant, or could you be pregnant?',
            es: '¿Está embarazada o podría estarlo?',
          },
          options: [
            { value: 'yes', label: ANSWER_LABELS.yes },
            { value: 'no', label: ANSWER_LABELS.no },
            { value: 'unsure', label: ANSWER_LABELS.unsure },
            { value: 'not-applicable', label: ANSWER_LABELS.notApplicable },
          ],
        },
        {
          type: 'choice',
          linkId: 'about.breastfeeding',
          text: { en: 'Are you breastfeeding?', es: '¿Está dando pecho (amamantando)?' },
          options: [
            { value: 'yes', label: ANSWER_LABELS.yes },
            { value: 'no', label: ANSWER_LABELS.no },
            { value: 'not-applicable', label: ANSWER_LABELS.notApplicable },
          ],
        },
      ],
    },
  ],
} as const satisfies Section<'about'>;
