// Every answer by section, a "Change" button per section (the machine brings the patient straight
// back here), then the attestation and the typed name, then send.
import {
  memo,
  startTransition,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type RefObject,
} from 'react';
import { useSelector } from '@xstate/react';
import {
  answersSchemaFor,
  findStep,
  localize,
  NAVIGATION,
  REVIEW_SCREEN,
  stepSchema,
} from '@preflight/screening';
import {
  mergeAnswers,
  selectAnswers,
  selectFieldErrors,
  selectSubmitError,
  type IntakeAnswers,
  type IntakeLanguage,
  type IntakeSection,
} from '@preflight/screening/intake-machine';
import { useIntake, useLanguage, useVisit } from '../intake-context';
import { QuestionItem } from '../questionnaire/ItemField';
import { keptReviewSections, sectionOf, type ReviewSection } from '../questionnaire/review-format';
import { replacementPatch } from '../questionnaire/step-form';
import { useStepForm } from '../questionnaire/use-step-form';
import { strings } from '../strings';
import { afterPaint, focusFirstError, toTop } from '../ui/focus';
import { Progress, Screen } from '../ui/Layout';

const ATTEST_STEP = 'attest.confirm';
/** Sections drawn in the first frame (about a screenful); the rest right after it is painted. */
const FIRST_SECTIONS = 2;

export function ReviewScreen({
  ahead,
  arriving = false,
  drawnWith,
}: {
  /** Drawn ahead, hidden, on the last step (see QuestionnaireScreens). */
  ahead: boolean;
  /** Shown by Next before the machine has moved here (a frame or two): its buttons wait. */
  arriving?: boolean;
  /** Told which answers are on the page. */
  drawnWith?: RefObject<IntakeAnswers | null>;
}) {
  const actor = useIntake();
  const { language, s } = useLanguage();
  const visit = useVisit();
  const answersNow = useSelector(actor, selectAnswers);
  // Drawn ahead, a change of answers (the last step's draft kept while it is answered) redraws it
  // at low priority; shown, it reads the answers as they are.
  const deferredAnswers = useDeferredValue(answersNow);
  const answers = ahead ? deferredAnswers : answersNow;
  useLayoutEffect(() => {
    if (!drawnWith) return;
    drawnWith.current = answers;
    return () => {
      drawnWith.current = null;
    };
  }, [drawnWith, answers]);
  const submitError = useSelector(actor, selectSubmitError);
  const serverErrors = useSelector(actor, selectFieldErrors);
  const schema = useMemo(() => stepSchema(ATTEST_STEP, visit), [visit]);
  const [defaults] = useState(() => structuredClone(answers));
  const { form } = useStepForm({ schema, defaults });
  const [incomplete, setIncomplete] = useState<Set<IntakeSection>>(() => new Set());
  const [sending, setSending] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const t = (text: { en: string; es: string }) => localize(text, language);
  // Sections that read the same keep their object, so only a changed one is drawn again (the
  // last step's, when the review drawn ahead is shown).
  const [reviewSections] = useState(keptReviewSections);
  const sections = useMemo(
    () => reviewSections(answers, visit, language),
    [reviewSections, answers, visit, language],
  );
  const attestStep = findStep(ATTEST_STEP);
  // Drawn ahead, nobody waits: every section at once, so nothing moves once it is shown (those
  // below the fold are not laid out then anyway).
  const [drawnSections, setDrawnSections] = useState(() =>
    ahead ? sections.length : FIRST_SECTIONS,
  );
  useEffect(() => {
    if (drawnSections >= sections.length) return;
    const timer = afterPaint(() => startTransition(() => setDrawnSections(sections.length)));
    return () => timer.cancel();
  }, [drawnSections, sections.length]);

  useEffect(() => {
    if (ahead) return;
    const timer = afterPaint(() => headingRef.current?.focus({ preventScroll: true }));
    return () => timer.cancel();
  }, [ahead]);

  const flagged = new Set(incomplete);
  for (const error of serverErrors) {
    const section = sectionOf(error.path);
    if (section) flagged.add(section);
  }

  const submit = form.handleSubmit(
    (parsed) => {
      const attest = (parsed as IntakeAnswers).attest;
      const merged = mergeAnswers(answers, { attest });
      const full = answersSchemaFor(visit).safeParse(merged);
      if (!full.success) {
        const missing = new Set<IntakeSection>();
        for (const issue of full.error.issues) {
          const section = sectionOf(String(issue.path[0] ?? ''));
          if (section) missing.add(section);
        }
        setIncomplete(missing);
        requestAnimationFrame(() => alertRef.current?.focus());
        return;
      }
      setSending(true);
      actor.send({
        type: 'SUBMIT',
        answers: replacementPatch(answers, full.data as IntakeAnswers),
      });
    },
    () => focusFirstError(),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!arriving) return submit(event);
    event.preventDefault();
  };

  return (
    <Screen
      header={<Progress index={1} total={1} label={s.progressReview} />}
      bar={
        <>
          <button
            type="button"
            className="button-secondary nav-back"
            onClick={() => {
              if (arriving) return;
              toTop();
              actor.send({ type: 'BACK' });
            }}
          >
            <span aria-hidden="true">←</span> {t(NAVIGATION.back)}
          </button>
          <span />
          <button
            type="submit"
            form="review-form"
            className="button-primary nav-next"
            disabled={sending}
          >
            {t(NAVIGATION.submit)}
          </button>
        </>
      }
    >
      <h1 ref={headingRef} tabIndex={-1}>
        {t(REVIEW_SCREEN.title)}
      </h1>
      <p>{t(REVIEW_SCREEN.intro)}</p>
      {(flagged.size > 0 || submitError) && (
        <div className="form-alert" role="alert" tabIndex={-1} ref={alertRef}>
          {flagged.size > 0 && <p>{s.reviewMissing}</p>}
          {submitError === 'rejected' && <p>{s.rejected}</p>}
          {submitError === 'key_unavailable' && <p>{s.keyUnavailable}</p>}
        </div>
      )}
      {sections.slice(0, drawnSections).map((section, index) => (
        <ReviewSectionView
          key={section.id}
          belowFold={index >= FIRST_SECTIONS}
          section={section}
          flagged={flagged.has(section.id)}
          language={language}
        />
      ))}
      {attestStep && (
        // Shown once every section is drawn: the attestation must not move under a finger.
        <form
          id="review-form"
          className="attest"
          noValidate
          onSubmit={onSubmit}
          autoComplete="off"
          hidden={drawnSections < sections.length}
        >
          <h2>{t(attestStep.title)}</h2>
          {attestStep.items.map((item) => (
            <QuestionItem
              key={item.linkId}
              item={item}
              form={form}
              language={language}
              visit={visit}
            />
          ))}
        </form>
      )}
    </Screen>
  );
}

