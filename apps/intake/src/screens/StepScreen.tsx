// One step of the questionnaire: a short group of questions, Back and Next in the bottom bar.
import {
  memo,
  startTransition,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type RefObject,
} from 'react';
import { get } from 'react-hook-form';
import { useSelector } from '@xstate/react';
import {
  ALL_STEPS,
  findStep,
  itemsOfStep,
  localize,
  NAVIGATION,
  SECTIONS,
  stepDraftSchema,
  stepSchema,
  type Step,
} from '@preflight/screening';
import {
  mergeAnswers,
  selectAnswers,
  selectCurrentStep,
  selectDraftStatus,
  selectEditingFromReview,
  selectProgress,
  type IntakeAnswers,
  type IntakeLanguage,
} from '@preflight/screening/intake-machine';
import { useIntake, useLanguage, useVisit } from '../intake-context';
import {
  changedPaths,
  drawnAhead,
  nextShowsDrawnAhead,
  prepareDrawAhead,
  reviewIsNext,
  upcomingStepId,
} from '../questionnaire/draw-ahead';
import { heldBackItems, NOTHING_HELD } from '../questionnaire/first-screen';
import { DrawnAhead, HeldBack, QuestionItem } from '../questionnaire/ItemField';
import { useStepForm } from '../questionnaire/use-step-form';
import { afterPaint, focusFirstError, toTop } from '../ui/focus';
import { useSubmitOnLift } from '../ui/submit-on-lift';
import { Progress, Screen, StepSlot, useAfterPaint, useTakenDownAfterPaint } from '../ui/Layout';
import { RestPanel } from './RestPanel';

const KEEP_TYPED_AFTER_MS = 800;
/** Before the review drawn ahead: soon, so it shows the last answers by the time Next is tapped. */
const KEEP_FOR_REVIEW_AFTER_MS = 100;

/**
 * Each step's check is built, and zod's parsers warmed, the first time it is used: do it for every
 * step while the patient is still on the lock screen, not on their Nexts. The same for what Next
 * asks of the step drawn ahead.
 */
export function warmUp(): void {
  prepareDrawAhead();
  const visit = { plannedTreatment: 'other' };
  const answers = {
    about: {},
    cardio: {},
    health: {},
    vitals: { readings: [] },
    meds: { list: [] },
    mood: { phq9: {}, gad7: {} },
    attest: {},
  };
  for (const { id } of ALL_STEPS) {
    stepSchema(id, visit).safeParse(answers);
    stepDraftSchema(id, visit).safeParse(answers);
  }
}

/** Values the form starts from: the answers so far, plus an empty first row where a list starts. */
function defaultsFor(step: Step, answers: IntakeAnswers): IntakeAnswers {
  const defaults = structuredClone(answers);
  for (const { item } of itemsOfStep(step.id)) {
    const [section, key] = item.linkId.split('.') as [string, string];
    const sectionAnswers = (defaults[section] ??= {}) as Record<string, unknown>;
    if (item.type === 'readings' && !Array.isArray(sectionAnswers[key])) sectionAnswers[key] = [{}];
    if (item.type === 'quantity' && sectionAnswers[key] === undefined) {
      sectionAnswers[key] = { unit: item.units[0]?.value };
    }
  }
  return defaults;
}

