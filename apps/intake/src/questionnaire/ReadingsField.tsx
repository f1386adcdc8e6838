// 1–3 blood-pressure readings. An unusual number gets a gentle "please check" and can be
// confirmed as typed (confirmedOutOfRange); the time of each reading is filled in by itself.
import { Controller, get, useFieldArray, useFormState, useWatch } from 'react-hook-form';
import {
  NAVIGATION,
  READING_CHECK,
  localize,
  readingEntryWarnings,
  type AnswerItem,
  type ReadingValueField,
} from '@preflight/screening';
import { ChoiceGroup, FieldError } from '../ui/ChoiceGroup';
import { describedBy, fieldId } from '../ui/ids';
import { strings } from '../strings';
import { errorMessage, FieldLabel, type ItemProps } from './ItemField';
import { isEntryCheckMessage, toNumber } from './step-form';

type ReadingsItem = Extract<AnswerItem, { type: 'readings' }>;
const VALUE_FIELDS: ReadingValueField[] = ['systolic', 'diastolic', 'heartRate'];

interface ReadingRow {
  systolic?: number;
  diastolic?: number;
  heartRate?: number;
  arm?: 'left' | 'right';
  confirmedOutOfRange?: boolean;
}

export function ReadingsField({ form, language, item }: ItemProps & { item: ReadingsItem }) {
  const t = (text: { en: string; es: string }) => localize(text, language);
  const s = strings(language);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: item.linkId });
  const rows = (useWatch({ control: form.control, name: item.linkId }) ?? []) as ReadingRow[];
  const { errors, isSubmitted, touchedFields } = useFormState({
    control: form.control,
    name: item.linkId,
  });
  const listError = get(errors, item.linkId) as { message?: string } | undefined;
  const id = fieldId(item.linkId);

  return (
    <div className="question readings">
      <p className="question-text" id={`${id}-text`}>
        {t(item.text)}
      </p>
      {item.help && <p className="help">{t(item.help)}</p>}
      {listError?.message && (
        <FieldError
          id={`${id}-error`}
          message={errorMessage(form, errors, item.linkId, language, item)!}
        />
      )}
      {fields.map((row, index) => {
        const base = `${item.linkId}.${index}`;
        const values = rows[index] ?? {};
        const looked = (field: ReadingValueField) =>
          isSubmitted || Boolean(get(touchedFields, `${base}.${field}`));
        const warnings = readingEntryWarnings({
          systolic: looked('systolic') ? toNumber(values.systolic) : undefined,
          diastolic: looked('diastolic') ? toNumber(values.diastolic) : undefined,
          heartRate: looked('heartRate') ? toNumber(values.heartRate) : undefined,
        });
        const warnedFields = new Set(warnings.map((w) => w.field));
        const checkId = `${fieldId(base)}-check`;
        return (
          <section className="card" key={row.id} aria-labelledby={`${fieldId(base)}-title`}>
            <div className="card-head">
              <h2 className="card-title" id={`${fieldId(base)}-title`}>
                {s.reading(index + 1)}
              </h2>
              {fields.length > item.minCount && (
                <button type="button" className="button-quiet" onClick={() => remove(index)}>
                  {s.removeReading(index + 1)}
                </button>
              )}
            </div>
            <div className="reading-values">
              {VALUE_FIELDS.map((field) => {
                const spec = item.fields[field];
                const path = `${base}.${field}`;
                const inputId = fieldId(path);
                const raw = get(errors, path) as { message?: string } | undefined;
                const entryCheck = isEntryCheckMessage(raw?.message) || warnedFields.has(field);
                const error =
                  raw && !isEntryCheckMessage(raw.message)
                    ? errorMessage(form, errors, path, language, item)
                    : undefined;
                const errorId = error ? `${inputId}-error` : undefined;
                return (
                  <div className="reading-value" key={field}>
                    <FieldLabel htmlFor={inputId}>{t(spec.label)}</FieldLabel>
                    <div className="with-unit">
                      <input
                        id={inputId}
                        className="number-input"
                        type="text"
                        inputMode="numeric"
                        pattern="[0-9]*"
                        maxLength={3}
                        autoComplete="off"
                        aria-invalid={error || entryCheck ? true : undefined}
                        aria-describedby={describedBy(
                          spec.unit && `${inputId}-unit`,
                          errorId,
                          entryCheck && checkId,
                        )}
                        aria-required="true"
                        {...form.register(path, {
                          setValueAs: toNumber,
                          onChange: () => {
                            if (!form.getValues(`${base}.takenAt`)) {
                              form.setValue(`${base}.takenAt`, new Date().toISOString());
                            }
                          },
                        })}
                      />
                      {spec.unit && (
                        <span className="unit" id={`${inputId}-unit`}>
                          {t(spec.unit)}
                        </span>
                      )}
                    </div>
                    {error && <FieldError id={errorId!} message={error} />}
                  </div>
                );
              })}
            </div>
            {warnings.length > 0 && (
              <div className="check-number" id={checkId} role="alert">
                {[...new Set(warnings.map((w) => t(w.message)))].map((message) => (
                  <p key={message}>{message}</p>
                ))}
                <label className="check">
                  <input type="checkbox" {...form.register(`${base}.confirmedOutOfRange`)} />
                  <span>{t(READING_CHECK.confirm)}</span>
                </label>
              </div>
            )}
            <Controller
              control={form.control}
              name={`${base}.arm`}
              render={({ field }) => (
                <ChoiceGroup
                  id={fieldId(`${base}.arm`)}
                  name={`${base}.arm`}
                  legend={t(item.fields.arm.label)}
                  error={errorMessage(form, errors, `${base}.arm`, language, item)}
                  options={item.armOptions.map((o) => ({ value: o.value, label: t(o.label) }))}
                  value={field.value as 'left' | 'right' | undefined}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  legendClassName="question-text small"
                />
              )}
            />
          </section>
        );
      })}
      {fields.length < item.maxCount && (
        <button
          type="button"
          className="button-secondary add-row"
          onClick={() => append({ arm: rows[rows.length - 1]?.arm })}
        >
          <span aria-hidden="true">+</span> {t(NAVIGATION.addReading)}
        </button>
      )}
    </div>
  );
}
