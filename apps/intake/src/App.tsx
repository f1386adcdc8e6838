// Walking skeleton of the tablet: unlock, one real question, submit, thanks.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { answersSchema, isoDateSchema } from '@preflight/screening';
import { startIntake, submitIntake, type StartedIntake } from './api';

const unlockSchema = z.object({
  code: z.string().trim().min(6, 'Enter the 6-character code from the front desk.'),
  birthDate: isoDateSchema,
});

type Screen = { name: 'unlock' } | { name: 'question'; intake: StartedIntake } | { name: 'done' };

export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'unlock' });
  if (screen.name === 'unlock')
    return <Unlock onUnlocked={(intake) => setScreen({ name: 'question', intake })} />;
  if (screen.name === 'question')
    return <Question intake={screen.intake} onDone={() => setScreen({ name: 'done' })} />;
  return (
    <main>
      <h1>Thank you</h1>
      <p>Please hand the tablet back to the front desk.</p>
      <p>If you are in crisis, call or text 988, any time.</p>
    </main>
  );
}

function Unlock({ onUnlocked }: { onUnlocked: (intake: StartedIntake) => void }) {
  const [error, setError] = useState<string | null>(null);
  const form = useForm<z.infer<typeof unlockSchema>>({ resolver: zodResolver(unlockSchema) });
  return (
    <main>
      <h1>Welcome</h1>
      <form
        onSubmit={form.handleSubmit(async (values) => {
          try {
            onUnlocked(await startIntake(values.code, values.birthDate));
          } catch {
            setError(
              'That code and birth date do not match. Please check them, or ask the front desk.',
            );
          }
        })}
      >
        <label htmlFor="code">Visit code</label>
        <input
          id="code"
          autoComplete="off"
          autoCapitalize="characters"
          {...form.register('code')}
        />
        <label htmlFor="birthDate">Birth date</label>
        <input id="birthDate" type="date" {...form.register('birthDate')} />
        {error && <p role="alert">{error}</p>}
        <button type="submit">Start</button>
      </form>
    </main>
  );
}

function Question({ intake, onDone }: { intake: StartedIntake; onDone: () => void }) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [error, setError] = useState<string | null>(null);
  const form = useForm<z.infer<typeof answersSchema>>({ resolver: zodResolver(answersSchema) });
  return (
    <main>
      <h1>Hello, {intake.visit.givenName}</h1>
      <form
        onSubmit={form.handleSubmit(async (answers) => {
          try {
            await submitIntake(intake.intakeToken, idempotencyKey, answers, 'en');
            onDone();
          } catch {
            setError('We could not send your answers. Please try again.');
          }
        })}
      >
        <fieldset>
          <legend>Have you ever been told you have an aneurysm (a bulge in a blood vessel)?</legend>
          {(['yes', 'no', 'unsure'] as const).map((value) => (
            <label key={value}>
              <input type="radio" value={value} {...form.register('cardio.aneurysm')} />
              {value === 'yes' ? 'Yes' : value === 'no' ? 'No' : 'Not sure'}
            </label>
          ))}
        </fieldset>
        {form.formState.errors.cardio && <p role="alert">Please choose an answer.</p>}
        {error && <p role="alert">{error}</p>}
        <button type="submit">Send my answers</button>
      </form>
    </main>
  );
}
