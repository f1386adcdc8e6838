// New visit: who the patient is and what is planned; then the tablet code, big and as a QR code.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  PLANNED_TREATMENT_LABELS,
  plannedTreatmentSchema,
  visitContextSchema,
  type PlannedTreatment,
} from '@preflight/screening';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod';
import { Field, FormError } from '../components/Field';
import { api } from '../lib/api';
import { applyServerError, messageOf } from '../lib/errors';
import { formatMoment, groupCode, patientName } from '../lib/format';
import { friendlyErrors } from '../lib/friendly-errors';
import type { CreatedVisit } from '../lib/types';
import { useNow } from '../lib/use-now';
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

/** The API names patient fields `patient.givenName`; the forms call them `givenName`. */
function formFieldOf<Name extends string>(fields: Readonly<Record<Name, unknown>>) {
  return (path: string): Name | undefined => {
    const name = path.replace(/^patient\./, '');
    return Object.hasOwn(fields, name) ? (name as Name) : undefined;
  };
}

interface OpenVisit {
  visitId: string;
  patient: { givenName: string; familyName: string; birthDate: string };
  plannedTreatment: PlannedTreatment;
  codeExpiresAt: string | null;
  createdAt: string;
  draft: { step: string; updatedAt: string } | null;
}

/** Codes shown on this screen, by visit. The server keeps only their hashes, so a code can be
 * shown once; after that a nurse reissues it. Memory only: gone on lock or sign-out. */
type ShownCodes = Record<string, { code: string; expiresAt: string }>;

export function NewVisit() {
  const { me } = useSession();
  const queryClient = useQueryClient();
  const severalSites = me.sites.length > 1;
  const [formError, setFormError] = useState<string | null>(null);
  const [codes, setCodes] = useState<ShownCodes>({});
  const openVisits = useQuery({
    queryKey: ['visits', 'open'],
    queryFn: () => api<{ items: OpenVisit[] }>('GET', '/api/visits'),
  });
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
  const showCode = (visitId: string, code: { code: string; expiresAt: string }) =>
    setCodes((shown) => ({ ...shown, [visitId]: code }));
  const refreshVisits = () => queryClient.invalidateQueries({ queryKey: ['visits'] });

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
              // Shown at once, before the list refetches, so the nurse never waits for the code.
              queryClient.setQueryData<{ items: OpenVisit[] }>(['visits', 'open'], (list) => ({
                items: [
                  {
                    visitId: created.visitId,
                    patient: {
                      givenName: values.givenName.trim(),
                      familyName: values.familyName.trim(),
                      birthDate: values.birthDate,
                    },
                    plannedTreatment: values.plannedTreatment,
                    codeExpiresAt: created.expiresAt,
                    createdAt: new Date().toISOString(),
                    draft: null,
                  },
                  ...(list?.items ?? []).filter((v) => v.visitId !== created.visitId),
                ],
              }));
              showCode(created.visitId, created);
              // Every field named: react-hook-form keeps what a box shows for a field reset()
              // is not given, so the next patient's form would start with this one's details and
              // a second tap would create their visit twice.
              form.reset({
                givenName: '',
                familyName: '',
                birthDate: '',
                mrn: '',
                plannedTreatment: values.plannedTreatment,
                siteId: values.siteId,
              });
              void refreshVisits();
            } catch (error) {
              setFormError(
                applyServerError(error, form.setError, formFieldOf<keyof NewVisitValues>(LABELS)),
              );
            }
          })}
        >
          <h2 id="new-visit-form">Patient and treatment</h2>
          <PatientAndTreatmentFields
            register={(name) => form.register(name)}
            errors={errors}
            birthDateHint="The patient enters it on the tablet to unlock the questions."
          >
            <Field label="Record number (optional)" error={errors.mrn?.message}>
              {(p) => <input {...p} autoComplete="off" {...form.register('mrn')} />}
            </Field>
          </PatientAndTreatmentFields>
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
          <h2 id="codes-title">Waiting for the tablet</h2>
          {openVisits.isError && <FormError error={messageOf(openVisits.error)} />}
          {openVisits.isSuccess && openVisits.data.items.length === 0 && (
            <p className="muted">
              No open visits. The code for the tablet appears here once a visit is created.
            </p>
          )}
          {openVisits.data?.items.map((visit) => (
            <VisitCodeCard
              key={visit.visitId}
              visit={visit}
              shown={codes[visit.visitId]}
              onReissued={(code) => showCode(visit.visitId, code)}
              onChanged={() => void refreshVisits()}
            />
          ))}
        </section>
      </div>
    </main>
  );
}

