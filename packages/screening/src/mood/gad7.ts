import { GAD7_FREQUENCY_OPTIONS, PHQ_ATTRIBUTION } from './response-options';

// GAD-7 in its original wording (English) and the Pfizer US Spanish version; never reworded.
// Spanish checked 2026-11-25 against public GitHub copies that cite the phqscreeners.com
// "Spanish for the USA" GAD-7 (found by text search; see response-options.ts). Its stem is the
// PHQ-9's, word for word.

function gad7Item<const L extends string>(linkId: L, en: string, es: string) {
  return { type: 'score', linkId, text: { en, es }, options: GAD7_FREQUENCY_OPTIONS } as const;
}

export const GAD7_GROUP = {
  type: 'group',
  linkId: 'mood.gad7',
  text: {
    en: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
    es: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
  },
  attribution: PHQ_ATTRIBUTION,
  items: [
    gad7Item(
      'mood.gad7.q1',
      'Feeling nervous, anxious, or on edge',
      'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
    ),
    gad7Item(
      'mood.gad7.q2',
      'Not being able to stop or control worrying',
      'No ha sido capaz de parar o controlar su preocupación',
    ),
    gad7Item(
      'mood.gad7.q3',
      'Worrying too much about different things',
      'Se ha preocupado demasiado por motivos diferentes',
    ),
    gad7Item('mood.gad7.q4', 'Trouble relaxing', 'Ha tenido dificultad para relajarse'),
    gad7Item(
      'mood.gad7.q5',
      'Being so restless that it is hard to sit still',
      'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)',
    ),
    gad7Item(
      'mood.gad7.q6',
      'Becoming easily annoyed or irritable',
      'Se ha molestado o irritado fácilmente',
    ),
    gad7Item(
      'mood.gad7.q7',
      'Feeling afraid, as if something awful might happen',
      'Ha tenido miedo de que algo terrible fuera a pasar',
    ),
  ],
} as const;
