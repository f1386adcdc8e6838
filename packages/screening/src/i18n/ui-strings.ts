import type { LocalizedText } from './localized-text';

// Patient-facing strings the intake shows around the questions. Plain words, short sentences.

export const ANSWER_LABELS = {
  yes: { en: 'Yes', es: 'Sí' },
  no: { en: 'No', es: 'No' },
  unsure: { en: 'Not sure', es: 'No estoy seguro/a' },
  notApplicable: { en: 'Does not apply to me', es: 'No aplica en mi caso' },
  left: { en: 'Left arm', es: 'Brazo izquierdo' },
  right: { en: 'Right arm', es: 'Brazo derecho' },
} as const satisfies Record<string, LocalizedText>;

/** Shown before the first blood-pressure reading (AHA 2019 measurement statement). */
export const BLOOD_PRESSURE_HOW_TO = {
  title: { en: 'How to take your blood pressure', es: 'Cómo tomarse la presión' },
  beforeYouStart: {
    en: 'In the last 30 minutes, please do not have caffeine, exercise, or smoke.',
    es: 'En los últimos 30 minutos, no tome cafeína, no haga ejercicio y no fume.',
  },
  steps: [
    { en: 'Sit down and rest for 5 minutes.', es: 'Siéntese y descanse 5 minutos.' },
    { en: 'Keep your back against the chair.', es: 'Apoye la espalda en la silla.' },
    {
      en: 'Put both feet flat on the floor. Do not cross your legs.',
      es: 'Ponga los dos pies planos en el piso. No cruce las piernas.',
    },
    {
      en: 'Use a bare arm (no sleeve). Rest it on the table at the level of your heart.',
      es: 'Use el brazo sin manga. Apóyelo en la mesa a la altura del corazón.',
    },
    {
      en: 'Do not talk while the cuff is working.',
      es: 'No hable mientras el brazalete esté midiendo.',
    },
    {
      en: 'Take 2 or 3 readings, 1 to 2 minutes apart.',
      es: 'Tómese la presión 2 o 3 veces, con 1 a 2 minutos entre cada una.',
    },
  ],
  restCountdown: {
    en: 'Rest quietly. Time left: {time}',
    es: 'Descanse tranquilo/a. Tiempo que falta: {time}',
  },
} as const;

/** Entry check: the number looks unusual, so the patient is asked to look again (not a flag). */
export const READING_CHECK = {
  outOfRange: {
    en: 'This number looks unusual. Please check the screen of the machine and type it again.',
    es: 'Este número parece raro. Revise la pantalla del aparato y escríbalo otra vez.',
  },
  diastolicNotBelowSystolic: {
    en: 'The bottom number should be smaller than the top number. Please check them.',
    es: 'El número de abajo debe ser más pequeño que el de arriba. Revíselos, por favor.',
  },
  confirm: {
    en: 'The number is correct as shown on the machine',
    es: 'El número es correcto, así aparece en el aparato',
  },
} as const satisfies Record<string, LocalizedText>;

export const NAVIGATION = {
  next: { en: 'Next', es: 'Siguiente' },
  back: { en: 'Back', es: 'Atrás' },
  review: { en: 'Review my answers', es: 'Revisar mis respuestas' },
  edit: { en: 'Change', es: 'Cambiar' },
  submit: { en: 'Send my answers', es: 'Enviar mis respuestas' },
  addReading: { en: 'Add another reading', es: 'Agregar otra medida' },
  addMedication: { en: 'Add another medicine', es: 'Agregar otra medicina' },
  remove: { en: 'Remove', es: 'Quitar' },
  required: { en: 'Please answer this question.', es: 'Por favor conteste esta pregunta.' },
  stillHere: { en: "I'm still here", es: 'Sigo aquí' },
  language: { en: 'Español', es: 'English' },
} as const satisfies Record<string, LocalizedText>;

export const REVIEW_SCREEN = {
  title: { en: 'Check your answers', es: 'Revise sus respuestas' },
  intro: {
    en: 'Look over your answers. Tap "Change" to fix anything.',
    es: 'Revise sus respuestas. Toque "Cambiar" para corregir algo.',
  },
  notAnswered: { en: 'Not answered', es: 'Sin respuesta' },
} as const satisfies Record<string, LocalizedText>;

/** The final screen: every patient sees the crisis line, whatever they answered. */
export const DONE_SCREEN = {
  title: { en: 'Thank you!', es: '¡Gracias!' },
  body: {
    en: 'Your answers were sent. Please give the tablet back to the staff.',
    es: 'Sus respuestas fueron enviadas. Por favor devuelva la tableta al personal.',
  },
  crisis: {
    en: 'If you are thinking about hurting yourself, or you are in crisis, call or text 988 (Suicide & Crisis Lifeline) any time, day or night. In an emergency, call 911 or tell the staff now.',
    es: 'Si está pensando en hacerse daño, o está en crisis, llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis) a cualquier hora, de día o de noche. En una emergencia, llame al 911 o avise al personal ahora.',
  },
  resetNotice: {
    en: 'This screen will clear itself in 60 seconds.',
    es: 'Esta pantalla se borrará sola en 60 segundos.',
  },
} as const satisfies Record<string, LocalizedText>;
