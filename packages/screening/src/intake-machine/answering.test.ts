import { describe, expect, it } from 'vitest';
import {
  selectCurrentSection,
  selectCurrentStep,
  selectEditingFromReview,
  selectLanguage,
  selectProgress,
  selectScreen,
} from './selectors';
import {
  BASE_ANSWERS,
  type Harness,
  START_OK,
  flush,
  startAnswering,
  startAtReview,
  startIntake,
  unlockAndConfirm,
  walkToReview,
  useFakeTimersPerTest,
} from './test-fixtures';

useFakeTimersPerTest();

const stepId = (h: Harness) => selectCurrentStep(h.snap())?.id;

describe('answering', () => {
  it('walks every shown step in order, skipping conditional steps, one state per section', async () => {
    const h = await startAnswering();
    const sections: string[] = [];
    const progress: Array<{ index: number; total: number }> = [];
    const visited: string[] = [];
    while (!h.snap().matches({ session: { flow: 'review' } })) {
      const step = selectCurrentStep(h.snap());
      if (!step) throw new Error('no step');
      visited.push(step.id);
      progress.push(selectProgress(h.snap()));
      expect(h.snap().matches({ session: { flow: { answering: step.section } } })).toBe(true);
      if (!sections.includes(step.section)) sections.push(step.section);
      const section = step.section as keyof typeof BASE_ANSWERS;
      h.actor.send({ type: 'NEXT', answers: { [section]: BASE_ANSWERS[section] } });
      await flush();
    }
    expect(visited).toEqual([
      'about.body',
      'about.pregnancy',
      'cardio.history',
      'health.history',
      'vitals.readings',
      'meds.takesAny',
      'mood.phq9',
      'mood.gad7',
    ]);
    expect(sections).toEqual(['about', 'cardio', 'health', 'vitals', 'meds', 'mood']);
    expect(progress.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(progress.every((p) => p.total === 8)).toBe(true);
    expect(selectScreen(h.snap())).toBe('review');
    expect(selectProgress(h.snap())).toEqual({ index: 8, total: 8 });
    expect(selectCurrentStep(h.snap())).toBeNull();
    expect(h.snap().context.answers).toEqual(BASE_ANSWERS);
  });

  it('shows conditional steps when their answers call for them (and by planned treatment)', async () => {
    const h = startIntake();
    h.services.startIntake.mockResolvedValueOnce({
      ...START_OK,
      visit: { givenName: 'Ana', plannedTreatment: 'esketamine-nasal' },
    });
    await unlockAndConfirm(h);
    h.actor.send({ type: 'NEXT' });
    h.actor.send({ type: 'NEXT' });
    h.actor.send({
      type: 'NEXT',
      answers: { cardio: { highBloodPressure: 'yes', heartAttack: 'yes' } },
    });
    expect(stepId(h)).toBe('cardio.bpControlled');
    h.actor.send({ type: 'NEXT', answers: { cardio: { highBloodPressureControlled: 'yes' } } });
    expect(stepId(h)).toBe('cardio.heartAttackYear');
    expect(h.snap().context.answers.cardio).toEqual({
      highBloodPressure: 'yes',
      heartAttack: 'yes',
      highBloodPressureControlled: 'yes',
    });
    h.actor.send({ type: 'NEXT' }); // → health
    h.actor.send({ type: 'NEXT' }); // → vitals
    h.actor.send({ type: 'NEXT' }); // → meds.takesAny
    h.actor.send({ type: 'NEXT', answers: { meds: { takesAny: 'yes' } } });
    expect(stepId(h)).toBe('meds.list');
    h.actor.send({ type: 'NEXT' });
    expect(stepId(h)).toBe('meds.nasalSprays');
    expect(selectCurrentSection(h.snap())).toBe('meds');
    expect(selectProgress(h.snap())).toEqual({ index: 9, total: 12 });
  });

  it('BACK goes to the previous shown step, does nothing on the first, and leaves review', async () => {
    const h = await startAnswering();
    h.actor.send({ type: 'BACK' });
    expect(stepId(h)).toBe('about.body');
    await walkToReview(h);
    h.actor.send({ type: 'BACK' });
    expect(stepId(h)).toBe('mood.gad7');
    h.actor.send({ type: 'BACK' });
    h.actor.send({ type: 'BACK' });
    expect(stepId(h)).toBe('meds.takesAny'); // meds.list and nasalSprays are hidden
    h.actor.send({ type: 'BACK' });
    h.actor.send({ type: 'BACK' });
    h.actor.send({ type: 'BACK' });
    expect(stepId(h)).toBe('cardio.history');
    expect(h.snap().matches({ session: { flow: { answering: 'cardio' } } })).toBe(true);
    expect(h.snap().context.answers).toEqual(BASE_ANSWERS); // nothing lost going back
  });

  it('STEP.SAVE merges answers deeply without moving; undefined removes an answer', async () => {
    const h = await startAnswering();
    h.actor.send({ type: 'STEP.SAVE', answers: { about: { weight: { value: 70, unit: 'kg' } } } });
    h.actor.send({ type: 'STEP.SAVE', answers: { about: { pregnant: 'no' } } });
    expect(stepId(h)).toBe('about.body');
    expect(h.snap().context.answers).toEqual({
      about: { weight: { value: 70, unit: 'kg' }, pregnant: 'no' },
    });
    h.actor.send({ type: 'STEP.SAVE', answers: { about: { weight: undefined } } });
    expect(h.snap().context.answers).toEqual({ about: { pregnant: 'no' } });
  });

  it('NEXT with one step’s answers rebuilds only that section; others keep their identity', async () => {
    const h = await startAnswering();
    h.actor.send({ type: 'STEP.SAVE', answers: { about: BASE_ANSWERS.about } });
    h.actor.send({ type: 'STEP.SAVE', answers: { health: BASE_ANSWERS.health } });
    const before = h.snap().context.answers;
    h.actor.send({
      type: 'NEXT',
      answers: { about: { pregnant: 'yes', breastfeeding: undefined, weight: undefined } },
    });
    const after = h.snap().context.answers;
    expect(after).toEqual({ about: { pregnant: 'yes' }, health: { glaucoma: 'no' } });
    expect(after.health).toBe(before.health);
    expect(before.about).toEqual(BASE_ANSWERS.about);
    // Back and Next again with nothing changed: the answers object itself is kept.
    h.actor.send({ type: 'BACK' });
    h.actor.send({ type: 'NEXT', answers: { about: { pregnant: 'yes', weight: undefined } } });
    expect(h.snap().context.answers).toBe(after);
  });

  it('switching language at any time keeps the answers and the place', async () => {
    const h = startIntake();
    h.actor.send({ type: 'SET_LANGUAGE', language: 'es' });
    expect(selectLanguage(h.snap())).toBe('es');
    await unlockAndConfirm(h);
    h.actor.send({ type: 'NEXT', answers: { about: { pregnant: 'no' } } });
    h.actor.send({ type: 'SET_LANGUAGE', language: 'en' });
    expect(selectLanguage(h.snap())).toBe('en');
    expect(stepId(h)).toBe('about.pregnancy');
    expect(h.snap().context.answers).toEqual({ about: { pregnant: 'no' } });
    await walkToReview(h);
    h.actor.send({ type: 'SET_LANGUAGE', language: 'es' });
    expect(selectScreen(h.snap())).toBe('review');
    expect(h.snap().context.answers).toEqual(BASE_ANSWERS);
    expect(selectLanguage(h.snap())).toBe('es');
  });
});

describe('review: jump to a section and back', () => {
  it('EDIT a section, then NEXT through it returns straight to review (not later sections)', async () => {
    const h = await startAtReview();
    h.actor.send({ type: 'EDIT', section: 'about' });
    expect(stepId(h)).toBe('about.body');
    expect(selectEditingFromReview(h.snap())).toBe(true);
    h.actor.send({ type: 'NEXT' });
    expect(stepId(h)).toBe('about.pregnancy');
    h.actor.send({ type: 'NEXT', answers: { about: { pregnant: 'unsure' } } });
    expect(selectScreen(h.snap())).toBe('review');
    expect(selectEditingFromReview(h.snap())).toBe(false);
    expect(h.snap().context.answers.about).toEqual({ pregnant: 'unsure', breastfeeding: 'no' });
  });

  it('an edit that reveals a conditional step in that section shows it before returning', async () => {
    const h = await startAtReview();
    h.actor.send({ type: 'EDIT', section: 'cardio' });
    h.actor.send({ type: 'NEXT', answers: { cardio: { highBloodPressure: 'yes' } } });
    expect(stepId(h)).toBe('cardio.bpControlled');
    h.actor.send({ type: 'NEXT', answers: { cardio: { highBloodPressureControlled: 'no' } } });
    expect(selectScreen(h.snap())).toBe('review');
  });

  it('EDIT a step by id; BACK past the section start and REVIEW also return to review', async () => {
    const h = await startAtReview();
    h.actor.send({ type: 'EDIT', stepId: 'mood.gad7' });
    expect(stepId(h)).toBe('mood.gad7');
    h.actor.send({ type: 'BACK' });
    expect(stepId(h)).toBe('mood.phq9');
    h.actor.send({ type: 'BACK' });
    expect(selectScreen(h.snap())).toBe('review');
    h.actor.send({ type: 'EDIT', section: 'meds' });
    h.actor.send({ type: 'REVIEW' });
    expect(selectScreen(h.snap())).toBe('review');
  });

  it('EDIT of a hidden step or unknown target is ignored; REVIEW without an edit is ignored', async () => {
    const h = await startAtReview();
    h.actor.send({ type: 'EDIT', stepId: 'meds.list' }); // hidden: falls back to its section
    expect(stepId(h)).toBe('meds.takesAny');
    h.actor.send({ type: 'REVIEW' });
    h.actor.send({ type: 'EDIT', stepId: 'nope' });
    expect(selectScreen(h.snap())).toBe('review');
    h.actor.send({ type: 'BACK' });
    h.actor.send({ type: 'REVIEW' });
    expect(stepId(h)).toBe('mood.gad7');
  });

  it('with no shown steps at all, YES goes straight to review', async () => {
    const h = await startAnswering({ input: { steps: [] } });
    expect(selectScreen(h.snap())).toBe('review');
    h.actor.send({ type: 'BACK' });
    expect(selectScreen(h.snap())).toBe('review');
    expect(selectProgress(h.snap())).toEqual({ index: 0, total: 0 });
  });
});