/** The frame (progress, Back/Next bar) stays put from step to step; only the form changes. */
export function StepScreen({
  stepId,
  left = false,
  reviewAhead,
}: {
  stepId: string;
  left?: boolean;
  /** The review, drawn ahead of this step's Next (see QuestionnaireScreens). */
  reviewAhead?: ReviewAhead;
}) {
  const actor = useIntake();
  const { language, s } = useLanguage();
  // A new object per snapshot: compared by value, so a draft save or a touch does not redraw it.
  const progress = useSelector(actor, selectProgress, sameProgress);
  const editing = useSelector(actor, selectEditingFromReview);
  const draftStatus = useSelector(actor, selectDraftStatus);
  const back = useRef<() => void>(() => undefined);
  const forward = useRef<Forward>(NO_FORWARD);
  const fingerOnNext = useRef<FingerOnNext>(NO_FINGER);
  const submitOnLift = useSubmitOnLift(() => fingerOnNext.current.lift());
  const visit = useVisit();
  const upcomingNow = useSelector(actor, (snapshot) =>
    editing ? null : upcomingStepId(stepId, selectAnswers(snapshot), visit),
  );
  // Drawn after the step Next shows, at low priority (a tap meanwhile is not held up).
  const deferredUpcoming = useAfterPaint(upcomingNow, null);
  const upcomingId = deferredUpcoming === stepId ? null : deferredUpcoming;
  // A step left (by Next or Back) is drawn afresh when it comes again, as a new form. The form
  // left stays a moment, not displayed: taking it down (its fields letting go of the form, each
  // one copying the form's state) waits until the new step is painted.
  const [trail, setTrail] = useState({
    at: stepId,
    left: {} as Readonly<Record<string, number>>,
    leaving: null as { step: string; key: string } | null,
  });
  // The step drawn ahead, shown by Next in the patient's tap before the machine has moved to it.
  const [shownAhead, setShownAhead] = useState<ShownAhead | null>(null);
  const nextPending = useRef(false);
  if (trail.at !== stepId) {
    const times = trail.left[trail.at] ?? 0;
    setTrail({
      at: stepId,
      left: { ...trail.left, [trail.at]: times + 1 },
      leaving: { step: trail.at, key: `${trail.at}#${times}` },
    });
    setShownAhead(null);
  }
  const keyOf = (id: string) => `${id}#${trail.left[id] ?? 0}`;
  useTakenDownAfterPaint(trail.leaving, () =>
    setTrail((now) => (now.leaving ? { ...now, leaving: null } : now)),
  );
  const step = findStep(stepId);
  const upcoming = upcomingId ? findStep(upcomingId) : undefined;
  // Not a second copy of a step left by Back (same field ids) until that one is gone.
  const ahead =
    upcoming && upcoming.id !== trail.leaving?.step && drawnAhead(upcoming.items)
      ? upcoming
      : undefined;
  const leaving = trail.leaving ? findStep(trail.leaving.step) : undefined;
  const showingAhead = ahead !== undefined && shownAhead?.stepId === ahead.id;

  // Next with answers that pass. Where they lead to the step drawn ahead (or the review drawn
  // ahead, showing just these answers), it is shown at once: only boxes change inside the tap. The
  // machine (the answers, the draft's save, the step after) is told once that is painted, and
  // redraws nothing on screen then. Taps in between (a second Next, Back) are dropped: they would
  // act on the step left.
  const planned = useRef<NextPlan | null>(null);
  useEffect(() => {
    // What Next shows for these answers, if drawn ahead. Worked out when a finger lands on Next
    // too (see FingerOnNext), and kept for its lift.
    const plan = (patch: IntakeAnswers): NextShows => {
      const answers = selectAnswers(actor.getSnapshot());
      const aheadId = ahead && !editing ? ahead.id : null;
      const kept = planned.current;
      if (kept?.patch === patch && kept.answers === answers && kept.aheadId === aheadId) {
        return kept.shows;
      }
      const merged = mergeAnswers(answers, patch);
      let shows: NextShows = null;
      if (aheadId) {
        const progress = nextShowsDrawnAhead(stepId, aheadId, merged, visit);
        if (progress) shows = { stepId: aheadId, progress };
      } else if (!editing && reviewAhead?.shows(merged) && reviewIsNext(stepId, merged, visit)) {
        shows = 'review';
      }
      planned.current = { patch, answers, aheadId, shows };
      return shows;
    };
    forward.current = {
      plan,
      next: (patch) => {
        if (nextPending.current) return;
        toTop();
        const shows = plan(patch);
        planned.current = null;
        if (!shows) {
          actor.send({ type: 'NEXT', answers: patch });
          return;
        }
        nextPending.current = true;
        if (shows === 'review') reviewAhead?.show();
        else setShownAhead(shows);
        afterPaint(() => {
          nextPending.current = false;
          actor.send({ type: 'NEXT', answers: patch });
          // The machine did not move (it was locking, say): the step it is on is shown again.
          if (selectCurrentStep(actor.getSnapshot())?.id !== stepId) return;
          setShownAhead(null);
          reviewAhead?.hide();
        });
      },
    };
  });

  if (!step) return null;
  const shownStep = showingAhead ? ahead : step;
  const shownProgress = showingAhead ? shownAhead.progress : progress;
  const section = SECTIONS.find((candidate) => candidate.id === shownStep.sectionId);
  const t = (text: { en: string; es: string }) => localize(text, language);
  return (
    <Screen
      header={
        <Progress
          index={shownProgress.index}
          total={shownProgress.total}
          label={s.progress(shownProgress.index + 1, shownProgress.total)}
          section={section ? t(section.title) : undefined}
        />
      }
      bar={
        <>
          <button
            type="button"
            className="button-secondary nav-back"
            onClick={() => {
              if (!nextPending.current) back.current();
            }}
            disabled={shownProgress.index === 0 && !editing}
          >
            <span aria-hidden="true">←</span> {t(NAVIGATION.back)}
          </button>
          <SaveStatus status={draftStatus} />
          <button
            type="submit"
            form={formIdOf(shownStep.id)}
            className="button-primary nav-next"
            {...submitOnLift}
            onPointerDown={(event) => {
              submitOnLift.onPointerDown(event);
              if (event.pointerType === 'touch') fingerOnNext.current.down();
            }}
            onPointerUp={(event) => {
              submitOnLift.onPointerUp(event);
              fingerOnNext.current.up();
            }}
            onPointerCancel={() => {
              submitOnLift.onPointerCancel();
              fingerOnNext.current.up();
            }}
          >
            {t(NAVIGATION.next)} <span aria-hidden="true">→</span>
          </button>
        </>
      }
    >
      {/* Keyed by step: a new step is a new form; a language switch keeps the same one. The step
          Next most likely leads to is drawn ahead, hidden but laid out, while this one is
          answered: Next then only has to show it (no style or layout of a new page first). The
          step left stays before it in the page, so no step moves on Next, and (once the machine
          has moved) without its heading, so the shown step's heading is the first one. */}
      {leaving && trail.leaving && (
        <StepSlot key={trail.leaving.key} mode="left">
          <StepForm
            step={leaving}
            back={back}
            forward={forward}
            fingerOnNext={fingerOnNext}
            editing={false}
            ahead
            left
          />
        </StepSlot>
      )}
      <StepSlot key={keyOf(stepId)} mode={showingAhead ? 'left' : 'shown'}>
        <StepForm
          step={step}
          back={back}
          forward={forward}
          fingerOnNext={fingerOnNext}
          editing={editing}
          ahead={left}
          left={left}
          reviewAhead={reviewAhead !== undefined}
        />
      </StepSlot>
      {ahead && (
        <StepSlot key={keyOf(ahead.id)} mode={showingAhead ? 'shown' : 'ahead'}>
          <StepForm
            step={ahead}
            back={back}
            forward={forward}
            fingerOnNext={fingerOnNext}
            editing={false}
            ahead
          />
        </StepSlot>
      )}
    </Screen>
  );
}

