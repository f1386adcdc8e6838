import { whenAnswer, whenPlanned, yesNo } from '../builders';
import type { Section } from '../item';

export const MEDS_SECTION = {
  id: 'meds',
  title: { en: 'Your medicines', es: 'Sus medicinas' },
  steps: [
    {
      id: 'meds.current',
      title: { en: 'Medicines you take', es: 'Medicinas que toma' },
      items: [
        yesNo(
          'meds.takesAny',
          {
            en: 'Do you take any medicines, vitamins, or supplements?',
            es: '¿Toma alguna medicina, vitamina o suplemento?',
          },
          {
            help: {
              en: 'Include prescriptions, medicines you buy at the store, and herbs.',
              es: 'Incluya recetas, medicinas que compra en la tienda y hierbas.',
            },
          },
        ),
        {
          type: 'medList',
          linkId: 'meds.list',
          text: { en: 'Please list each one.', es: 'Escriba cada una, por favor.' },
          enableWhen: whenAnswer('meds.takesAny', 'yes'),
          minCount: 1,
          maxCount: 30,
          fields: {
            name: {
              label: { en: 'Name of the medicine', es: 'Nombre de la medicina' },
              maxLength: 200,
            },
            dose: {
              label: { en: 'How much (for example, 10 mg)', es: 'Cuánto (por ejemplo, 10 mg)' },
              optional: true,
              maxLength: 100,
            },
            frequency: {
              label: {
                en: 'How often (for example, once a day)',
                es: 'Cada cuánto (por ejemplo, una vez al día)',
              },
              optional: true,
              maxLength: 100,
            },
            lastTaken: {
              label: { en: 'When did you last take it?', es: '¿Cuándo la tomó por última vez?' },
              optional: true,
              maxLength: 100,
            },
          },
        },
      ],
    },
    {
      id: 'meds.nasalSprays',
      title: { en: 'Nose sprays', es: 'Aerosoles para la nariz' },
      items: [
        yesNo(
          'meds.nasalSprays',
          {
            en: 'Do you use any nose sprays (for example, for allergies or a stuffy nose)?',
            es: '¿Usa algún aerosol para la nariz (por ejemplo, para alergias o la nariz tapada)?',
          },
          { enableWhen: whenPlanned('esketamine-nasal') },
        ),
      ],
    },
  ],
} as const satisfies Section<'meds'>;
