// New visit: who the patient is and what is planned; then the tablet code, big and as a QR code.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import {
  PLANNED_TREATMENT_LABELS,
  plannedTreatmentSchema,
  visitContextSchema,
  type PlannedTreatment,
} from '@preflight/screening';
import { lazy, Suspense, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Field, FormError } from '../components/Field';
import { api } from '../lib/api';
import { applyServerError, messageOf } from '../lib/errors';
import { formatTime, groupCode } from '../lib/format';
import { friendlyErrors } from '../lib/friendly-errors';
import type { CreatedVisit } from '../lib/types';
import { useSession } from '../session/session';

const QrCode = lazy(() => import('../components/QrCode'));

const patientSchema = visitContextSchema.shape.patient;
const newVisitSchema = patientSchema.extend({
  mrn: z.string().trim().max(64).optional(),
  plannedTreatment: plannedTreatmentSchema,
  siteId: z.string().optional(),
});
type NewVisitValues = z.infer<typeof newVisitSchema>;

const LABELS = {
  givenName: 'given name',
  familyName: 'family name',
  birthDate: 'birth date',
  plannedTreatment: 'planned treatment',
  mrn: 'record number',
  siteId: 'clinic',
};

interface VisitCard extends CreatedVisit {
  patientName: string;
  plannedTreatment: PlannedTreatment;
  cancelled?: boolean;
}