type StepProgress = { index: number; total: number };
type ShownAhead = { stepId: string; progress: StepProgress };

/** The review drawn ahead of the last step's Next: whether it shows just these answers; show it. */
export type ReviewAhead = {
  shows: (answers: IntakeAnswers) => boolean;
  show: () => void;
  hide: () => void;
};

/** What Next shows at once, drawn ahead: a step (at its place in the progress), the review, none. */
type NextShows = ShownAhead | 'review' | null;

/** Next with answers that pass (see StepScreen); `plan` is what it shows, worked out early. */
type Forward = {
  plan: (patch: IntakeAnswers) => NextShows;
  next: (patch: IntakeAnswers) => void;
};
const NO_FORWARD: Forward = { plan: () => null, next: () => undefined };
type NextPlan = {
  patch: IntakeAnswers;
  answers: IntakeAnswers;
  aheadId: string | null;
  shows: NextShows;
};

/**
 * A finger on Next: the step's check and where Next leads are worked out as it lands (a tap lasts
 * about a tenth of a second), so its lift only has to show the next step. Kept for that lift only.
 */
type FingerOnNext = { down: () => void; lift: () => void; up: () => void };
const NO_FINGER: FingerOnNext = {
  down: () => undefined,
  lift: () => undefined,
  up: () => undefined,
};

