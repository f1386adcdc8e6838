// The lock screen: visit code (prefilled from the QR code) and date of birth, in three boxes that
// bring up the number keypad.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSelector } from '@xstate/react';
import {
  selectLockError,
  selectNotice,
  selectPrefilledCode,
  selectScreen,
} from '@preflight/screening/intake-machine';
import { useIntake, useLanguage } from '../intake-context';
import { FieldError } from '../ui/ChoiceGroup';
import { describedBy } from '../ui/ids';
import { Screen } from '../ui/Layout';
import { checkCode, localToday, parseBirthDate } from '../unlock-form';

type DatePart = 'month' | 'day' | 'year';

const PLACEHOLDERS = {
  en: { month: 'MM', day: 'DD', year: 'YYYY' },
  es: { month: 'MM', day: 'DD', year: 'AAAA' },
} as const;

export function LockScreen() {
  const actor = useIntake();
  const { language, s } = useLanguage();
  const prefilled = useSelector(actor, selectPrefilledCode);
  const lockError = useSelector(actor, selectLockError);
  const notice = useSelector(actor, selectNotice);
  const checking = useSelector(actor, selectScreen) === 'unlocking';
  const [code, setCode] = useState(prefilled ?? '');
  const [date, setDate] = useState<Record<DatePart, string>>({ month: '', day: '', year: '' });
  const [codeError, setCodeError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const firstDateRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (lockError) alertRef.current?.focus();
  }, [lockError]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const codeResult = checkCode(code);
    const dateResult = parseBirthDate(date, localToday());
    setCodeError(codeResult.ok ? null : s[codeResult.error]);
    setDateError(dateResult.ok ? null : s[dateResult.error]);
    if (!codeResult.ok) return codeRef.current?.focus();
    if (!dateResult.ok) return firstDateRef.current?.focus();
    actor.send({ type: 'UNLOCK', code: codeResult.code, birthDate: dateResult.iso });
  };

  const order: DatePart[] = language === 'es' ? ['day', 'month', 'year'] : ['month', 'day', 'year'];
  const lockMessage =
    lockError === 'invalid'
      ? s.lockInvalid
      : lockError === 'rate_limited'
        ? s.lockRateLimited
        : lockError === 'network'
          ? s.lockNetwork
          : lockError === 'server'
            ? s.lockServer
            : null;
  const noticeMessage =
    notice === 'ask_staff'
      ? s.noticeAskStaff
      : notice === 'timed_out'
        ? s.noticeTimedOut
        : notice === 'timed_out_unsaved'
          ? s.noticeTimedOutUnsaved
          : null;

  return (
    <Screen>
      <div className="narrow">
        <h1>{s.welcome}</h1>
        {noticeMessage && (
          <p className="notice" role="status">
            {noticeMessage}
          </p>
        )}
        <p>{s.unlockIntro}</p>
        <form noValidate onSubmit={submit} autoComplete="off" className="unlock">
          <div className="question">
            <label className="question-text" htmlFor="visit-code">
              {s.code}
            </label>
            <p className="help" id="visit-code-help">
              {s.codeHint}
            </p>
            <input
              id="visit-code"
              type="text"
              ref={codeRef}
              className="code-input"
              value={code}
              onChange={(event) => setCode(event.target.value.toUpperCase())}
              autoCapitalize="characters"
              autoCorrect="off"
              spellCheck={false}
              maxLength={9}
              aria-required="true"
              aria-invalid={codeError ? true : undefined}
              aria-describedby={describedBy('visit-code-help', codeError && 'visit-code-error')}
            />
            {codeError && <FieldError id="visit-code-error" message={codeError} />}
          </div>
          <fieldset
            className="question"
            aria-describedby={describedBy(dateError && 'birth-date-error')}
          >
            <legend className="question-text">{s.birthDate}</legend>
            <div className="date-parts">
              {order.map((part, index) => (
                <div className={`date-part date-${part}`} key={part}>
                  <label htmlFor={`birth-${part}`}>{s[part]}</label>
                  <input
                    id={`birth-${part}`}
                    ref={index === 0 ? firstDateRef : undefined}
                    className="number-input"
                    type="text"
                    inputMode="numeric"
                    pattern="[0-9]*"
                    maxLength={part === 'year' ? 4 : 2}
                    placeholder={PLACEHOLDERS[language][part]}
                    value={date[part]}
                    onChange={(event) => {
                      const value = event.target.value.replace(/\D/g, '');
                      setDate((current) => ({ ...current, [part]: value }));
                    }}
                    aria-required="true"
                    aria-invalid={dateError ? true : undefined}
                    aria-describedby={describedBy(dateError && 'birth-date-error')}
                  />
                </div>
              ))}
            </div>
            {dateError && <FieldError id="birth-date-error" message={dateError} />}
          </fieldset>
          {lockMessage && (
            <p className="form-alert" role="alert" tabIndex={-1} ref={alertRef}>
              {lockMessage}
            </p>
          )}
          <button type="submit" className="button-primary button-wide" disabled={checking}>
            {checking ? s.checking : s.start}
          </button>
        </form>
      </div>
    </Screen>
  );
}