/** One section of answers: drawn again only when its answers, its flag or the language change. */
const ReviewSectionView = memo(function ReviewSectionView({
  belowFold,
  section,
  flagged,
  language,
}: {
  belowFold: boolean;
  section: ReviewSection;
  flagged: boolean;
  language: IntakeLanguage;
}) {
  const actor = useIntake();
  const s = strings(language);
  const t = (text: { en: string; es: string }) => localize(text, language);
  return (
    <section
      className={`review-section${belowFold ? ' below-fold' : ''}${flagged ? ' needs-answer' : ''}`}
      aria-labelledby={`review-${section.id}`}
    >
      <div className="review-head">
        <h2 id={`review-${section.id}`}>
          {section.title}
          {flagged && <span className="badge">{s.needsAnswer}</span>}
        </h2>
        <button
          type="button"
          className="button-secondary"
          aria-label={s.reviewSection(section.title)}
          onClick={() => {
            toTop();
            actor.send({ type: 'EDIT', section: section.id });
          }}
        >
          {t(NAVIGATION.edit)}
        </button>
      </div>
      <dl className="review-list">
        {section.lines.map((line) => (
          <div className="review-line" key={line.linkId}>
            <dt>{line.question}</dt>
            <dd>
              {line.answer.length === 0 ? (
                <span className="muted">{t(REVIEW_SCREEN.notAnswered)}</span>
              ) : (
                line.answer.map((value, index) => <span key={index}>{value}</span>)
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
});
