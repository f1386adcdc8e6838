// Walking skeleton of the staff app: sign in, create a visit and see its code, see the queue.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { plannedTreatmentSchema, visitContextSchema } from '@preflight/screening';
import { api, ApiError, setCsrfToken, type Me, type TriageItem } from './api';

export function App() {
  const queryClient = useQueryClient();
  const me = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        const result = await api<Me>('GET', '/api/auth/me');
        setCsrfToken(result.csrfToken);
        return result;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
  });
  if (me.isPending) return <main aria-busy="true">Loading…</main>;
  if (!me.data)
    return <SignIn onSignedIn={() => void queryClient.invalidateQueries({ queryKey: ['me'] })} />;
  return (
    <main>
      <header>
        <h1>Preflight</h1>
        <p>Signed in as {me.data.user.displayName}</p>
      </header>
      <NewVisit />
      <Queue />
    </main>
  );
}

const signInSchema = z.object({
  email: z.string().min(3, 'Enter your email.'),
  password: z.string().min(1, 'Enter your password.'),
});

function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const form = useForm<z.infer<typeof signInSchema>>({ resolver: zodResolver(signInSchema) });
  return (
    <main>
      <h1>Preflight staff sign-in</h1>
      <form
        onSubmit={form.handleSubmit(async (values) => {
          try {
            const me = await api<Me>('POST', '/api/auth/login', values);
            setCsrfToken(me.csrfToken);
            onSignedIn();
          } catch (e) {
            setError(e instanceof ApiError ? e.message : 'Could not sign in.');
          }
        })}
      >
        <label htmlFor="email">Email</label>
        <input id="email" type="email" autoComplete="username" {...form.register('email')} />
        <label htmlFor="password">Password</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          {...form.register('password')}
        />
        {error && <p role="alert">{error}</p>}
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}

const newVisitSchema = z.object({
  givenName: visitContextSchema.shape.patient.shape.givenName,
  familyName: visitContextSchema.shape.patient.shape.familyName,
  birthDate: visitContextSchema.shape.patient.shape.birthDate,
  plannedTreatment: plannedTreatmentSchema,
});

function NewVisit() {
  const form = useForm<z.infer<typeof newVisitSchema>>({
    resolver: zodResolver(newVisitSchema),
    defaultValues: { plannedTreatment: 'iv-ketamine' },
  });
  const create = useMutation({
    mutationFn: (values: z.infer<typeof newVisitSchema>) =>
      api<{ visitId: string; code: string; expiresAt: string }>('POST', '/api/visits', {
        patient: {
          givenName: values.givenName,
          familyName: values.familyName,
          birthDate: values.birthDate,
        },
        plannedTreatment: values.plannedTreatment,
      }),
  });
  return (
    <section aria-labelledby="new-visit">
      <h2 id="new-visit">New visit</h2>
      <form onSubmit={form.handleSubmit((values) => create.mutate(values))}>
        <label htmlFor="givenName">Given name</label>
        <input id="givenName" {...form.register('givenName')} />
        <label htmlFor="familyName">Family name</label>
        <input id="familyName" {...form.register('familyName')} />
        <label htmlFor="birthDate">Birth date</label>
        <input id="birthDate" type="date" {...form.register('birthDate')} />
        <label htmlFor="plannedTreatment">Planned treatment</label>
        <select id="plannedTreatment" {...form.register('plannedTreatment')}>
          <option value="iv-ketamine">IV ketamine</option>
          <option value="im-ketamine">IM ketamine</option>
          <option value="esketamine-nasal">Esketamine nasal spray</option>
          <option value="other">Other</option>
        </select>
        <button type="submit">Create visit</button>
      </form>
      {create.data && (
        <p>
          Tablet code: <strong data-testid="visit-code">{create.data.code}</strong>
        </p>
      )}
      {create.error && <p role="alert">{create.error.message}</p>}
    </section>
  );
}

function Queue() {
  const queryClient = useQueryClient();
  const queue = useQuery({
    queryKey: ['submissions'],
    queryFn: () => api<{ items: TriageItem[] }>('GET', '/api/submissions'),
  });
  useEffect(() => {
    const source = new EventSource('/api/events');
    const refresh = () => void queryClient.invalidateQueries({ queryKey: ['submissions'] });
    source.addEventListener('submission.created', refresh);
    source.addEventListener('submission.updated', refresh);
    return () => source.close();
  }, [queryClient]);
  return (
    <section aria-labelledby="queue">
      <h2 id="queue">Triage queue</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Patient</th>
            <th scope="col">Arrived</th>
            <th scope="col">State</th>
            <th scope="col">Urgent</th>
            <th scope="col">Review</th>
            <th scope="col">Info</th>
          </tr>
        </thead>
        <tbody>
          {queue.data?.items.map((item) => (
            <tr key={item.id}>
              <td>
                {item.patient.givenName} {item.patient.familyName}
              </td>
              <td>{new Date(item.submittedAt).toLocaleTimeString()}</td>
              <td>{item.status}</td>
              <td>{item.openFlags.urgent}</td>
              <td>{item.openFlags.review}</td>
              <td>{item.openFlags.info}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
