// The guided 5-minute rest before the first blood-pressure reading. While it runs the machine
// suspends the inactivity lock (a resting patient touches nothing). A patient who has already
// sat quietly for 5 minutes (in the waiting room) may end it, or go straight on with Next: the
// rest is guidance, not a gate, and a forced wait makes an anxious patient more anxious.
import { useEffect, useState } from 'react';
import { useSelector } from '@xstate/react';
import { BLOOD_PRESSURE_HOW_TO } from '@preflight/screening';
import { REST_MS, selectResting } from '@preflight/screening/intake-machine';
import { useIntake, useLanguage } from '../intake-context';

function clock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

export function RestPanel() {
  const actor = useIntake();
  const { language, s } = useLanguage();
  const resting = useSelector(actor, selectResting);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const finished = startedAt !== null && !resting;

  useEffect(() => {
    if (!resting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [resting]);

  if (resting && startedAt !== null) {
    const left = REST_MS - (now - startedAt);
    const [before, after] = BLOOD_PRESSURE_HOW_TO.restCountdown[language].split('{time}');
    return (
      <section className="rest rest-running" aria-labelledby="rest-title">
        <h2 id="rest-title">{before?.trim()}</h2>
        <p className="rest-clock">
          <span role="timer" aria-labelledby="rest-title">
            {clock(left)}
          </span>
          {after}
        </p>
        <div
          className="rest-track"
          aria-hidden="true"
          style={{ ['--rest-left' as string]: `${Math.max(0, left / REST_MS) * 100}%` }}
        >
          <div className="rest-fill" />
        </div>
        <button
          type="button"
          className="button-secondary"
          onClick={() => actor.send({ type: 'REST.END' })}
        >
          {s.rest.skip}
        </button>
      </section>
    );
  }
  return (
    <section className="rest" aria-label={s.rest.start}>
      {finished && (
        <p className="rest-over" role="status">
          {s.rest.over}
        </p>
      )}
      {!finished && (
        <button
          type="button"
          className="button-primary rest-start"
          onClick={() => {
            setStartedAt(Date.now());
            setNow(Date.now());
            actor.send({ type: 'REST.START' });
          }}
        >
          {s.rest.start}
        </button>
      )}
    </section>
  );
}
