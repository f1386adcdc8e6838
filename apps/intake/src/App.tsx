// Routes the flow machine's screen to a component. The machine decides where the patient is;
// components only send it events.
import { lazy, Suspense, useEffect } from 'react';
import { useSelector } from '@xstate/react';
import {
  selectCurrentStep,
  selectInactivityWarning,
  selectScreen,
} from '@preflight/screening/intake-machine';
import { IntakeContext, useIntake, useLanguage } from './intake-context';
import type { IntakeActor } from './intake-actor';
import { LockScreen } from './screens/LockScreen';
import {
  CancelledScreen,
  ConfirmIdentityScreen,
  DoneScreen,
  InactivityDialog,
  QueuedScreen,
  SendingScreen,
} from './screens/StatusScreens';

// The questions load while the patient types the code and birth date.
const loadQuestions = () => import('./screens/QuestionnaireScreens');
const QuestionnaireScreens = lazy(loadQuestions);

export function App({ actor }: { actor: IntakeActor }) {
  return (
    <IntakeContext.Provider value={actor}>
      <Router />
    </IntakeContext.Provider>
  );
}

function Router() {
  const actor = useIntake();
  const screen = useSelector(actor, selectScreen);
  // The id alone: the step object is new on every snapshot (a touch, a draft save) and would
  // redraw the whole screen each time.
  const stepId = useSelector(actor, (snapshot) => selectCurrentStep(snapshot)?.id ?? null);
  const warning = useSelector(actor, selectInactivityWarning);
  const { language, s } = useLanguage();

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = s.appTitle;
  }, [language, s.appTitle]);

  useEffect(() => {
    const prefetch = () => {
      void loadQuestions().then((m) => m.warmUp());
    };
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    idle(prefetch);
  }, []);

  // Any touch or key counts as the patient still being there (at most once a second).
  useEffect(() => {
    let last = 0;
    const onActivity = (event: Event) => {
      // The warning's own button answers it (STILL_HERE); closing it on pointerdown would pull
      // the button away mid-tap.
      if (event.target instanceof Element && event.target.closest('[role="alertdialog"]')) return;
      const now = Date.now();
      if (now - last < 1000) return;
      last = now;
      // Told just after the touch's own task: a tap's touchstart is answered (and Chrome can go on
      // to the click) without waiting for the machine.
      setTimeout(() => actor.send({ type: 'ACTIVITY' }), 0);
    };
    const events = ['pointerdown', 'keydown', 'input'] as const;
    for (const type of events)
      window.addEventListener(type, onActivity, { passive: true, capture: true });
    return () => {
      for (const type of events) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [actor]);

  let content;
  switch (screen) {
    case 'locked':
    case 'unlocking':
    case 'timedOut':
    case 'timingOut':
      content = <LockScreen />;
      break;
    case 'confirmIdentity':
      content = <ConfirmIdentityScreen />;
      break;
    case 'answering':
      content = stepId ? <QuestionnaireScreens stepId={stepId} /> : null;
      break;
    case 'review':
      content = <QuestionnaireScreens review />;
      break;
    case 'submitting':
      content = <SendingScreen />;
      break;
    case 'offlineQueued':
      content = <QueuedScreen />;
      break;
    case 'done':
      content = <DoneScreen />;
      break;
    case 'cancelled':
      content = <CancelledScreen />;
      break;
  }
  return (
    <>
      <Suspense fallback={<div className="loading" aria-busy="true" />}>{content}</Suspense>
      {warning && (screen === 'answering' || screen === 'review') && <InactivityDialog />}
    </>
  );
}
