// A labelled control with its error next to it: tied by aria-describedby and announced (role=alert).
import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: (props: {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: boolean;
  }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
      })}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A form-level error (the server's answer), announced. */
export function FormError({ error }: { error: string | null | undefined }) {
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {error}
    </p>
  );
}

interface RegisteredFieldProps {
  label: string;
  error: string | undefined;
  hint?: string;
  registration: UseFormRegisterReturn;
}

/** A password box: the one the person already has, unless it is for choosing a new one. */
export function PasswordField({
  purpose = 'current',
  autoFocus,
  registration,
  ...field
}: RegisteredFieldProps & { purpose?: 'current' | 'new'; autoFocus?: boolean }) {
  return (
    <Field {...field}>
      {(p) => (
        <input
          {...p}
          type="password"
          autoComplete={purpose === 'new' ? 'new-password' : 'current-password'}
          autoFocus={autoFocus}
          {...registration}
        />
      )}
    </Field>
  );
}

/** The 6-digit code an authenticator app shows; phones offer it from the keyboard. */
export function AuthenticatorCodeField({ registration, ...field }: RegisteredFieldProps) {
  return (
    <Field {...field}>
      {(p) => (
        <input
          {...p}
          inputMode="numeric"
          autoComplete="one-time-code"
          className="code-input"
          {...registration}
        />
      )}
    </Field>
  );
}
