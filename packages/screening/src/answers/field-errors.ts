import type { z } from 'zod';
import { formatLinkId } from '../questionnaire/link-id';

/** `{ path, message }` with `path` a linkId, as the API's error shape and the form expect. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: formatLinkId(issue.path), message: issue.message }));
}
