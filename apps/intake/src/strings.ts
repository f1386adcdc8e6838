// The tablet's own words around the questionnaire (lock screen, sending, alerts). Question text,
// answer labels, the blood-pressure guidance and the done screen come from @preflight/screening.
// Short sentences, plain words: the reader may be anxious or in pain.
import type { IntakeLanguage } from '@preflight/screening/intake-machine';

const en = {
  appTitle: 'Check-in questions',
  switchLanguage: 'Español',
  welcome: 'Welcome',
  unlockIntro: 'Please type the code the front desk gave you, and your date of birth.',
  code: 'Visit code',
  codeHint: '6 letters and numbers, for example K7M3QX.',
  birthDate: 'Date of birth',
  month: 'Month',
  day: 'Day',
  year: 'Year',
  start: 'Start',
  checking: 'Checking…',
  codeMissing: 'Please type the 6-character code from the front desk.',
  codeShape: 'The code has 6 letters and numbers. Please check it.',
  dateMissing: 'Please fill in the month, day and year you were born.',
  dateInvalid: 'That date does not exist. Please check the month, day and year.',
  dateFuture: 'That date is in the future. Please check the year.',
  yearShape: 'Please type the year with 4 digits, for example 1980.',
  lockInvalid:
    'That code and date of birth do not match. Please check them, or ask the front desk for help.',
  lockRateLimited: 'Too many tries. Please ask the front desk for help.',
  lockNetwork: 'We could not reach the clinic system. Please try again in a moment.',
  lockServer: 'Something went wrong on our side. Please try again, or ask the front desk.',
  noticeAskStaff: 'Please ask the front desk for help. They will check your details.',
  noticeTimedOut:
    'We closed your answers to keep them private. They are saved. To go on, type your code and date of birth again.',
  noticeTimedOutUnsaved:
    'We closed your answers to keep them private. To go on, type your code and date of birth again.',
  areYou: (name: string) => `Are you ${name}?`,
  identityHint: 'We ask so that your answers go to the right person.',
  yesThatsMe: 'Yes, that is me',
  noNotMe: 'No',
  progress: (index: number, total: number) => `Step ${index} of ${total}`,
  progressReview: 'Last step: check your answers',
  backToReview: 'Back to my answers',
  saving: 'Saving…',
  saveRetrying: 'Not saved yet. We will try again. You can keep going.',
  fixErrors: (count: number) =>
    count === 1 ? 'One answer needs your attention.' : `${count} answers need your attention.`,
  optional: '(optional)',
  stillHereTitle: 'Are you still there?',
  stillHereBody:
    'To keep your answers private, we will close them soon. Tap the button to keep going.',
  rest: {
    start: 'Start the 5-minute rest',
    over: 'Your rest time is over. You can take your first reading now.',
    skip: 'I have already rested 5 minutes',
  },
  reading: (n: number) => `Reading ${n}`,
  removeReading: (n: number) => `Remove reading ${n}`,
  medicine: (n: number) => `Medicine ${n}`,
  removeMedicine: (n: number) => `Remove medicine ${n}`,
  suggestions: 'Suggestions',
  unit: 'Unit',
  reviewSection: (title: string) => `Change: ${title}`,
  reviewMissing: 'Some questions still need an answer. Tap "Change" next to the part marked below.',
  needsAnswer: 'Needs an answer',
  rejected: 'We could not send your answers. Please check them and try again.',
  keyUnavailable: 'We could not prepare your answers for sending. Please try again.',
  sendingTitle: 'Sending your answers…',
  sendingBody: 'This takes a few seconds.',
  queuedTitle: 'Your answers are saved on this tablet',
  queuedBody:
    'The connection is slow right now. We are sending your answers and will keep trying. You do not need to do anything.',
  queuedSending: 'Sending…',
  queuedFailed:
    'We could not save a copy on this tablet. Please keep this screen open and tell the front desk.',
  tryNow: 'Try again now',
  staffNextPatient: 'Staff: next patient',
  cancelledTitle: 'Please see the front desk',
  cancelledBody: 'We could not finish your check-in on this tablet. The staff will help you.',
  doneStaff: 'Staff: clear now',
} as const;

type Strings = {
  [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof en)[K] extends string
      ? string
      : { [S in keyof (typeof en)[K]]: string };
};

