// Answers the tests submit. Kept in one place so the API tests follow the questionnaire.
export function aneurysmAnswers(): Record<string, unknown> {
  return { cardio: { aneurysm: 'yes' } };
}
