// Banners every staff screen shows: urgent flags (with sound), live-connection state, idle warning.
import { useEffect, useSyncExternalStore } from 'react';
import { disableSound, enableSound, soundEnabled, subscribeSound } from '../lib/alert-sound';
import { patientName } from '../lib/format';
import { Link } from '../lib/router';
import { useTriage } from '../lib/triage';
import { useLiveEvents } from '../session/live-events';
import { useSession } from '../session/session';

export function SoundToggle({ className }: { className?: string }) {
  const on = useSyncExternalStore(subscribeSound, soundEnabled);
  return on ? (
    <button type="button" className={`link-button ${className ?? ''}`} onClick={disableSound}>
      Turn sound off
    </button>
  ) : (
    <button
      type="button"
      className={`sound-button ${className ?? ''}`}
      onClick={() => void enableSound()}
    >
      Enable sound for urgent flags
    </button>
  );
}

export function UrgentBanner() {
  const { locked } = useSession();
  const { urgent, reconcileUrgent, tonesPlayed } = useLiveEvents();
  const triage = useTriage(!locked);
  const soundOn = useSyncExternalStore(subscribeSound, soundEnabled);

  useEffect(() => {
    if (triage.data)
      reconcileUrgent(
        triage.data.items.map((item) => ({ id: item.id, urgent: item.openFlags.urgent })),
        triage.data.nextCursor === null,
      );
  }, [triage.data, reconcileUrgent]);

  const total = [...urgent.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const names = new Map(
    (triage.data?.items ?? []).map((item) => [item.id, patientName(item.patient)]),
  );
  return (
    <section
      className="urgent-banner"
      role="alert"
      aria-labelledby="urgent-banner-title"
      data-testid="urgent-banner"
      data-tones-played={tonesPlayed}
    >
      <h2 id="urgent-banner-title">
        {total === 1
          ? '1 urgent flag needs a person now'
          : `${total} urgent flags need a person now`}
      </h2>
      {locked ? (
        <p>Unlock the screen to see who.</p>
      ) : (
        <ul>
          {/* "urgent flags" is in the heading: each line names who and how many, short enough
              to stay one line beside it on a tablet. */}
          {[...urgent.entries()].map(([id, count]) => (
            <li key={id} data-submission-id={id}>
              <Link to={`/submissions/${id}`}>{names.get(id) ?? 'Open the submission'}</Link> —{' '}
              {count} not yet acknowledged
            </li>
          ))}
        </ul>
      )}
      {/* The header's switch scrolls away; this one stays with the alert, named apart from it so
          a screen reader's list of buttons does not hold two of the same name. */}
      {!soundOn && (
        <button type="button" className="sound-button" onClick={() => void enableSound()}>
          Turn sound on
        </button>
      )}
    </section>
  );
}

export function ConnectionBanner() {
  const { connection } = useLiveEvents();
  if (connection === 'lost')
    return (
      <div className="connection-banner lost" role="alert">
        <strong>Live updates lost.</strong> Reconnecting… The queue and urgent alerts may be out of
        date until this message goes away.
      </div>
    );
  return (
    <div
      role="status"
      className={connection === 'restored' ? 'connection-banner restored' : 'sr-only'}
    >
      {connection === 'restored' ? 'Live updates are back. The screen is up to date.' : ''}
    </div>
  );
}

export function IdleWarning() {
  const { lockWarningIn, stayActive } = useSession();
  if (lockWarningIn === null) return null;
  const seconds = Math.ceil(lockWarningIn / 1000);
  return (
    <div
      className="idle-warning"
      role="alertdialog"
      aria-labelledby="idle-title"
      aria-describedby="idle-text"
    >
      <h2 id="idle-title">Still there?</h2>
      <p id="idle-text">
        The screen locks in {seconds} seconds to hide patient data. Unlocking needs your password.
      </p>
      <button type="button" className="primary" onClick={stayActive} autoFocus>
        Keep working
      </button>
    </div>
  );
}