export function NewVisit() {
  const { me } = useSession();
  const severalSites = me.sites.length > 1;
  const [formError, setFormError] = useState<string | null>(null);
  // Visits made on this screen, newest first; kept in memory only (dropped on lock or sign-out).
  const [visits, setVisits] = useState<VisitCard[]>([]);
  const form = useForm<NewVisitValues>({
    resolver: zodResolver(
      severalSites
        ? newVisitSchema.refine((v) => Boolean(v.siteId), {
            path: ['siteId'],
            message: 'Choose the clinic for this visit.',
          })
        : newVisitSchema,
      { error: friendlyErrors(LABELS) },
    ),
    defaultValues: { plannedTreatment: 'iv-ketamine', siteId: '' },
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <main id="main">
      <h1 tabIndex={-1}>New visit</h1>
      <div className="two-column">
        <form
          noValidate
          aria-labelledby="new-visit-form"
          onSubmit={form.handleSubmit(async (values) => {
            setFormError(null);
            try {
              const created = await api<CreatedVisit>('POST', '/api/visits', {
                patient: {
                  givenName: values.givenName,
                  familyName: values.familyName,
                  birthDate: values.birthDate,
                  ...(values.mrn ? { mrn: values.mrn } : {}),
                },
                plannedTreatment: values.plannedTreatment,
                ...(values.siteId ? { siteId: values.siteId } : {}),
              });
              setVisits((list) => [
                {
                  ...created,
                  patientName: `${values.givenName.trim()} ${values.familyName.trim()}`,
                  plannedTreatment: values.plannedTreatment,
                },
                ...list,
              ]);
              form.reset({ plannedTreatment: values.plannedTreatment, siteId: values.siteId });
            } catch (error) {
              setFormError(
                applyServerError(error, form.setError, (path) => {
                  const name = path.replace(/^patient\./, '');
                  return name in LABELS ? (name as keyof NewVisitValues) : undefined;
                }),
              );
            }
          })}
        >
          <h2 id="new-visit-form">Patient and treatment</h2>
          <Field label="Given name" error={errors.givenName?.message}>
            {(p) => <input {...p} autoComplete="off" {...form.register('givenName')} />}
          </Field>
          <Field label="Family name" error={errors.familyName?.message}>
            {(p) => <input {...p} autoComplete="off" {...form.register('familyName')} />}
          </Field>
          <Field
            label="Birth date"
            hint="The patient enters it on the tablet to unlock the questions."
            error={errors.birthDate?.message}
          >
            {(p) => <input {...p} type="date" {...form.register('birthDate')} />}
          </Field>
          <Field label="Record number (optional)" error={errors.mrn?.message}>
            {(p) => <input {...p} autoComplete="off" {...form.register('mrn')} />}
          </Field>
          <Field label="Planned treatment" error={errors.plannedTreatment?.message}>
            {(p) => (
              <select {...p} {...form.register('plannedTreatment')}>
                {plannedTreatmentSchema.options.map((value) => (
                  <option key={value} value={value}>
                    {PLANNED_TREATMENT_LABELS[value]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {severalSites && (
            <Field label="Clinic" error={errors.siteId?.message}>
              {(p) => (
                <select {...p} {...form.register('siteId')}>
                  <option value="">Choose…</option>
                  {me.sites.map((site) => (
                    <option key={site.id} value={site.id}>
                      {site.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <FormError error={formError} />
          <button type="submit" className="primary" disabled={isSubmitting}>
            Create visit
          </button>
        </form>
        <section aria-labelledby="codes-title" className="codes">
          <h2 id="codes-title">Tablet codes</h2>
          {visits.length === 0 && (
            <p className="muted">The code for the tablet appears here once the visit is created.</p>
          )}
          {visits.map((visit) => (
            <VisitCodeCard
              key={visit.visitId}
              visit={visit}
              onChange={(next) =>
                setVisits((list) => list.map((v) => (v.visitId === next.visitId ? next : v)))
              }
            />
          ))}
        </section>
      </div>
    </main>
  );
}

function VisitCodeCard({
  visit,
  onChange,
}: {
  visit: VisitCard;
  onChange: (visit: VisitCard) => void;
}) {
  const [confirmCancel, setConfirmCancel] = useState(false);
  const reissue = useMutation({
    mutationFn: () => api<Partial<CreatedVisit>>('POST', `/api/visits/${visit.visitId}/code`),
    onSuccess: (result) =>
      onChange({
        ...visit,
        code: result.code ?? visit.code,
        expiresAt: result.expiresAt ?? visit.expiresAt,
      }),
  });
  const cancel = useMutation({
    mutationFn: () => api('POST', `/api/visits/${visit.visitId}/cancel`),
    onSuccess: () => {
      setConfirmCancel(false);
      onChange({ ...visit, cancelled: true });
    },
  });
  const url = `${window.location.origin}/?code=${visit.code}`;
  const spoken = visit.code.split('').join(' ');
  return (
    <article className="visit-card" aria-label={`Visit for ${visit.patientName}`}>
      <h3>
        {visit.patientName}{' '}
        <span className="muted">· {PLANNED_TREATMENT_LABELS[visit.plannedTreatment]}</span>
      </h3>
      {visit.cancelled ? (
        <p className="status-note">
          Visit cancelled. The code and any tablet session no longer work.
        </p>
      ) : (
        <>
          <p className="code-label">Code for the tablet</p>
          <p
            className="visit-code"
            data-testid="visit-code"
            data-code={visit.code}
            aria-label={spoken}
          >
            {groupCode(visit.code)}
          </p>
          <p>
            Valid until <strong>{formatTime(visit.expiresAt)}</strong> to start or resume. The
            patient also enters their birth date.
          </p>
          <Suspense fallback={<div className="qr-placeholder" />}>
            <QrCode text={url} label={`QR code that opens the tablet with code ${spoken}`} />
          </Suspense>
          <div className="actions">
            <button type="button" onClick={() => reissue.mutate()} disabled={reissue.isPending}>
              Reissue code
            </button>
            {!confirmCancel ? (
              <button type="button" className="danger" onClick={() => setConfirmCancel(true)}>
                Cancel visit…
              </button>
            ) : (
              <span className="confirm" role="group" aria-label="Confirm cancelling">
                <span>Cancel this visit? The tablet will ask the patient to see staff.</span>
                <button
                  type="button"
                  className="danger"
                  onClick={() => cancel.mutate()}
                  disabled={cancel.isPending}
                >
                  Yes, cancel visit
                </button>
                <button type="button" onClick={() => setConfirmCancel(false)}>
                  Keep it
                </button>
              </span>
            )}
          </div>
        </>
      )}
      {(reissue.error || cancel.error) && (
        <p role="alert" className="form-error">
          {messageOf(reissue.error ?? cancel.error)}
        </p>
      )}
    </article>
  );
}
