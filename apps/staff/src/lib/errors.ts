// Server field errors go next to their fields; anything else is one message for the form.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from './api';

export function applyServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldFor: (path: string) => Path<T> | undefined = (path) => path as Path<T>,
): string | null {
  if (!(error instanceof ApiError)) return 'Something went wrong. Please try again.';
  let placed = false;
  for (const field of error.fields) {
    const name = fieldFor(field.path);
    if (name) {
      setError(name, { type: 'server', message: field.message });
      placed = true;
    }
  }
  return placed && error.code === 'validation_failed' ? null : error.message;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong. Please try again.';
}
