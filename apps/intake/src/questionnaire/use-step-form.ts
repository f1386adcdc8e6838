// A react-hook-form over the whole answers object, validated by the domain's zod schema for one
// step (or the attestation) when the patient presses Next. Conditions may read answers from
// earlier steps, so the form holds them all; only this step's items are drawn, and each item
// subscribes to its own field (see QuestionItem): the form itself does not re-render per change.
// The step's schemas check and return only the step's answers (a patch for the flow machine), so
// the work per Next follows the step, not the questionnaire.
import { useMemo } from 'react';
import { useForm, type FieldValues, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { IntakeAnswers } from '@preflight/screening/intake-machine';
import type { z } from 'zod';
import { cleanFormValues } from './step-form';

const now = () => new Date().toISOString();

export function useStepForm(options: {
  /** The step's check on Next (`stepSchema`): its output is the step's patch. */
  schema: z.ZodType;
  /** The same without requiring anything (`stepDraftSchema`), for what is kept on Back. */
  draftSchema?: z.ZodType;
  defaults: IntakeAnswers;
}) {
  const { schema, draftSchema } = options;
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
    if (!draftSchema) return null;
    const parsed = draftSchema.safeParse(cleanFormValues(form.getValues(), now));
    return parsed.success ? (parsed.data as IntakeAnswers) : null;
  };

  /**
   * The step's check on its own: its patch when the answers pass, else null. Unlike the form's
   * submit, it does not tell every field the form was submitted (each would be drawn again).
   */
  const checkedPatch = (): IntakeAnswers | null => {
    const parsed = schema.safeParse(cleanFormValues(form.getValues(), now));
    return parsed.success ? (parsed.data as IntakeAnswers) : null;
  };

  return { form, draftPatch, checkedPatch };
}
