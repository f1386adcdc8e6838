import { DIFFICULTY_OPTIONS, PHQ9_FREQUENCY_OPTIONS, PHQ_ATTRIBUTION } from './response-options';

// PHQ-9 in its original wording (English) and the Pfizer US Spanish version; never reworded.
// Spanish checked 2026-11-25 against the form's transcription at es.studenta.com/content/129686767
// (PatientHealthQuestionnaire9_Spanish) and davhunt/instruments phq8/spanish/phq8ES_datadict.csv
// (items 1-8, from the same PDF); it matched, dashes included.

function phq9Item<const L extends string>(linkId: L, en: string, es: string) {
  return { type: 'score', linkId, text: { en, es }, options: PHQ9_FREQUENCY_OPTIONS } as const;
}

export const PHQ9_GROUP = {
  type: 'group',
  linkId: 'mood.phq9',
  text: {
    en: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    es: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
  },
  attribution: PHQ_ATTRIBUTION,
  items: [
    phq9Item(
      'mood.phq9.q1',
      'Little interest or pleasure in doing things',
      'Poco interés o placer en hacer cosas',
    ),
    phq9Item(
      'mood.phq9.q2',
      'Feeling down, depressed, or hopeless',
      'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
    ),
    phq9Item(
      'mood.phq9.q3',
      'Trouble falling or staying asleep, or sleeping too much',
      'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
    ),
    phq9Item(
      'mood.phq9.q4',
      'Feeling tired or having little energy',
      'Se ha sentido cansado(a) o con poca energía',
    ),
    phq9Item('mood.phq9.q5', 'Poor appetite or overeating', 'Sin apetito o ha comido en exceso'),
    phq9Item(
      'mood.phq9.q6',
      'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
    ),
    phq9Item(
      'mood.phq9.q7',
      'Trouble concentrating on things, such as reading the newspaper or watching television',
      'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
    ),
    phq9Item(
      'mood.phq9.q8',
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
    ),
    phq9Item(
      'mood.phq9.q9',
      'Thoughts that you would be better off dead or of hurting yourself in some way',
      'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
    ),
    {
      type: 'score',
      linkId: 'mood.phq9.difficulty',
      text: {
        en: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
        es: 'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
      },
      options: DIFFICULTY_OPTIONS,
    },
  ],
} as const;
