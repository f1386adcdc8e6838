// Pure helpers between the questionnaire data, the step forms and the flow machine.
import { READING_CHECK, REQUIRED_MESSAGE, type AnswerItem } from '@preflight/screening';
import type { IntakeAnswers, IntakeLanguage } from '@preflight/screening/intake-machine';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The patch that turns `base` into `next` under the machine's deep merge (`undefined` removes):
 * answers dropped by the form (hidden follow-ups) are removed, not left behind.
 */
export function replacementPatch(base: unknown, next: IntakeAnswers): IntakeAnswers {
  const patch: IntakeAnswers = {};
  const old = isPlainObject(base) ? base : {};
  for (const key of Object.keys(old)) if (!(key in next)) patch[key] = undefined;
  for (const [key, value] of Object.entries(next)) {
    patch[key] =
      isPlainObject(value) && isPlainObject(old[key]) ? replacementPatch(old[key], value) : value;
  }
  return patch;
}

/** "" from an empty number box is no answer; anything else is read as a number (NaN if not one). */
export function toNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isNaN(raw) ? undefined : raw;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim().replace(',', '.');
  return text === '' ? undefined : Number(text);
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * Form values → what the domain's schema reads: a weight with no number is no weight, a blank
 * medicine row is no row, a reading gets the time it was taken. Copies only what it changes (the
 * input is the form's own state); the other sections are passed on as they are.
 */
export function cleanFormValues(values: IntakeAnswers, now: () => string): IntakeAnswers {
  const out = { ...values };
  const about = values.about;
  if (isPlainObject(about)) {
    const kept = { ...about };
    for (const key of ['weight', 'height']) {
      const quantity = kept[key];
      if (isPlainObject(quantity) && toNumber(quantity.value) === undefined) delete kept[key];
    }
    out.about = kept;
  }
  const meds = values.meds;
  if (isPlainObject(meds) && Array.isArray(meds.list)) {
    out.meds = {
      ...meds,
      list: meds.list.filter(
        (row: unknown) =>
          isPlainObject(row) &&
          !['name', 'dose', 'frequency', 'lastTaken'].every((k) => isBlank(row[k])),
      ),
    };
  }
  const vitals = values.vitals;
  if (isPlainObject(vitals) && Array.isArray(vitals.readings)) {
    out.vitals = {
      ...vitals,
      readings: vitals.readings.map((reading: unknown) => {
        if (!isPlainObject(reading)) return reading;
        const row = { ...reading };
        if (row.confirmedOutOfRange !== true) delete row.confirmedOutOfRange;
        row.takenAt ??= now();
        return row;
      }),
    };
  }
  return out;
}

// The domain's validation messages are English; the tablet shows them in the patient's language.
const SPANISH: Record<string, string> = {
  [REQUIRED_MESSAGE]: 'Por favor conteste esta pregunta.',
  'Please choose one of the answers.': 'Elija una de las respuestas, por favor.',
  'Enter a whole number.': 'Escriba un número entero, sin decimales.',
  'Please type the name of the medicine.': 'Escriba el nombre de la medicina, por favor.',
  'Please list at least one medicine.': 'Escriba al menos una medicina, por favor.',
  'Please tick the box to confirm.': 'Marque la casilla para confirmar, por favor.',
  [READING_CHECK.outOfRange.en]: READING_CHECK.outOfRange.es,
  [READING_CHECK.diastolicNotBelowSystolic.en]: READING_CHECK.diastolicNotBelowSystolic.es,
};

const GENERIC = {
  en: 'Please check this answer.',
  es: 'Revise esta respuesta, por favor.',
};

/**
 * The message a patient reads under a field. Range errors on whole numbers name the range; zod's
 * own wording ("Too small: expected…") never reaches the patient.
 */
export function errorText(
  message: string | undefined,
  language: IntakeLanguage,
  item?: AnswerItem,
): string {
  const text = message ?? '';
  if (item?.type === 'integer' && /^Too (small|big)/.test(text)) {
    return language === 'es'
      ? `Escriba un número entre ${item.min} y ${item.max}.`
      : `Please type a number from ${item.min} to ${item.max}.`;
  }
  const quantity = /^Please check this number \((\d+)–(\d+) (\w+)\)\.$/.exec(text);
  if (quantity) {
    return language === 'es'
      ? `Revise este número. Debe estar entre ${quantity[1]} y ${quantity[2]} ${quantity[3]}.`
      : `Please check this number. It should be from ${quantity[1]} to ${quantity[2]} ${quantity[3]}.`;
  }
  if (/^Use at most \d+ decimal/.test(text)) {
    return language === 'es'
      ? 'Use como máximo un decimal (por ejemplo, 150.5).'
      : 'Please use at most one decimal place (for example, 150.5).';
  }
  if (language === 'es') return SPANISH[text] ?? GENERIC.es;
  if (text === '' || /^(Too (small|big)|Invalid|Expected)/.test(text)) return GENERIC.en;
  return text;
}

/** Whether an error came from the reading entry check (a number the patient may confirm). */
export function isEntryCheckMessage(message: string | undefined): boolean {
  return (
    message === READING_CHECK.outOfRange.en ||
    message === READING_CHECK.diastolicNotBelowSystolic.en
  );
}
