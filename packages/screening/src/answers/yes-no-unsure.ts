import { z } from 'zod';
import { YES_NO_UNSURE_OPTIONS } from '../questionnaire/options';

/** yes | no | unsure, derived from the shared option set. */
export const yesNoUnsureSchema = z.enum(
  YES_NO_UNSURE_OPTIONS.map((o) => o.value) as ['yes', 'no', 'unsure'],
);
