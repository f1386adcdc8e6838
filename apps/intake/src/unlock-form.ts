// Checks on the lock screen's fields, before anything is sent.

export type BirthDateResult =
  | { ok: true; iso: string }
  | { ok: false; error: 'dateMissing' | 'yearShape' | 'dateInvalid' | 'dateFuture' };

const digits = (text: string) => text.trim().replace(/\s+/g, '');

/** Three boxes → an ISO date; `today` is `YYYY-MM-DD` on the tablet's calendar. */
export function parseBirthDate(
  parts: { month: string; day: string; year: string },
  today: string,
): BirthDateResult {
  const month = digits(parts.month);
  const day = digits(parts.day);
  const year = digits(parts.year);
  if (!month || !day || !year) return { ok: false, error: 'dateMissing' };
  if (!/^\d{4}$/.test(year)) return { ok: false, error: 'yearShape' };
  if (!/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day))
    return { ok: false, error: 'dateInvalid' };
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (
    m < 1 ||
    m > 12 ||
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== m - 1 ||
    date.getUTCDate() !== d ||
    y < 1900
  ) {
    return { ok: false, error: 'dateInvalid' };
  }
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (iso > today) return { ok: false, error: 'dateFuture' };
  return { ok: true, iso };
}

/** Codes are 6 letters and digits; spaces and dashes a patient may type are ignored. */
export function checkCode(
  raw: string,
): { ok: true; code: string } | { ok: false; error: 'codeMissing' | 'codeShape' } {
  const code = raw.replace(/[\s-]/g, '').toUpperCase();
  if (code === '') return { ok: false, error: 'codeMissing' };
  if (!/^[A-Z0-9]{6}$/.test(code)) return { ok: false, error: 'codeShape' };
  return { ok: true, code };
}

/** The tablet's local calendar date. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
