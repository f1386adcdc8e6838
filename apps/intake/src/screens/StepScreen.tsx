// One step of the questionnaire: a short group of questions, Back and Next in the bottom bar.
import { memo, startTransition, useEffect, useRef, useState, type RefObject } from 'react';
import { useSelector } from '@xstate/react';
import {
  findStep,
  itemsOfStep,
  localize,
  NAVIGATION,
  SECTIONS,
  stepSchema,
  type Step,
} from '@preflight/screening';
import {
  selectAnswers,
  selectDraftStatus,
  selectEditingFromReview,
  selectProgress,
  type IntakeAnswers,
  type IntakeLanguage,
} from '@preflight/screening/intake-machine';
import { useIntake, useLanguage, useVisit } from '../intake-context';
import { heldBackItems, NOTHING_HELD } from '../questionnaire/first-screen';
import { HeldBack, QuestionItem } from '../questionnaire/ItemField';
import { replacementPatch } from '../questionnaire/step-form';
import { useStepForm } from '../questionnaire/use-step-form';
import { afterPaint, focusFirstError, toTop } from '../ui/focus';
import { Progress, Screen } from '../ui/Layout';
import { RestPanel } from './RestPanel';

const KEEP_TYPED_AFTER_MS = 800;

/**
 * zod compiles each object schema the first time it parses one: do it while the patient is still
 * on the lock screen, not on their first "Next".
 */
export function warmUp(): void {
  stepSchema('about.body', { plannedTreatment: 'other' }).safeParse({
    about: {},
    cardio: {},
    health: {},
    vitals: { readings: [] },
    meds: { list: [] },
    mood: { phq9: {}, gad7: {} },
    attest: {},
  });
}

// One schema per step and treatment, kept: a step visited again (Back, Change) reuses it.
const schemas = new Map<string, ReturnType<typeof stepSchema>>();
function schemaOf(stepId: string, visit: { plannedTreatment: string }) {
  const key = `${visit.plannedTreatment}|${stepId}`;
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = stepSchema(stepId, visit)));
  return schema;
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
export function StepScreen({ stepId }: { stepId: string }) {
  const actor = useIntake();
  const { language, s } = useLanguage();
  // A new object per snapshot: compared by value, so a draft save or a touch does not redraw it.
  const progress = useSelector(actor, selectProgress, sameProgress);
  const editing = useSelector(actor, selectEditingFromReview);
  const draftStatus = useSelector(actor, selectDraftStatus);
  const back = useRef<() => void>(() => undefined);
  const step = findStep(stepId);
  if (!step) return null;
  const section = SECTIONS.find((candidate) => candidate.id === step.sectionId);
  const t = (text: { en: string; es: string }) => localize(text, language);
  return (
    <Screen
      header={
        <Progress
          index={progress.index}
          total={progress.total}
          label={s.progress(progress.index + 1, progress.total)}
          section={section ? t(section.title) : undefined}
        />
      }
      bar={
        <>
          <button
            type="button"
            className="button-secondary nav-back"
            onClick={() => back.current()}
            disabled={progress.index === 0 && !editing}
          >
            <span aria-hidden="true">←</span> {t(NAVIGATION.back)}
          </button>
          <SaveStatus status={draftStatus} />
          <button type="submit" form={formIdOf(step.id)} className="button-primary nav-next">
            {t(NAVIGATION.next)} <span aria-hidden="true">→</span>
          </button>
        </>
      }
    >
      {/* Keyed by step: a new step is a new form; a language switch keeps the same one. */}
      <StepForm key={stepId} step={step} back={back} editing={editing} />
    </Screen>
  );
}

const sameProgress = (a: { index: number; total: number }, b: { index: number; total: number }) =>
  a.index === b.index && a.total === b.total;

const formIdOf = (stepId: string) => `step-${stepId}`;

/** Not re-rendered by the frame (progress, save status): only by its own form and language. */
const StepForm = memo(function StepForm({
  step,
  back,
  editing,
}: {
  step: Step & { sectionId: string };
  back: RefObject<() => void>;
  editing: boolean;
}) {
  const actor = useIntake();
  const { language, s } = useLanguage();
  const visit = useVisit();
  // Read, not subscribed: the draft kept while typing must not re-render every question.
  const answers = () => selectAnswers(actor.getSnapshot());
  const schema = schemaOf(step.id, visit);
  const [defaults] = useState(() => defaultsFor(step, answers()));
  const { form, draftPatch } = useStepForm({ schema, answers, defaults, visit });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const t = (text: { en: string; es: string }) => localize(text, language);
  const formId = formIdOf(step.id);

  // A new step starts at its title, for screen readers and for the eye.
  useEffect(() => {
    // After the step is drawn: moving focus forces a layout the first paint need not wait for.
    const timer = afterPaint(() => headingRef.current?.focus({ preventScroll: true }));
    return () => timer.cancel();
  }, []);

  // Questions below the first screenful are drawn once it is painted, as a transition so a tap
  // meanwhile is not held up.
  const [heldBack, setHeldBack] = useState(() => heldBackItems(step.items));
  useEffect(() => {
    if (heldBack.size === 0) return;
    const timer = afterPaint(() => startTransition(() => setHeldBack(NOTHING_HELD)));
    return () => timer.cancel();
  }, [heldBack]);

  const latestDraftPatch = useRef(draftPatch);
  latestDraftPatch.current = draftPatch;
  const { watch } = form;
  // Keep what is on screen in the machine as the patient types (a touch is activity anyway), so
  // the draft saved at the inactivity lock has it.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = watch(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const patch = latestDraftPatch.current();
        if (patch) actor.send({ type: 'STEP.SAVE', answers: patch });
      }, KEEP_TYPED_AFTER_MS);
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [watch, actor]);

  const onSubmit = form.handleSubmit(
    (parsed) => {
      toTop();
      actor.send({ type: 'NEXT', answers: replacementPatch(answers(), parsed) });
    },
    () => focusFirstError(),
  );
  const goBack = () => {
    const patch = draftPatch();
    if (patch) actor.send({ type: 'STEP.SAVE', answers: patch });
    toTop();
    actor.send({ type: 'BACK' });
  };
  const backToReview = form.handleSubmit(
    (parsed) => {
      actor.send({ type: 'STEP.SAVE', answers: replacementPatch(answers(), parsed) });
      toTop();
      actor.send({ type: 'REVIEW' });
    },
    () => focusFirstError(),
  );

  const hasErrors = Object.keys(form.formState.errors).length > 0;
  useEffect(() => {
    back.current = goBack;
  });

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t(step.title)}
      </h1>
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
        aria-busy={heldBack.size > 0 || undefined}
      >
        {hasErrors && (
          <p className="form-alert" role="status">
            {s.fixErrors(countErrors(form.formState.errors))}
          </p>
        )}
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
