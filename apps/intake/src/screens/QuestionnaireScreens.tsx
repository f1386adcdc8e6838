// The questions and the review in one lazily loaded component: React suspends once per lazy
// component on its first draw, so this happens on the first question (while the patient reads
// it) and never again on the way to "Check your answers".
import { ReviewScreen } from './ReviewScreen';
import { StepScreen } from './StepScreen';

export { warmUp } from './StepScreen';

export default function QuestionnaireScreens(props: { stepId: string } | { review: true }) {
  return 'review' in props ? <ReviewScreen /> : <StepScreen stepId={props.stepId} />;
}
