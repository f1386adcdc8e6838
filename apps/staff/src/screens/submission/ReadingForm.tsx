// A staff re-measurement. The domain's staff reading schema checks it (plausibility included);
// the server re-runs the vitals rules, keeps the patient's readings and the earlier flags.
import { zodResolver } from '@hookform/resolvers/zod';
import {
  readingEntryWarnings,
  staffReadingInputSchema,
  type StaffReadingInput,
} from '@preflight/screening';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, FormError } from '../../components/Field';
import { api } from '../../lib/api';
import { applyServerError } from '../../lib/errors';
import { friendlyErrors } from '../../lib/friendly-errors';
import { useRefreshSubmission } from './use-submission';

const LABELS = {
  systolic: 'systolic pressure',
  diastolic: 'diastolic pressure',
  heartRate: 'heart rate',
  arm: 'arm',
};

/** The three numbers of a reading, in the order a cuff shows them. */
const NUMBER_FIELDS = [
  ['systolic', 'Systolic (mmHg)'],
  ['diastolic', 'Diastolic (mmHg)'],
  ['heartRate', 'Heart rate (per minute)'],
] as const;

export function ReadingForm({ submissionId }: { submissionId: string }) {
  const refresh = useRefreshSubmission(submissionId);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<StaffReadingInput>({
    resolver: zodResolver(staffReadingInputSchema, { error: friendlyErrors(LABELS) }),
    defaultValues: { arm: 'left' },
  });
  const { errors, isSubmitting } = form.formState;
  const [systolic, diastolic, heartRate] = form.watch(['systolic', 'diastolic', 'heartRate']);
  const outOfRange =
    [systolic, diastolic, heartRate].every((v) => typeof v === 'number' && !Number.isNaN(v)) &&
    readingEntryWarnings({ systolic, diastolic, heartRate }).length > 0;

  return (
    <form
      noValidate
      className="reading-form"
      aria-labelledby="reading-form-title"
      onSubmit={form.handleSubmit(async (values) => {
        setError(null);
        setSaved(false);
        try {
          await api('POST', `/api/submissions/${submissionId}/vitals`, {
            systolic: values.systolic,
            diastolic: values.diastolic,
            heartRate: values.heartRate,
            arm: values.arm,
            ...(values.confirmedOutOfRange ? { confirmedOutOfRange: true } : {}),
          });
          // reset() without values clears the number boxes; reset(values) would keep what they
          // show (react-hook-form reads the box back for a field it is not given), inviting the
          // same reading twice. The arm stays: the next reading is likely on the same one.
          form.reset();
          form.setValue('arm', values.arm);
          setSaved(true);
          await refresh();
        } catch (e) {
          setError(
            applyServerError(e, form.setError, (path) =>
              path in LABELS ? (path as keyof StaffReadingInput) : undefined,
            ),
          );
        }
      })}
    >
      <h3 id="reading-form-title">Add a re-measured reading</h3>
      <p className="muted">
        Flags update at once; the patient’s own readings and earlier flags stay in the history.
      </p>
      <div className="reading-fields">
        {NUMBER_FIELDS.map(([name, label]) => (
          <Field key={name} label={label} error={errors[name]?.message}>
            {(p) => (
              <input
                {...p}
                type="number"
                inputMode="numeric"
                {...form.register(name, { valueAsNumber: true })}
              />
            )}
          </Field>
        ))}
        <Field label="Arm" error={errors.arm?.message}>
          {(p) => (
            <select {...p} {...form.register('arm')}>
              <option value="left">Left</option>
              <option value="right">Right</option>
            </select>
          )}
        </Field>
      </div>
      {outOfRange && (
        <div className="checkbox">
          <input
            id="confirm-out-of-range"
            type="checkbox"
            {...form.register('confirmedOutOfRange')}
          />
          <label htmlFor="confirm-out-of-range">
            I re-checked: this value is outside the usual range and correct as typed
          </label>
        </div>
      )}
      <FormError error={error} />
      {saved && (
        <p role="status" className="saved">
          Reading added. Flags were re-evaluated.
        </p>
      )}
      <button type="submit" disabled={isSubmitting}>
        Add reading
      </button>
    </form>
  );
}
