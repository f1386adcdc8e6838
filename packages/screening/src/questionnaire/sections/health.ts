import { freeText, whenAnswer, yesNoUnsure } from '../builders';
import type { Section } from '../item';

export const HEALTH_SECTION = {
  id: 'health',
  title: { en: 'Your health', es: 'Su salud' },
  steps: [
    {
      id: 'health.body',
      title: { en: 'Health problems', es: 'Problemas de salud' },
      items: [
        yesNoUnsure('health.headInjury', {
          en: 'Have you ever had a serious head injury, a brain tumor, or high pressure inside your head?',
          es: '¿Alguna vez tuvo un golpe fuerte en la cabeza, un tumor en el cerebro o presión alta dentro de la cabeza?',
        }),
        yesNoUnsure('health.glaucoma', {
          en: 'Do you have glaucoma or high pressure in your eyes?',
          es: '¿Tiene glaucoma o presión alta en los ojos?',
        }),
        yesNoUnsure('health.thyroid', {
          en: 'Do you have an overactive thyroid (hyperthyroidism)?',
          es: '¿Tiene la tiroides demasiado activa (hipertiroidismo)?',
        }),
        yesNoUnsure('health.liver', {
          en: 'Do you have liver disease?',
          es: '¿Tiene alguna enfermedad del hígado?',
        }),
        yesNoUnsure('health.seizures', {
          en: 'Have you ever had seizures or epilepsy?',
          es: '¿Alguna vez tuvo convulsiones o epilepsia?',
        }),
        yesNoUnsure('health.bladder', {
          en: 'Do you have bladder pain or ongoing problems when you pee?',
          es: '¿Tiene dolor en la vejiga o problemas continuos al orinar?',
        }),
        yesNoUnsure('health.sleepApnea', {
          en: 'Do you have sleep apnea or a serious lung disease?',
          es: '¿Tiene apnea del sueño o una enfermedad seria de los pulmones?',
        }),
      ],
    },
    {
      id: 'health.mind',
      title: { en: 'Mental health and substance use', es: 'Salud mental y uso de sustancias' },
      items: [
        yesNoUnsure('health.psychosis', {
          en: 'Have you ever been told you have schizophrenia or psychosis, or have you heard or seen things that other people did not?',
          es: '¿Alguna vez le dijeron que tiene esquizofrenia o psicosis, o ha oído o visto cosas que otras personas no oían ni veían?',
        }),
        yesNoUnsure('health.mania', {
          en: 'Have you ever had mania (days of very high energy when you hardly needed sleep) or been told you have bipolar disorder?',
          es: '¿Alguna vez tuvo manía (días con muchísima energía en los que casi no necesitaba dormir) o le dijeron que tiene trastorno bipolar?',
        }),
        yesNoUnsure('health.substanceUse', {
          en: 'In the past 12 months, have you had a problem with alcohol or drugs?',
          es: 'En los últimos 12 meses, ¿ha tenido problemas con el alcohol o las drogas?',
        }),
        yesNoUnsure('health.nonMedicalKetamine', {
          en: 'Have you ever used ketamine or PCP outside of medical care?',
          es: '¿Alguna vez usó ketamina o PCP fuera de un tratamiento médico?',
        }),
      ],
    },
    {
      id: 'health.ketamine',
      title: { en: 'Ketamine and allergies', es: 'Ketamina y alergias' },
      items: [
        yesNoUnsure('health.priorKetamine', {
          en: 'Have you ever had ketamine or esketamine (Spravato) as a treatment or for surgery?',
          es: '¿Alguna vez recibió ketamina o esketamina (Spravato) como tratamiento o para una cirugía?',
        }),
        yesNoUnsure(
          'health.priorKetamineReaction',
          {
            en: 'Did you have a bad reaction to it?',
            es: '¿Tuvo una mala reacción?',
          },
          { enableWhen: whenAnswer('health.priorKetamine', 'yes') },
        ),
        freeText(
          'health.priorKetamineReactionDetails',
          { en: 'What happened?', es: '¿Qué le pasó?' },
          { enableWhen: whenAnswer('health.priorKetamineReaction', 'yes') },
        ),
        yesNoUnsure('health.ketamineAllergy', {
          en: 'Are you allergic to ketamine or esketamine?',
          es: '¿Es alérgico/a a la ketamina o a la esketamina?',
        }),
        freeText(
          'health.otherAllergies',
          {
            en: 'Do you have any other allergies? Please list them.',
            es: '¿Tiene otras alergias? Escríbalas, por favor.',
          },
          {
            optional: true,
            help: {
              en: 'Leave this blank if you have none.',
              es: 'Déjelo en blanco si no tiene ninguna.',
            },
          },
        ),
      ],
    },
  ],
} as const satisfies Section<'health'>;
