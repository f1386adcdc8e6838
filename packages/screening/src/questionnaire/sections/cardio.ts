import { freeText, whenAnswer, yesNoUnsure } from '../builders';
import type { Section } from '../item';

export const CARDIO_SECTION = {
  id: 'cardio',
  title: { en: 'Your heart and blood vessels', es: 'Su corazón y sus vasos sanguíneos' },
  steps: [
    {
      id: 'cardio.bloodPressure',
      title: { en: 'Blood pressure', es: 'Presión arterial' },
      items: [
        yesNoUnsure('cardio.highBloodPressure', {
          en: 'Has a doctor or nurse ever told you that you have high blood pressure?',
          es: '¿Alguna vez un médico o una enfermera le dijo que tiene la presión alta?',
        }),
        yesNoUnsure(
          'cardio.highBloodPressureControlled',
          {
            en: 'Is your blood pressure under control now?',
            es: '¿Tiene la presión bajo control ahora?',
          },
          {
            help: { en: 'With or without medicine.', es: 'Con o sin medicina.' },
            enableWhen: whenAnswer('cardio.highBloodPressure', 'yes'),
          },
        ),
        yesNoUnsure('cardio.hypertensiveEmergency', {
          en: 'Have you ever been treated in a hospital because your blood pressure was dangerously high?',
          es: '¿Alguna vez lo/la atendieron en un hospital porque tenía la presión peligrosamente alta?',
        }),
      ],
    },
    {
      id: 'cardio.heart',
      title: { en: 'Your heart', es: 'Su corazón' },
      items: [
        yesNoUnsure('cardio.heartAttack', {
          en: 'Have you ever had a heart attack?',
          es: '¿Alguna vez tuvo un ataque al corazón (infarto)?',
        }),
        {
          type: 'integer',
          linkId: 'cardio.heartAttackYear',
          text: { en: 'What year was it?', es: '¿En qué año fue?' },
          help: {
            en: 'Skip this if you do not remember.',
            es: 'Déjelo en blanco si no se acuerda.',
          },
          optional: true,
          enableWhen: whenAnswer('cardio.heartAttack', 'yes'),
          min: 1900,
          max: 2100,
        },
        yesNoUnsure('cardio.coronaryDisease', {
          en: 'Have you ever had chest pain when you are active (angina), blocked heart arteries, a stent, or heart bypass surgery?',
          es: '¿Alguna vez tuvo dolor de pecho al hacer actividad (angina), arterias del corazón tapadas, un stent o una cirugía de bypass del corazón?',
        }),
        yesNoUnsure('cardio.heartFailure', {
          en: 'Have you ever been told you have heart failure or a weak heart muscle?',
          es: '¿Alguna vez le dijeron que tiene insuficiencia cardíaca o el músculo del corazón débil?',
        }),
        yesNoUnsure('cardio.arrhythmia', {
          en: 'Do you have an irregular heartbeat (for example, atrial fibrillation)?',
          es: '¿Tiene los latidos del corazón irregulares (por ejemplo, fibrilación auricular)?',
        }),
        yesNoUnsure('cardio.otherHeart', {
          en: 'Do you have any other heart problem, such as a valve problem or a pacemaker?',
          es: '¿Tiene algún otro problema del corazón, como un problema de válvula o un marcapasos?',
        }),
        freeText(
          'cardio.otherHeartDetails',
          { en: 'Please tell us about it.', es: 'Cuéntenos sobre eso, por favor.' },
          { enableWhen: whenAnswer('cardio.otherHeart', 'yes') },
        ),
      ],
    },
    {
      id: 'cardio.vessels',
      title: { en: 'Blood vessels and brain', es: 'Vasos sanguíneos y cerebro' },
      items: [
        yesNoUnsure('cardio.aneurysm', {
          en: 'Have you ever been told you have an aneurysm (a bulge in a blood vessel) in your chest, belly, brain, or anywhere else?',
          es: '¿Alguna vez le dijeron que tiene un aneurisma (una bolsa en un vaso sanguíneo) en el pecho, el abdomen, el cerebro u otra parte?',
        }),
        yesNoUnsure('cardio.avm', {
          en: 'Have you ever been told you have an AVM (arteriovenous malformation), a tangle of blood vessels?',
          es: '¿Alguna vez le dijeron que tiene una MAV (malformación arteriovenosa), un enredo de vasos sanguíneos?',
        }),
        yesNoUnsure('cardio.brainBleed', {
          en: 'Have you ever had bleeding in your brain?',
          es: '¿Alguna vez tuvo un sangrado en el cerebro?',
        }),
        yesNoUnsure('cardio.stroke', {
          en: 'Have you ever had a stroke or a mini-stroke (TIA)?',
          es: '¿Alguna vez tuvo un derrame cerebral o un mini derrame (AIT)?',
        }),
        yesNoUnsure(
          'cardio.symptomsToday',
          {
            en: 'Right now, do you have chest pain, trouble breathing, a sudden very bad headache, changes in your vision, or weakness or numbness on one side of your body?',
            es: 'En este momento, ¿tiene dolor de pecho, dificultad para respirar, un dolor de cabeza muy fuerte y repentino, cambios en la vista, o debilidad o adormecimiento en un lado del cuerpo?',
          },
          {
            help: {
              en: 'If yes, please tell the staff right away.',
              es: 'Si la respuesta es sí, avise al personal de inmediato.',
            },
          },
        ),
      ],
    },
  ],
} as const satisfies Section<'cardio'>;
