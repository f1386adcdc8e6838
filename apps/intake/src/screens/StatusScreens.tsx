// The short screens around the questions: "Are you …?", sending, saved on the tablet, thanks,
// please see staff, and the inactivity warning. None shows an answer, a flag or a score.
import { useEffect, useRef, useState } from 'react';
import { useSelector } from '@xstate/react';
import { DONE_SCREEN, NAVIGATION } from '@preflight/screening';
import { selectGivenName, selectOfflineRetry } from '@preflight/screening/intake-machine';
import { useIntake, useLanguage } from '../intake-context';
import { Screen } from '../ui/Layout';
import { tr as localize } from '../ui/text';

function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return ref;
}

export function ConfirmIdentityScreen() {
  const actor = useIntake();
  const { s } = useLanguage();
  const name = useSelector(actor, selectGivenName) ?? '';
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <Screen>
      <div className="narrow center">
        <h1 ref={heading} tabIndex={-1}>
          {s.areYou(name)}
        </h1>
        <p>{s.identityHint}</p>
        <div className="identity-buttons">
          <button
            type="button"
            className="button-primary button-wide"
            onClick={() => actor.send({ type: 'IDENTITY.YES' })}
          >
            {s.yesThatsMe}
          </button>
          <button
            type="button"
            className="button-secondary button-wide"
            onClick={() => actor.send({ type: 'IDENTITY.NO' })}
          >
            {s.noNotMe}
          </button>
        </div>
      </div>
    </Screen>
  );
}

export function SendingScreen() {
  const { s } = useLanguage();
  return (
    <Screen>
      <div className="narrow center" role="status">
        <div className="spinner" aria-hidden="true" />
        <h1>{s.sendingTitle}</h1>
        <p>{s.sendingBody}</p>
      </div>
    </Screen>
  );
}

export function QueuedScreen() {
  const actor = useIntake();
  const { s } = useLanguage();
  const retry = useSelector(actor, selectOfflineRetry);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <Screen>
      <div className="narrow center">
        <div className="saved-mark" aria-hidden="true">
          ✓
        </div>
        <h1 ref={heading} tabIndex={-1}>
          {s.queuedTitle}
        </h1>
        <p>{s.queuedBody}</p>
        <p className="muted" role="status">
          {retry?.sending ? s.queuedSending : ''}
        </p>
        {retry?.queueFailed && (
          <p className="form-alert" role="alert">
            {s.queuedFailed}
          </p>
        )}
        <button
          type="button"
          className="button-secondary button-wide"
          disabled={retry?.sending}
          onClick={() => actor.send({ type: 'RETRY' })}
        >
          {s.tryNow}
        </button>
        {!retry?.queueFailed && (
          <button
            type="button"
            className="button-quiet staff-button"
            onClick={() => actor.send({ type: 'RESET' })}
          >
            {s.staffNextPatient}
          </button>
        )}
      </div>
    </Screen>
  );
}

/** The end of a visit on the tablet: what happened, 988, and staff's button to clear it. */
function ClosingScreen(props: { saved?: boolean; title: string; lead: string; notice?: string }) {
  const actor = useIntake();
  const { language, s } = useLanguage();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <Screen>
      <div className="narrow center">
        {props.saved && (
          <div className="saved-mark" aria-hidden="true">
            ✓
          </div>
        )}
        <h1 ref={heading} tabIndex={-1}>
          {props.title}
        </h1>
        <p className="lead">{props.lead}</p>
        <aside className="crisis" aria-label="988">
          <p>{localize(DONE_SCREEN.crisis, language)}</p>
        </aside>
        {props.notice && <p className="muted">{props.notice}</p>}
        <button
          type="button"
          className="button-quiet staff-button"
          onClick={() => actor.send({ type: 'RESET' })}
        >
          {s.doneStaff}
        </button>
      </div>
    </Screen>
  );
}

export function DoneScreen() {
  const { language } = useLanguage();
  const t = (text: { en: string; es: string }) => localize(text, language);
  return (
    <ClosingScreen
      saved
      title={t(DONE_SCREEN.title)}
      lead={t(DONE_SCREEN.body)}
      notice={t(DONE_SCREEN.resetNotice)}
    />
  );
}

export function CancelledScreen() {
  const { s } = useLanguage();
  return <ClosingScreen title={s.cancelledTitle} lead={s.cancelledBody} />;
}

/** 3 minutes without a touch: a calm question and one big button. */
export function InactivityDialog() {
  const actor = useIntake();
  const { language, s } = useLanguage();
  const button = useRef<HTMLButtonElement>(null);
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  useEffect(() => {
    button.current?.focus();
    return () => opener?.focus?.({ preventScroll: true });
  }, [opener]);
  return (
    <div className="overlay">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="still-here-title"
        aria-describedby="still-here-body"
      >
        <h2 id="still-here-title">{s.stillHereTitle}</h2>
        <p id="still-here-body">{s.stillHereBody}</p>
        <button
          ref={button}
          type="button"
          className="button-primary button-huge"
          onClick={() => actor.send({ type: 'STILL_HERE' })}
        >
          {localize(NAVIGATION.stillHere, language)}
        </button>
      </div>
    </div>
  );
}