function VisitCodeCard({
  visit,
  shown,
  onReissued,
  onChanged,
}: {
  visit: OpenVisit;
  shown: { code: string; expiresAt: string } | undefined;
  onReissued: (code: { code: string; expiresAt: string }) => void;
  onChanged: () => void;
}) {
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const reissue = useMutation({
    mutationFn: () => api<CreatedVisit>('POST', `/api/visits/${visit.visitId}/code`),
    onSuccess: (result) => onReissued(result),
  });
  const cancel = useMutation({
    mutationFn: () => api('POST', `/api/visits/${visit.visitId}/cancel`),
    onSuccess: onChanged,
  });
  const name = patientName(visit.patient);
  const expiresAt = shown?.expiresAt ?? visit.codeExpiresAt;
  // Re-rendered while open, so an expired code leaves the screen without a reload.
  const now = useNow(15_000);
  const expired = expiresAt ? Date.parse(expiresAt) <= now : true;
  return (
    <article className="visit-card" aria-label={`Visit for ${name}`}>
      <h3>
        {name} <span className="muted">· {PLANNED_TREATMENT_LABELS[visit.plannedTreatment]}</span>
      </h3>
      {visit.draft && (
        <p className="muted">
          Answering on the tablet (last saved {formatMoment(visit.draft.updatedAt, now)}).
        </p>
      )}
      {shown && !expired ? (
        <CodeDisplay code={shown.code} expiresAt={shown.expiresAt} now={now} />
      ) : (
        <p>
          {expired
            ? 'The code has expired. Reissue it to give the patient a new one.'
            : `Code valid until ${formatMoment(expiresAt!, now)}. It is shown only when issued: reissue it to show it again.`}
        </p>
      )}
      {correcting && (
        <CorrectVisit
          visit={visit}
          onDone={() => {
            setCorrecting(false);
            onChanged();
          }}
          onClose={() => setCorrecting(false)}
        />
      )}
      <div className="actions">
        {!correcting && (
          <button type="button" onClick={() => setCorrecting(true)}>
            Correct details
          </button>
        )}
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
      {(reissue.error || cancel.error) && (
        <p role="alert" className="form-error">
          {messageOf(reissue.error ?? cancel.error)}
        </p>
      )}
    </article>
  );
}

function CodeDisplay({ code, expiresAt, now }: { code: string; expiresAt: string; now: number }) {
  const url = `${window.location.origin}/?code=${code}`;
  const spoken = code.split('').join(' ');
  return (
    <>
      <p className="code-label">Code for the tablet</p>
      <p className="visit-code" data-testid="visit-code" data-code={code} aria-label={spoken}>
        {groupCode(code)}
      </p>
      <p>
        Valid until <strong>{formatMoment(expiresAt, now)}</strong> to start or resume. The patient
        also enters their birth date.
      </p>
      <Suspense fallback={<div className="qr-placeholder" />}>
        <QrCode text={url} label={`QR code that opens the tablet with code ${spoken}`} />
      </Suspense>
    </>
  );
}

type PatientField = 'givenName' | 'familyName' | 'birthDate' | 'plannedTreatment';

/** Who the patient is and what is planned: the same fields when creating and correcting a visit. */
function PatientAndTreatmentFields({
  register,
  errors,
  birthDateHint,
  children,
}: {
  register: (name: PatientField) => UseFormRegisterReturn;
  errors: Partial<Record<PatientField, { message?: string | undefined }>>;
  birthDateHint?: string;
  /** Extra fields, shown before the planned treatment. */
  children?: ReactNode;
}) {
  return (
    <>
      <Field label="Given name" error={errors.givenName?.message}>
        {(p) => <input {...p} autoComplete="off" {...register('givenName')} />}
      </Field>
      <Field label="Family name" error={errors.familyName?.message}>
        {(p) => <input {...p} autoComplete="off" {...register('familyName')} />}
      </Field>
      <Field label="Birth date" hint={birthDateHint} error={errors.birthDate?.message}>
        {(p) => <input {...p} type="date" {...register('birthDate')} />}
      </Field>
      {children}
      <Field label="Planned treatment" error={errors.plannedTreatment?.message}>
        {(p) => (
          <select {...p} {...register('plannedTreatment')}>
            {plannedTreatmentSchema.options.map((value) => (
              <option key={value} value={value}>
                {PLANNED_TREATMENT_LABELS[value]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

const correctionSchema = newVisitSchema.pick({
  givenName: true,
  familyName: true,
  birthDate: true,
  plannedTreatment: true,
});
type Correction = z.infer<typeof correctionSchema>;

/** Corrects a visit before submission: a misspelt name or birth date keeps the tablet locked. */
function CorrectVisit({
  visit,
  onDone,
  onClose,
}: {
  visit: OpenVisit;
  onDone: () => void;
  onClose: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Correction>({
    resolver: zodResolver(correctionSchema, { error: friendlyErrors(LABELS) }),
    defaultValues: {
      givenName: visit.patient.givenName,
      familyName: visit.patient.familyName,
      birthDate: visit.patient.birthDate,
      plannedTreatment: visit.plannedTreatment,
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form
      noValidate
      className="correct-visit"
      aria-label={`Correct the details of ${patientName(visit.patient)}`}
      onSubmit={form.handleSubmit(async (values) => {
        setError(null);
        try {
          await api('PATCH', `/api/visits/${visit.visitId}`, {
            patient: {
              givenName: values.givenName,
              familyName: values.familyName,
              birthDate: values.birthDate,
            },
            plannedTreatment: values.plannedTreatment,
          });
          onDone();
        } catch (e) {
          setError(
            applyServerError(
              e,
              form.setError,
              formFieldOf<keyof Correction>(correctionSchema.shape),
            ),
          );
        }
      })}
    >
      <PatientAndTreatmentFields register={(name) => form.register(name)} errors={errors} />
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          Save corrections
        </button>
        <button type="button" onClick={onClose}>
          Close without saving
        </button>
      </div>
    </form>
  );
}
