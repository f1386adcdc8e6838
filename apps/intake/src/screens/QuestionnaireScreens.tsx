// The questions and the review in one lazily loaded component: React suspends once per lazy
// component on its first draw, so this happens on the first question (while the patient reads
// it) and never again on the way to "Check your answers".
import { useState } from 'react';
import { useSelector } from '@xstate/react';
import { selectAnswers, selectEditingFromReview } from '@preflight/screening/intake-machine';
import { useIntake, useVisit } from '../intake-context';
import { reviewIsNext } from '../questionnaire/draw-ahead';
import { StepSlot, useAfterPaint, useTakenDownAfterPaint } from '../ui/Layout';
import { ReviewScreen } from './ReviewScreen';
import { StepScreen } from './StepScreen';

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
  }
  useTakenDownAfterPaint(shown.stepLeft, () =>
    setShown((now) => (now.stepLeft ? { ...now, stepLeft: null } : now)),
  );
  // The review drawn ahead comes after the step in the page, and the step left (without its
  // heading) stays where it was: no screen moves, and the first heading is the one shown.
  return (
    <>
      {stepId === null && shown.stepLeft && (
        <StepSlot key={`step#${shown.reviews - 1}`} mode="left">
          <StepScreen stepId={shown.stepLeft} left />
        </StepSlot>
      )}
      {stepId !== null && (
        <StepSlot key={`step#${shown.reviews}`} mode="shown">
          <StepScreen stepId={stepId} />
        </StepSlot>
      )}
      {(stepId === null || reviewAhead) && (
        <StepSlot key={`review#${shown.left}`} mode={stepId === null ? 'shown' : 'ahead'}>
          <ReviewScreen ahead={stepId !== null} />
        </StepSlot>
      )}
    </>
  );
}
