// The questions and the review in one lazily loaded component: React suspends once per lazy
// component on its first draw, so this happens on the first question (while the patient reads
// it) and never again on the way to "Check your answers".
import { useMemo, useRef, useState } from 'react';
import { useSelector } from '@xstate/react';
import {
  selectAnswers,
  selectEditingFromReview,
  type IntakeAnswers,
} from '@preflight/screening/intake-machine';
import { useIntake, useVisit } from '../intake-context';
import { changedPaths, reviewIsNext } from '../questionnaire/draw-ahead';
import { StepSlot, useAfterPaint, useTakenDownAfterPaint } from '../ui/Layout';
import { ReviewScreen } from './ReviewScreen';
import { StepScreen, type ReviewAhead } from './StepScreen';

export { warmUp } from './StepScreen';

export default function QuestionnaireScreens(props: { stepId: string } | { review: true }) {
  const actor = useIntake();
  const visit = useVisit();
  const stepId = 'stepId' in props ? props.stepId : null;
  // On the last step the review is drawn ahead, hidden but laid out, after the step is shown and
  // at low priority (a tap meanwhile is not held up), as a step is drawn ahead of its Next: that
  // Next then only shows it. Not while editing from the review: a review left and come back to is
  // drawn afresh, as before.
  const reviewAheadNow = useSelector(
    actor,
    (snapshot) =>
      stepId !== null &&
      !selectEditingFromReview(snapshot) &&
      reviewIsNext(stepId, selectAnswers(snapshot), visit),
  );
  const reviewAhead = useAfterPaint(reviewAheadNow, false);
  // The answers the review drawn ahead shows (set by it once they are on the page). When they are
  // the ones Next sends, Next shows that review in the patient's tap, as it shows a step drawn
  // ahead, and the machine moves there once that frame is painted (see StepScreen).
  const reviewDrawnWith = useRef<IntakeAnswers | null>(null);
  const [reviewShownEarly, setReviewShownEarly] = useState(false);
  const reviewAheadOfNext = useMemo<ReviewAhead>(
    () => ({
      shows: (answers) =>
        reviewDrawnWith.current !== null &&
        changedPaths(reviewDrawnWith.current, answers).length === 0,
      show: () => setReviewShownEarly(true),
      hide: () => setReviewShownEarly(false),
    }),
    [],
  );
  // A review left (Back, Change) is drawn afresh when it comes again, as a new one; so is the
  // step screen left for the review. That step screen stays a moment, not displayed, after the
  // review: taking it down waits until the review is painted.
  const [shown, setShown] = useState({
    review: stepId === null,
    left: 0,
    reviews: 0,
    step: stepId,
    stepLeft: null as string | null,
  });
  if (shown.review !== (stepId === null) || (stepId !== null && shown.step !== stepId)) {
    const toReview = stepId === null && !shown.review;
    setShown({
      review: stepId === null,
      left: shown.review && stepId !== null ? shown.left + 1 : shown.left,
      reviews: toReview ? shown.reviews + 1 : shown.reviews,
      step: stepId ?? shown.step,
      stepLeft: toReview ? shown.step : null,
    });
    setReviewShownEarly(false);
  }
  useTakenDownAfterPaint(shown.stepLeft, () =>
    setShown((now) => (now.stepLeft ? { ...now, stepLeft: null } : now)),
  );
  // The review drawn ahead comes after the step in the page, and the step left (without its
  // heading) stays where it was: no screen moves, and the first heading is the one shown.
  return (
    <div className="screens">
      {stepId === null && shown.stepLeft && (
        <StepSlot key={`step#${shown.reviews - 1}`} mode="left">
          <StepScreen stepId={shown.stepLeft} left />
        </StepSlot>
      )}
      {stepId !== null && (
        <StepSlot key={`step#${shown.reviews}`} mode={reviewShownEarly ? 'left' : 'shown'}>
          <StepScreen stepId={stepId} reviewAhead={reviewAhead ? reviewAheadOfNext : undefined} />
        </StepSlot>
      )}
      {(stepId === null || reviewAhead) && (
        <StepSlot
          key={`review#${shown.left}`}
          mode={stepId === null || reviewShownEarly ? 'shown' : 'ahead'}
        >
          <ReviewScreen
            ahead={stepId !== null && !reviewShownEarly}
            arriving={reviewShownEarly}
            drawnWith={reviewDrawnWith}
          />
        </StepSlot>
      )}
    </div>
  );
}
