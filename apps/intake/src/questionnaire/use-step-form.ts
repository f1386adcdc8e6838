// A react-hook-form over the whole answers object, validated by the domain's zod schema for one
// step (or the attestation) when the patient presses Next. Conditions may read answers from
// earlier steps, so the form holds them all; only this step's items are drawn, and each item
// subscribes to its own field (see QuestionItem): the form itself does not re-render per change.
import { useMemo } from 'react';
import { useForm, type FieldValues, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { draftAnswersSchema, pruneHiddenAnswers } from '@preflight/screening';
import type { IntakeAnswers } from '@preflight/screening/intake-machine';
import type { z } from 'zod';
import { cleanFormValues, replacementPatch } from './step-form';

const now = () => new Date().toISOString();

export function useStepForm(options: {
  schema: z.ZodType;
  /** The machine's answers now (read when needed, so a draft save does not re-render the form). */
  answers: () => IntakeAnswers;
  defaults: IntakeAnswers;
  visit: { plannedTreatment: string };
}) {
  const { schema, visit } = options;
  const resolver = useMemo<Resolver<FieldValues>>(() => {
    const zod = zodResolver(schema as never) as unknown as Resolver<FieldValues>;
    return (values, context, resolverOptions) =>
      zod(cleanFormValues(values, now), context, resolverOptions);
  }, [schema]);
  const form = useForm<FieldValues>({
    defaultValues: options.defaults,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });

  /**
   * What is on screen, kept without the step's checks (Back, and while the patient types): only when
   * every value present is valid for a draft. Returns the patch for `STEP.SAVE`, or null.
   */
  const draftPatch = (): IntakeAnswers | null => {
    const cleaned = pruneHiddenAnswers(cleanFormValues(form.getValues(), now), visit);
    const parsed = draftAnswersSchema.safeParse(cleaned);
    return parsed.success
      ? replacementPatch(options.answers(), parsed.data as IntakeAnswers)
      : null;
  };

  return { form, draftPatch };
}
