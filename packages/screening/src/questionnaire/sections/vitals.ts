import { BLOOD_PRESSURE_HOW_TO } from '../../i18n/ui-strings';
import { ARM_OPTIONS } from '../options';
import type { Section } from '../item';
import { READING_LIMITS } from '../../vitals/plausibility';

export const VITALS_SECTION = {
  id: 'vitals',
  title: { en: 'Blood pressure and heart rate', es: 'Presión arterial y pulso' },
  steps: [
    {
      id: 'vitals.howTo',
      title: BLOOD_PRESSURE_HOW_TO.title,
      intro: [BLOOD_PRESSURE_HOW_TO.beforeYouStart, ...BLOOD_PRESSURE_HOW_TO.steps],
      items: [],
    },
    {
      id: 'vitals.readings',
      title: { en: 'Your readings', es: 'Sus medidas' },
      items: [
        {
          type: 'readings',
          linkId: 'vitals.readings',
          text: {
            en: 'Type the numbers from the blood pressure machine.',
            es: 'Escriba los números que muestra el aparato de presión.',
          },
          help: {
            en: 'Take 2 or 3 readings, 1 to 2 minutes apart.',
            es: 'Tómese la presión 2 o 3 veces, con 1 a 2 minutos entre cada una.',
          },
          minCount: 1,
          maxCount: 3,
          fields: {
            systolic: {
              label: { en: 'Top number (SYS)', es: 'Número de arriba (SYS)' },
              unit: { en: 'mmHg', es: 'mmHg' },
              min: READING_LIMITS.systolic.min,
              max: READING_LIMITS.systolic.max,
            },
            diastolic: {
              label: { en: 'Bottom number (DIA)', es: 'Número de abajo (DIA)' },
              unit: { en: 'mmHg', es: 'mmHg' },
              min: READING_LIMITS.diastolic.min,
              max: READING_LIMITS.diastolic.max,
            },
            heartRate: {
              label: { en: 'Pulse (heart rate)', es: 'Pulso (latidos por minuto)' },
              unit: { en: 'beats per minute', es: 'latidos por minuto' },
              min: READING_LIMITS.heartRate.min,
              max: READING_LIMITS.heartRate.max,
            },
            arm: { label: { en: 'Which arm?', es: '¿Qué brazo?' } },
          },
          armOptions: ARM_OPTIONS,
        },
      ],
    },
  ],
} as const satisfies Section<'vitals'>;
