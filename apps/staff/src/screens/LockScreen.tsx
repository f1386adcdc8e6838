// Shown after 15 idle minutes: no patient data on screen until the same person enters the password.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormError, PasswordField } from '../components/Field';
import { api, ApiError } from '../lib/api';
import { passwordSchema } from '../lib/schemas';
import { useSession } from '../session/session';

const unlockSchema = z.object({ password: passwordSchema });

export function LockScreen() {
  const { me, unlocked, signOut } = useSession();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<z.infer<typeof unlockSchema>>({ resolver: zodResolver(unlockSchema) });
  return (
    <main id="main" className="narrow">
      <h1 tabIndex={-1}>Screen locked</h1>
      <p>
        Locked after 15 minutes without activity, to keep patient data private. Signed in as{' '}
        <strong>{me.user.displayName}</strong>.
      </p>
      <form
        noValidate
        onSubmit={form.handleSubmit(async (values) => {
          setError(null);
          try {
            await api('POST', '/api/auth/unlock', values);
            form.reset();
            unlocked();
          } catch (e) {
            const field =
              e instanceof ApiError ? e.fields.find((f) => f.path === 'password') : undefined;
            if (field) form.setError('password', { message: field.message });
            else if (e instanceof ApiError && e.code === 'unauthorized') await signOut();
            else setError(e instanceof ApiError ? e.message : 'Could not unlock. Try again.');
          }
        })}
      >
        <PasswordField
          label="Password"
          error={form.formState.errors.password?.message}
          autoFocus
          registration={form.register('password')}
        />
        <FormError error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
            Unlock
          </button>
          <button type="button" onClick={() => void signOut()}>
            Sign out (another person)
          </button>
        </div>
      </form>
    </main>
  );
}
