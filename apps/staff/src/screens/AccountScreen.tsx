// My account: set up the authenticator app (QR code made in the browser) and change the password.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { AuthenticatorCodeField, FormError, PasswordField } from '../components/Field';
import { api, ApiError } from '../lib/api';
import { messageOf } from '../lib/errors';
import { totpCodeSchema } from '../lib/schemas';
import { useSession } from '../session/session';

const QrCode = lazy(() => import('../components/QrCode'));

type Mode = 'normal' | 'enrolment-only' | 'password-change-required';

export default function AccountScreen({ mode = 'normal' }: { mode?: Mode }) {
  const { me, signOut } = useSession();
  const restricted = mode !== 'normal';
  return (
    <main id="main" className={restricted ? 'narrow' : undefined}>
      <h1 tabIndex={-1}>
        {mode === 'enrolment-only'
          ? 'Set up your authenticator app'
          : mode === 'password-change-required'
            ? 'Choose a new password'
            : 'My account'}
      </h1>
      {mode === 'enrolment-only' && (
        <p>Your role must sign in with a second factor. Set up an authenticator app to continue.</p>
      )}
      {mode === 'password-change-required' && (
        <p>You signed in with a temporary password. Choose your own to continue.</p>
      )}
      {mode !== 'password-change-required' && (
        <TotpSection enrolled={me.user.totpEnabled === true} />
      )}
      {mode !== 'enrolment-only' && <PasswordSection />}
      {restricted && (
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      )}
    </main>
  );
}

const confirmSchema = z.object({ totp: totpCodeSchema });

function TotpSection({ enrolled }: { enrolled: boolean }) {
  const queryClient = useQueryClient();
  const [done, setDone] = useState(false);
  const enrol = useMutation({
    mutationFn: () => api<{ otpauthUri: string; secret: string }>('POST', '/api/auth/totp/enroll'),
  });
  const uri = enrol.data?.otpauthUri;
  const form = useForm<z.infer<typeof confirmSchema>>({ resolver: zodResolver(confirmSchema) });
  const [error, setError] = useState<string | null>(null);
  const secret = enrol.data?.secret;

  return (
    <section aria-labelledby="totp-title" className="panel">
      <h2 id="totp-title">Authenticator app (TOTP)</h2>
      {done ? (
        <p role="status">
          Your authenticator app is set up. Sign-in and sign-off will ask for its code.
        </p>
      ) : (
        <>
          <p>
            {enrolled
              ? 'An authenticator app is set up for your account. Setting it up again replaces it.'
              : 'No authenticator app is set up yet.'}
          </p>
          {!uri && (
            <button type="button" onClick={() => enrol.mutate()} disabled={enrol.isPending}>
              {enrolled ? 'Set up again' : 'Set up an authenticator app'}
            </button>
          )}
          {enrol.error && <FormError error={messageOf(enrol.error)} />}
          {uri && (
            <div className="enrol">
              <ol>
                <li>Open your authenticator app and scan this code.</li>
                <li>Type the 6-digit code it shows, then confirm.</li>
              </ol>
              <Suspense fallback={<div className="qr-placeholder" />}>
                <QrCode text={uri} label="QR code to add Preflight to your authenticator app" />
              </Suspense>
              {secret && (
                <p>
                  Cannot scan? Enter this key:{' '}
                  <code className="secret">{secret.replace(/(.{4})/g, '$1 ').trim()}</code>
                </p>
              )}
              <form
                noValidate
                onSubmit={form.handleSubmit(async (values) => {
                  setError(null);
                  try {
                    await api('POST', '/api/auth/totp/confirm', values);
                    setDone(true);
                    await queryClient.invalidateQueries({ queryKey: ['me'] });
                  } catch (e) {
                    if (e instanceof ApiError && e.status < 500)
                      form.setError('totp', { message: e.message });
                    else setError(messageOf(e));
                  }
                })}
              >
                <AuthenticatorCodeField
                  label="Code from the app"
                  error={form.formState.errors.totp?.message}
                  registration={form.register('totp')}
                />
                <FormError error={error} />
                <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
                  Confirm
                </button>
              </form>
            </div>
          )}
        </>
      )}
    </section>
  );
}

const passwordChangeSchema = z
  .object({
    current: z.string().min(1, 'Enter your current password.'),
    next: z.string().min(12, 'Use at least 12 characters.').max(1024),
    repeat: z.string(),
  })
  .refine((v) => v.next === v.repeat, {
    path: ['repeat'],
    message: 'The two new passwords differ.',
  });

function PasswordSection() {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<z.infer<typeof passwordChangeSchema>>({
    resolver: zodResolver(passwordChangeSchema),
  });
  const { errors } = form.formState;
  return (
    <section aria-labelledby="password-title" className="panel">
      <h2 id="password-title">Change password</h2>
      <form
        noValidate
        onSubmit={form.handleSubmit(async ({ current, next }) => {
          setError(null);
          setDone(false);
          try {
            await api('POST', '/api/auth/password', { current, next });
            form.reset();
            setDone(true);
            await queryClient.invalidateQueries({ queryKey: ['me'] });
          } catch (e) {
            if (e instanceof ApiError && e.fields.length)
              for (const f of e.fields)
                form.setError(f.path === 'current' ? 'current' : 'next', { message: f.message });
            else setError(messageOf(e));
          }
        })}
      >
        <PasswordField
          label="Current password"
          error={errors.current?.message}
          registration={form.register('current')}
        />
        <PasswordField
          label="New password"
          hint="At least 12 characters; a few unrelated words work well."
          purpose="new"
          error={errors.next?.message}
          registration={form.register('next')}
        />
        <PasswordField
          label="New password again"
          purpose="new"
          error={errors.repeat?.message}
          registration={form.register('repeat')}
        />
        <FormError error={error} />
        {done && <p role="status">Password changed. Your other sessions were signed out.</p>}
        <button type="submit" disabled={form.formState.isSubmitting}>
          Change password
        </button>
      </form>
    </section>
  );
}
