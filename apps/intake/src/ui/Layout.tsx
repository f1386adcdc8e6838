// Every screen: a header (progress, language), the content, and a bottom bar that keeps Back
// and Next in the same place on every step.
import { startTransition, useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import { useSelector } from '@xstate/react';
import { useIntake, useLanguage } from '../intake-context';
import { afterPaint } from './focus';

export function Screen(props: { header?: ReactNode; children: ReactNode; bar?: ReactNode }) {
  return (
    <div className={`screen${props.bar ? ' has-bar' : ''}`}>
      <header className="top">
        <div className="top-progress">{props.header}</div>
        <LanguageSwitch />
      </header>
      <main id="main" className="content">
        {props.children}
      </main>
      {props.bar && (
        <nav className="bar" aria-label="Steps">
          <div className="bar-inner">{props.bar}</div>
        </nav>
      )}
    </div>
  );
}

function LanguageSwitch() {
  const actor = useIntake();
  const { language, s } = useLanguage();
  const other = language === 'en' ? 'es' : 'en';
  // The machine ignores it where a language makes no sense (sending); the button is always safe.
  const screenBusy = useSelector(actor, (snapshot) => snapshot.matches('submitting'));
  return (
    <button
      type="button"
      className="language"
      lang={other}
      disabled={screenBusy}
      onClick={() => actor.send({ type: 'SET_LANGUAGE', language: other })}
    >
      {s.switchLanguage}
    </button>
  );
}

export function Progress(props: { index: number; total: number; label: string; section?: string }) {
  const percent = props.total > 0 ? Math.round((props.index / props.total) * 100) : 0;
  return (
    <div className="progress">
      <p className="progress-text">
        {props.section && <span className="progress-section">{props.section}</span>}
        <span>{props.label}</span>
      </p>
      <div className="progress-track" aria-hidden="true">
        {/* Scaled, not resized: its animation after a Next runs on the compositor, with no layout. */}
        <div className="progress-fill" style={{ transform: `scaleX(${percent / 100})` }} />
      </div>
    </div>
  );
}

/**
 * A step's box. Drawn ahead it is laid out at the shown step's width, over it, and painted but
 * transparent; it takes no room and is out of reach of touch, keyboard and assistive technology
 * (inert, aria-hidden). Shown, only this box changes: what is inside keeps its layout and its
 * pixels. Left, it is not displayed at all until it is taken down after the new step's paint. The
 * review's box is the same.
 */
export function StepSlot({
  mode,
  children,
}: {
  mode: 'shown' | 'ahead' | 'left';
  children: ReactNode;
}) {
  return (
    <div
      className={mode === 'shown' ? 'step-slot' : `step-slot ${mode}`}
      inert={mode !== 'shown' || undefined}
      aria-hidden={mode === 'ahead' || undefined}
    >
      {children}
    </div>
  );
}

/**
 * Takes down a box left behind (StepSlot "left") once the screen shown instead is painted, at low
 * priority: its fields letting go of their form would otherwise run inside the patient's tap.
 */
export function useTakenDownAfterPaint(left: unknown, takeDown: () => void): void {
  const onPainted = useEffectEvent(() => startTransition(takeDown));
  useEffect(() => {
    if (!left) return;
    const timer = afterPaint(onPainted);
    return () => timer.cancel();
  }, [left]);
}

/**
 * `value`, taken up at low priority once the frame showing the current screen is on screen: work
 * drawn ahead (the step Next most likely leads to) then never competes with that frame. Unlike
 * `useDeferredValue`, which starts right after the commit, before the frame is even painted.
 */
export function useAfterPaint<T>(value: T, initial: T): T {
  const [taken, setTaken] = useState(initial);
  useEffect(() => {
    if (Object.is(value, taken)) return;
    const timer = afterPaint(() => startTransition(() => setTaken(value)));
    return () => timer.cancel();
  }, [value, taken]);
  return taken;
}
