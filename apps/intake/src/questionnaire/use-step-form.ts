// A react-hook-form over the whole answers object, validated by the domain's zod schema for one
// step (or the attestation). Conditions may read answers from earlier steps, so the form holds
// them all; only this step's items are drawn.
import { useMemo } from 'react';
import { useForm, useWatch, type FieldValues, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { draftAnswersSchema, itemShown, pruneHiddenAnswers } from '@preflight/screening';
import type { IntakeAnswers } from '@preflight/screening/intake-machine';
import type { z } from 'zod';
import { cleanFormValues, replacementPatch } from './step-form';

const now = () => new Date().toISOString();

export function useStepForm(options: {
  schema: z.ZodType;
  answers: IntakeAnswers;
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
  const values = useWatch({ control: form.control }) as IntakeAnswers;
  const isShown = (linkId: string) => itemShown(linkId, values, visit) === true;

  /**
   * What is on screen, kept without the step's checks (Back, and while the patient types): only when
   * every value present is valid for a draft. Returns the patch for `STEP.SAVE`, or null.
   */
  const draftPatch = (): IntakeAnswers | null => {
    const cleaned = pruneHiddenAnswers(cleanFormValues(form.getValues(), now), visit);
    const parsed = draftAnswersSchema.safeParse(cleaned);
    return parsed.success ? replacementPatch(options.answers, parsed.data as IntakeAnswers) : null;
  };

  return { form, isShown, draftPatch };
}
