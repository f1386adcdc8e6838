// Clinician sign-off: only once every urgent and review flag is acknowledged; the clinician's own
// decision and note, confirmed with their password (and authenticator code when enrolled).
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { AuthenticatorCodeField, Field, FormError, PasswordField } from '../../components/Field';
import { api, ApiError } from '../../lib/api';
import { applyServerError, messageOf } from '../../lib/errors';
import { flagTitleId } from '../../lib/flag-view';
import { DECISION_LABELS, SEVERITY_LABELS } from '../../lib/format';
import { decisionSchema, signOffSchema, type SignOffValues } from '../../lib/schemas';
import type { StoredFlag, SubmissionDetail } from '../../lib/types';
import { useSession } from '../../session/session';
import { useRefreshSubmission } from './use-submission';

export function SignOffPanel({
  submission,
  blocking,
  onSignedOff,
}: {
  submission: SubmissionDetail;
  blocking: StoredFlag[];
  /** Called once the sign-off is recorded, before the screen shows it. */
  onSignedOff: () => void;
}) {
  const { me } = useSession();
  const refresh = useRefreshSubmission(submission.id);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<SignOffValues>({
    resolver: zodResolver(signOffSchema),
    defaultValues: { note: '', password: '', totp: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const decision = form.watch('decision');
  const blocked = blocking.length > 0;
  const [askTotp, setAskTotp] = useState(false);
  const totpEnrolled = me.user.totpEnabled === true || askTotp;

  return (
    <>
      {blocked ? (
        <div className="blocking" id="signoff-blocked" data-testid="signoff-blocked">
          <p>
            <strong>
              Sign-off opens when every urgent and review flag is acknowledged. Left:{' '}
              {blocking.length}
            </strong>
          </p>
          <ul>
            {blocking.map((flag) => (
              <li key={flag.key}>
                <a href={`#${flagTitleId(flag.key)}`}>{flag.title}</a> (
                {SEVERITY_LABELS[flag.severity]})
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>
          Every urgent and review flag is acknowledged. Your sign-off attests that you reviewed
          them.
        </p>
      )}
      <form
        noValidate
        className="sign-off-form"
        aria-labelledby="signoff-title"
        onSubmit={form.handleSubmit(async (values) => {
          setError(null);
          try {
            await api('POST', `/api/submissions/${submission.id}/sign-off`, {
              decision: values.decision,
              note: values.note,
              password: values.password,
              ...(values.totp ? { totp: values.totp } : {}),
            });
            onSignedOff();
            form.reset();
          } catch (e) {
            form.setValue('password', '');
            if (e instanceof ApiError && e.code === 'totp_required') {
              setAskTotp(true);
              form.setError('totp', { message: e.message });
            } else if (e instanceof ApiError && e.code === 'flags_unacknowledged')
              setError(
                'A flag still needs acknowledgement (it may have just changed). See the list above.',
              );
            else
              setError(
                applyServerError(e, form.setError, (path) =>
                  path === 'password' || path === 'totp' || path === 'note' ? path : undefined,
                ),
              );
          } finally {
            await refresh();
          }
        })}
      >
        <fieldset disabled={blocked} aria-describedby={blocked ? 'signoff-blocked' : undefined}>
          <fieldset
            className="decision"
            aria-describedby={errors.decision ? 'decision-error' : undefined}
          >
            <legend>Your decision</legend>
            {decisionSchema.options.map((value) => (
              <div className="radio" key={value}>
                <input
                  id={`decision-${value}`}
                  type="radio"
                  value={value}
                  {...form.register('decision')}
                />
                <label htmlFor={`decision-${value}`}>{DECISION_LABELS[value]}</label>
              </div>
            ))}
            {errors.decision && (
              <p className="field-error" id="decision-error" role="alert">
                Choose your decision.
              </p>
            )}
          </fieldset>
          <Field
            label={decision && decision !== 'proceed' ? 'Note (required)' : 'Note'}
            error={errors.note?.message}
          >
            {(p) => <textarea {...p} rows={3} {...form.register('note')} />}
          </Field>
          <PasswordField
            label="Your password, to sign"
            error={errors.password?.message}
            registration={form.register('password')}
          />
          {totpEnrolled && (
            <AuthenticatorCodeField
              label="Authenticator code"
              error={errors.totp?.message}
              registration={form.register('totp')}
            />
          )}
          <FormError error={error} />
          <button type="submit" className="primary" disabled={isSubmitting}>
            Sign off
          </button>
        </fieldset>
      </form>
    </>
  );
}

const addendumSchema = z.object({
  text: z.string().trim().min(1, 'Write the addendum.').max(4000),
});

export function AddendumForm({ submissionId }: { submissionId: string }) {
  const refresh = useRefreshSubmission(submissionId);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<z.infer<typeof addendumSchema>>({
    resolver: zodResolver(addendumSchema),
    defaultValues: { text: '' },
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        setError(null);
        try {
          await api('POST', `/api/submissions/${submissionId}/addenda`, values);
          form.reset();
          await refresh();
        } catch (e) {
          setError(messageOf(e));
        }
      })}
    >
      <Field label="Add an addendum" error={form.formState.errors.text?.message}>
        {(p) => <textarea {...p} rows={3} {...form.register('text')} />}
      </Field>
      <FormError error={error} />
      <button type="submit" disabled={form.formState.isSubmitting}>
        Add addendum
      </button>
    </form>
  );
}