const es: Strings = {
  appTitle: 'Preguntas de registro',
  switchLanguage: 'English',
  welcome: 'Bienvenido/a',
  unlockIntro: 'Escriba el código que le dieron en la recepción y su fecha de nacimiento.',
  code: 'Código de la visita',
  codeHint: '6 letras y números, por ejemplo K7M3QX.',
  birthDate: 'Fecha de nacimiento',
  month: 'Mes',
  day: 'Día',
  year: 'Año',
  start: 'Comenzar',
  checking: 'Revisando…',
  codeMissing: 'Escriba el código de 6 caracteres que le dieron en la recepción.',
  codeShape: 'El código tiene 6 letras y números. Revíselo, por favor.',
  dateMissing: 'Escriba el día, el mes y el año en que nació.',
  dateInvalid: 'Esa fecha no existe. Revise el día, el mes y el año.',
  dateFuture: 'Esa fecha es en el futuro. Revise el año.',
  yearShape: 'Escriba el año con 4 números, por ejemplo 1980.',
  lockInvalid:
    'El código y la fecha de nacimiento no coinciden. Revíselos o pida ayuda en la recepción.',
  lockRateLimited: 'Demasiados intentos. Pida ayuda en la recepción.',
  lockNetwork: 'No pudimos conectar con el sistema de la clínica. Intente de nuevo en un momento.',
  lockServer: 'Algo salió mal de nuestro lado. Intente de nuevo o pida ayuda en la recepción.',
  noticeAskStaff: 'Pida ayuda en la recepción. Ellos revisarán sus datos.',
  noticeTimedOut:
    'Cerramos sus respuestas para protegerlas. Están guardadas. Para seguir, escriba otra vez su código y su fecha de nacimiento.',
  noticeTimedOutUnsaved:
    'Cerramos sus respuestas para protegerlas. Para seguir, escriba otra vez su código y su fecha de nacimiento.',
  areYou: (name) => `¿Es usted ${name}?`,
  identityHint: 'Se lo preguntamos para que sus respuestas lleguen a la persona correcta.',
  yesThatsMe: 'Sí, soy yo',
  noNotMe: 'No',
  progress: (index, total) => `Paso ${index} de ${total}`,
  progressReview: 'Último paso: revise sus respuestas',
  backToReview: 'Volver a mis respuestas',
  saving: 'Guardando…',
  saveRetrying: 'Todavía no se guardó. Lo intentaremos otra vez. Puede seguir.',
  fixErrors: (count) =>
    count === 1
      ? 'Una respuesta necesita su atención.'
      : `${count} respuestas necesitan su atención.`,
  optional: '(opcional)',
  stillHereTitle: '¿Sigue ahí?',
  stillHereBody: 'Para proteger sus respuestas, las cerraremos pronto. Toque el botón para seguir.',
  rest: {
    start: 'Comenzar el descanso de 5 minutos',
    over: 'Terminó el tiempo de descanso. Ya puede tomarse la primera medida.',
    skip: 'Ya descansé 5 minutos',
  },
  reading: (n) => `Medida ${n}`,
  removeReading: (n) => `Quitar la medida ${n}`,
  medicine: (n) => `Medicina ${n}`,
  removeMedicine: (n) => `Quitar la medicina ${n}`,
  suggestions: 'Sugerencias',
  unit: 'Unidad',
  reviewSection: (title) => `Cambiar: ${title}`,
  reviewMissing: 'Faltan algunas respuestas. Toque "Cambiar" junto a la parte marcada abajo.',
  needsAnswer: 'Falta responder',
  rejected: 'No pudimos enviar sus respuestas. Revíselas e intente de nuevo.',
  keyUnavailable: 'No pudimos preparar sus respuestas para enviarlas. Intente de nuevo.',
  sendingTitle: 'Enviando sus respuestas…',
  sendingBody: 'Esto toma unos segundos.',
  queuedTitle: 'Sus respuestas están guardadas en esta tableta',
  queuedBody:
    'La conexión está lenta en este momento. Estamos enviando sus respuestas y seguiremos intentando. No necesita hacer nada.',
  queuedSending: 'Enviando…',
  queuedFailed:
    'No pudimos guardar una copia en esta tableta. Deje esta pantalla abierta y avise en la recepción.',
  tryNow: 'Intentar ahora',
  staffNextPatient: 'Personal: siguiente paciente',
  cancelledTitle: 'Por favor, acuda a la recepción',
  cancelledBody: 'No pudimos terminar su registro en esta tableta. El personal le ayudará.',
  doneStaff: 'Personal: borrar ahora',
};

export type AppStrings = Strings;

export function strings(language: IntakeLanguage): AppStrings {
  return language === 'es' ? es : en;
}
