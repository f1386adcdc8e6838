// The questions and the review in one lazily loaded component: React suspends once per lazy
// component on its first draw, so this happens on the first question (while the patient reads
// it) and never again on the way to "Check your answers".
import { Activity, useState } from 'react';
import { useSelector } from '@xstate/react';
import { selectAnswers, selectEditingFromReview } from '@preflight/screening/intake-machine';
import { useIntake, useVisit } from '../intake-context';
import { reviewIsNext } from '../questionnaire/draw-ahead';
import { ReviewScreen } from './ReviewScreen';
import { StepScreen } from './StepScreen';

export { warmUp } from './StepScreen';

export default function QuestionnaireScreens(props: { stepId: string } | { review: true }) {
  const actor = useIntake();
  const visit = useVisit();
  const stepId = 'stepId' in props ? props.stepId : null;
  // On the last step the review is drawn ahead, hidden (React draws hidden content only when
  // nothing else waits), as a step is drawn ahead of its Next: that Next then only shows it. Not
  // while editing from the review: a review left and come back to is drawn afresh, as before.
  const reviewAhead = useSelector(
    actor,
    (snapshot) =>
      stepId !== null &&
      !selectEditingFromReview(snapshot) &&
      reviewIsNext(stepId, selectAnswers(snapshot), visit),
  );
  // A review left (Back, Change) is drawn afresh when it comes again, as a new one.
  const [shown, setShown] = useState({ review: stepId === null, left: 0 });
  if (shown.review !== (stepId === null)) {
    setShown({ review: stepId === null, left: shown.review ? shown.left + 1 : shown.left });
  }
  // The review drawn ahead comes after the step in the page: the first heading is the one shown.
  return (
    <>
      {stepId !== null && <StepScreen stepId={stepId} />}
      {(stepId === null || reviewAhead) && (
        <Activity key={shown.left} mode={stepId === null ? 'visible' : 'hidden'}>
          <ReviewScreen ahead={stepId !== null} />
        </Activity>
      )}
    </>
  );
}
