// Banners every staff screen shows: urgent flags (with sound), live-connection state, idle warning.
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type RefObject,
} from 'react';
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
  const entries = [...urgent.entries()];
  const names = new Map(
    (triage.data?.items ?? []).map((item) => [item.id, patientName(item.patient)]),
  );
  const list = useRef<HTMLUListElement>(null);
  const scrolls = useOverflows(list, `${locked} ${entries.length}`);
  if (total === 0) return null;
  const patients = entries.length === 1 ? '1 patient' : `${entries.length} patients`;
  return (
    <section
      className={entries.length > 1 && !locked ? 'urgent-banner several' : 'urgent-banner'}
      role="alert"
      aria-labelledby="urgent-banner-title"
      data-testid="urgent-banner"
      data-tones-played={tonesPlayed}
    >
      <div className="urgent-banner-title">
        <h2 id="urgent-banner-title">
          {total === 1
            ? '1 urgent flag needs a person now'
            : `${total} urgent flags need a person now`}
        </h2>
        {/* How many people, beside how many flags: with a long list only a few lines show. */}
        {!locked && entries.length > 1 && (
          <p data-testid="urgent-banner-patients">
            {patients}
            {scrolls && <span className="urgent-banner-hint"> · scroll the list for all</span>}
          </p>
        )}
      </div>
      {locked ? (
        <p>Unlock the screen to see who.</p>
      ) : (
        // The banner sticks to the top of the window, so it never grows past about a third of it:
        // a busy clinic's list scrolls inside it (reached by Tab, so by keyboard too) instead of
        // hiding the page under it.
        <ul
          ref={list}
          tabIndex={scrolls ? 0 : undefined}
          aria-label={`${patients} with urgent flags not yet acknowledged`}
        >
          {/* "urgent flags" is in the heading: each line names who and how many, short enough
              to stay one line beside it on a tablet. */}
          {entries.map(([id, count]) => (
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

/** Whether the element's content is taller than its box (it scrolls), kept up to date. */
function useOverflows(ref: RefObject<HTMLElement | null>, content: string): boolean {
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return setOverflows(false);
    const update = () => setOverflows(element.scrollHeight > element.clientHeight + 1);
    update();
    // The list's box keeps its capped height as lines are added, so watch the lines too; the
    // cap follows the window's height.
    const observer = new ResizeObserver(update);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  }, [ref, content]);
  return overflows;
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