const sameProgress = (a: { index: number; total: number }, b: { index: number; total: number }) =>
  a.index === b.index && a.total === b.total;

const formIdOf = (stepId: string) => `step-${stepId}`;

/** Not re-rendered by the frame (progress, save status): only by its own form and language. */
const StepForm = memo(function StepForm({
  step,
  back,
  forward,
  fingerOnNext,
  editing,
  ahead,
  left = false,
  reviewAhead = false,
}: {
  step: Step & { sectionId: string };
  back: RefObject<() => void>;
  forward: RefObject<Forward>;
  fingerOnNext: RefObject<FingerOnNext>;
  editing: boolean;
  /** Drawn ahead, hidden: nothing of it is announced, focused, saved or waited for until shown. */
  ahead: boolean;
  /** Left, not displayed until it is taken down: without its heading (the shown one is first). */
  left?: boolean;
  /** The review is drawn ahead of this step's Next (see QuestionnaireScreens). */
  reviewAhead?: boolean;
}) {
  const actor = useIntake();
  const { language, s } = useLanguage();
  const visit = useVisit();
  // Read, not subscribed: the draft kept while typing must not re-render every question.
  const answers = () => selectAnswers(actor.getSnapshot());
  const schema = stepSchema(step.id, visit);
  const [drawn] = useState(() => {
    const from = answers();
    return { from, defaults: defaultsFor(step, from) };
  });
  const { form, draftPatch, checkedPatch } = useStepForm({
    schema,
    draftSchema: stepDraftSchema(step.id, visit),
    defaults: drawn.defaults,
  });
  // Drawn ahead while the step before was still being answered: when shown, before its first
  // paint, the form takes what changed since (conditions and the step's check read all answers).
  const drawnFrom = useRef(drawn.from);
  useLayoutEffect(() => {
    if (ahead) return;
    const now = answers();
    if (now === drawnFrom.current) return;
    const paths = changedPaths(drawnFrom.current, now);
    // Only the sections that changed (the step before's, as a rule) are copied.
    const changed: IntakeAnswers = {};
    for (const path of paths) {
      const section = path.slice(0, path.indexOf('.'));
      if (section in now) changed[section] = now[section];
    }
    const fresh = defaultsFor(step, changed);
    for (const path of paths) form.setValue(path, get(fresh, path));
    drawnFrom.current = now;
    // When shown; `answers` reads the machine, `form` and `step` stay for this form's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ahead]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const t = (text: { en: string; es: string }) => localize(text, language);
  const formId = formIdOf(step.id);

  // A new step starts at its title, for screen readers and for the eye.
  useEffect(() => {
    if (ahead) return;
    // After the step is drawn: moving focus forces a layout the first paint need not wait for.
    const timer = afterPaint(() => headingRef.current?.focus({ preventScroll: true }));
    return () => timer.cancel();
  }, [ahead]);

  // Questions below the first screenful are drawn once it is painted, as a transition so a tap
  // meanwhile is not held up.
  // Drawn ahead too: the hidden step is then laid out in two shorter tasks, not one long one.
  const [heldBack, setHeldBack] = useState(() => heldBackItems(step.items));
  useEffect(() => {
    if (heldBack.size === 0) return;
    const timer = afterPaint(() => startTransition(() => setHeldBack(NOTHING_HELD)));
    return () => timer.cancel();
  }, [heldBack]);

  // The step's check made when a finger landed on Next (see FingerOnNext); dropped on any change.
  const checkedOnPress = useRef<{ patch: IntakeAnswers | null } | null>(null);
  const latestDraftPatch = useRef(draftPatch);
  latestDraftPatch.current = draftPatch;
  const keepAfterMs = useRef(KEEP_TYPED_AFTER_MS);
  keepAfterMs.current = reviewAhead ? KEEP_FOR_REVIEW_AFTER_MS : KEEP_TYPED_AFTER_MS;
  const { watch } = form;
  // Keep what is on screen in the machine as the patient types (a touch is activity anyway), so
  // the draft saved at the inactivity lock has it.
  useEffect(() => {
    if (ahead) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = watch(() => {
      checkedOnPress.current = null;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const patch = latestDraftPatch.current();
        if (patch) actor.send({ type: 'STEP.SAVE', answers: patch });
      }, keepAfterMs.current);
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [watch, actor, ahead]);

  // Only the step's answers (and removals of those it hid): the machine rebuilds one section.
  const next = (patch: IntakeAnswers) => forward.current.next(patch);
  const submitShowingErrors = form.handleSubmit(next, () => focusFirstError());
  // Answers that pass go on without the form's own submit: it would tell each field the form was
  // submitted, and the step left (kept until the new one is painted) would redraw every one of
  // them inside the tap. Otherwise the form's submit shows the errors and checks again as typed.
  // Also called straight by a finger's lift from Next (FingerOnNext), with no submit event.
  const onSubmit = (event?: FormEvent<HTMLFormElement>) => {
    const patch = checkedOnPress.current ? checkedOnPress.current.patch : checkedPatch();
    checkedOnPress.current = null;
    if (!patch) return submitShowingErrors(event);
    event?.preventDefault();
    next(patch);
  };
  const goBack = () => {
    const patch = draftPatch();
    if (patch) actor.send({ type: 'STEP.SAVE', answers: patch });
    toTop();
    actor.send({ type: 'BACK' });
  };
  const backToReview = form.handleSubmit(
    (parsed) => {
      actor.send({ type: 'STEP.SAVE', answers: parsed });
      toTop();
      actor.send({ type: 'REVIEW' });
    },
    () => focusFirstError(),
  );

  const hasErrors = Object.keys(form.formState.errors).length > 0;
  useEffect(() => {
    if (ahead) return;
    back.current = goBack;
    fingerOnNext.current = {
      down: () => {
        const patch = checkedPatch();
        checkedOnPress.current = { patch };
        if (patch) forward.current.plan(patch);
      },
      lift: () => void onSubmit(),
      // After the lift's submit, if any: a later Next checks afresh.
      up: () => {
        checkedOnPress.current = null;
      },
    };
  });

  return (
    <>
      {!left && (
        <h1 ref={headingRef} tabIndex={-1}>
          {t(step.title)}
        </h1>
      )}
      {step.id === 'vitals.howTo' && step.intro ? (
        <HowTo intro={step.intro} language={language} />
      ) : (
        step.intro?.map((text) => <p key={text.en}>{t(text)}</p>)
      )}
      {step.id === 'vitals.howTo' && <RestPanel />}
      {/* Busy while questions are held back: assistive technology waits for the whole step. */}
      <form
        id={formId}
        noValidate
        onSubmit={onSubmit}
        autoComplete="off"
        aria-busy={(!ahead && heldBack.size > 0) || undefined}
      >
        {hasErrors && (
          <p className="form-alert" role="status">
            {s.fixErrors(countErrors(form.formState.errors))}
          </p>
        )}
        <DrawnAhead.Provider value={ahead}>
          <HeldBack.Provider value={heldBack}>
            {step.items.map((item) => (
              <QuestionItem
                key={item.linkId}
                item={item}
                form={form}
                language={language}
                visit={visit}
              />
            ))}
          </HeldBack.Provider>
        </DrawnAhead.Provider>
      </form>
      {editing && (
        <button type="button" className="button-secondary back-to-review" onClick={backToReview}>
          {s.backToReview}
        </button>
      )}
    </>
  );
});

function countErrors(errors: object): number {
  let count = 0;
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if ('message' in node && typeof (node as { message: unknown }).message === 'string') {
      count++;
      return;
    }
    for (const value of Object.values(node)) walk(value);
  };
  walk(errors);
  return Math.max(count, 1);
}

function HowTo({
  intro,
  language,
}: {
  intro: readonly { en: string; es: string }[];
  language: IntakeLanguage;
}) {
  const [first, ...steps] = intro;
  return (
    <div className="howto">
      {first && <p className="howto-before">{localize(first, language)}</p>}
      <ol className="howto-steps">
        {steps.map((text) => (
          <li key={text.en}>{localize(text, language)}</li>
        ))}
      </ol>
    </div>
  );
}

function SaveStatus({ status }: { status: string }) {
  const { s } = useLanguage();
  return (
    <p className="save-status" role="status">
      {status === 'saving' ? s.saving : status === 'retrying' ? s.saveRetrying : ''}
    </p>
  );
}
