// Sign in with password, then the authenticator code when the account has (or must have) one.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { AuthenticatorCodeField, Field, FormError, PasswordField } from '../components/Field';
import { api, ApiError } from '../lib/api';
import { totpCodeSchema } from '../lib/schemas';

const signInSchema = z.object({
  email: z.string().trim().min(3, 'Enter your email.').max(254),
  password: z.string().min(1, 'Enter your password.'),
  totp: z.union([totpCodeSchema, z.literal('')]).optional(),
});
type SignInValues = z.infer<typeof signInSchema>;

export function SignIn({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  const [needsTotp, setNeedsTotp] = useState(false);
  const form = useForm<SignInValues>({ resolver: zodResolver(signInSchema) });
  const { errors, isSubmitting } = form.formState;

  return (
    <main id="main" className="narrow">
      <h1 tabIndex={-1}>Preflight staff sign-in</h1>
      <form
        noValidate
        onSubmit={form.handleSubmit(async (values) => {
          setError(null);
          if (needsTotp && !values.totp) {
            form.setError('totp', {
              message: 'Enter the 6-digit code from your authenticator app.',
            });
            return;
          }
          try {
            await api('POST', '/api/auth/login', {
              email: values.email,
              password: values.password,
              ...(values.totp ? { totp: values.totp } : {}),
            });
            await onSignedIn();
          } catch (e) {
            if (e instanceof ApiError && e.code === 'totp_required') {
              if (needsTotp && values.totp) setError(e.message);
              setNeedsTotp(true);
              form.setFocus('totp');
              return;
            }
            setError(e instanceof ApiError ? e.message : 'Could not sign in. Please try again.');
          }
        })}
      >
        <Field label="Email" error={errors.email?.message}>
          {(p) => <input {...p} type="email" autoComplete="username" {...form.register('email')} />}
        </Field>
        <PasswordField
          label="Password"
          error={errors.password?.message}
          registration={form.register('password')}
        />
        {needsTotp && (
          <AuthenticatorCodeField
            label="Authenticator code"
            hint="The 6-digit code your authenticator app shows for Preflight."
            error={errors.totp?.message}
            registration={form.register('totp')}
          />
        )}
        <FormError error={error} />
        <button type="submit" className="primary" disabled={isSubmitting}>
          Sign in
        </button>
      </form>
    </main>
  );
}
