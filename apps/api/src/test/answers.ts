// Answers the tests submit: the domain's complete example, with the changes a test needs, so the
// API tests follow the questionnaire.
import { baselineAnswers, exampleAnswers, type Answers } from '@preflight/screening';

export { exampleAnswers };

/** Complete answers that raise the aneurysm contraindication (review). */
export function aneurysmAnswers(): Answers {
  const answers = exampleAnswers();
  return { ...answers, cardio: { ...answers.cardio, aneurysm: 'yes' } };
}

/** Complete answers that raise the self-harm item (urgent) and nothing else needing review. */
export function urgentAnswers(): Answers {
  const answers = baselineAnswers();
  return { ...answers, mood: { ...answers.mood, phq9: { ...answers.mood.phq9, q9: 1 } } };
}

/** Complete answers with normal vitals and no history: only info flags. */
export function quietAnswers(): Answers {
  return baselineAnswers();
}
