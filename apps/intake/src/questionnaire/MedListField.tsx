// The medicine list: one row per medicine, the name typed with suggestions from the domain's
// catalogue (brand and generic names; loaded on first use, it is large), free text allowed.
import { useEffect, useId, useRef, useState } from 'react';
import {
  get,
  useFieldArray,
  useFormState,
  useWatch,
  type FieldErrors,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form';
import { NAVIGATION, localize, type AnswerItem } from '@preflight/screening';
import type { IntakeLanguage } from '@preflight/screening/intake-machine';
import { FieldError } from '../ui/ChoiceGroup';
import { describedBy, fieldId } from '../ui/ids';
import { strings } from '../strings';
import { errorMessage, FieldLabel, type ItemProps } from './ItemField';

type MedListItem = Extract<AnswerItem, { type: 'medList' }>;
type Suggest = (query: string, limit?: number) => { label: string }[];

let catalogue: Promise<Suggest> | null = null;
function loadSuggest(): Promise<Suggest> {
  catalogue ??= import('@preflight/screening/medications').then((m) => m.suggestMedications);
  return catalogue;
}

/** "Xanax (alprazolam)" → "Xanax": the name the patient picked, as they know it. */
export function nameFromSuggestion(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, '');
}

export function MedListField({ form, language, item }: ItemProps & { item: MedListItem }) {
  const t = (text: { en: string; es: string }) => localize(text, language);
  const s = strings(language);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: item.linkId });
  const { errors } = useFormState({ control: form.control, name: item.linkId });
  const listError = get(errors, item.linkId) as { message?: string } | undefined;
  const id = fieldId(item.linkId);

  // The list is shown because the patient said yes: start with one row to fill in.
  useEffect(() => {
    if (fields.length === 0) append({ name: '' }, { shouldFocus: false });
  }, [fields.length, append]);

  return (
    <div className="question medlist">
      <p className="question-text">{t(item.text)}</p>
      {listError?.message && (
        <FieldError
          id={`${id}-error`}
          message={errorMessage(form, errors, item.linkId, language, item)!}
        />
      )}
      {fields.map((row, index) => {
        const base = `${item.linkId}.${index}`;
        return (
          <section className="card" key={row.id} aria-labelledby={`${fieldId(base)}-title`}>
            <div className="card-head">
              <h2 className="card-title" id={`${fieldId(base)}-title`}>
                {s.medicine(index + 1)}
              </h2>
              {fields.length > 1 && (
                <button type="button" className="button-quiet" onClick={() => remove(index)}>
                  {s.removeMedicine(index + 1)}
                </button>
              )}
            </div>
            <MedicationName
              form={form}
              path={`${base}.name`}
              label={t(item.fields.name.label)}
              maxLength={item.fields.name.maxLength ?? 200}
              language={language}
              item={item}
              errors={errors}
              listErrorId={index === 0 && listError?.message ? `${id}-error` : undefined}
            />
            <div className="two-up">
              {(['dose', 'frequency'] as const).map((field) => {
                const path = `${base}.${field}`;
                const inputId = fieldId(path);
                const error = errorMessage(form, errors, path, language, item);
                return (
                  <div className="subfield" key={field}>
                    <FieldLabel htmlFor={inputId}>
                      {t(item.fields[field].label)} <span className="muted">{s.optional}</span>
                    </FieldLabel>
                    <input
                      id={inputId}
                      type="text"
                      autoComplete="off"
                      maxLength={item.fields[field].maxLength ?? 100}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${inputId}-error` : undefined}
                      {...form.register(path)}
                    />
                    {error && <FieldError id={`${inputId}-error`} message={error} />}
                  </div>
                );
              })}
            </div>
          </section>
        );
      })}
      {fields.length < item.maxCount && (
        <button
          type="button"
          className="button-secondary add-row"
          onClick={() => append({ name: '' })}
        >
          <span aria-hidden="true">+</span> {t(NAVIGATION.addMedication)}
        </button>
      )}
    </div>
  );
}

function MedicationName(props: {
  form: UseFormReturn<FieldValues>;
  path: string;
  label: string;
  maxLength: number;
  language: IntakeLanguage;
  item: MedListItem;
  errors: FieldErrors;
  /** "Please list at least one medicine" points at the first name box. */
  listErrorId?: string | undefined;
}) {
  const { form, path, language } = props;
  const s = strings(language);
  const listId = useId();
  const inputId = fieldId(path);
  const value = (useWatch({ control: form.control, name: path }) ?? '') as string;
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const picked = useRef<string | null>(null);
  const error = errorMessage(form, props.errors, path, language, props.item);
  const errorId = error ? `${inputId}-error` : undefined;

  useEffect(() => {
    const query = value.trim();
    if (query.length < 2 || picked.current === value) {
      setSuggestions([]);
      return;
    }
    let current = true;
    void loadSuggest().then((suggest) => {
      if (!current) return;
      setSuggestions(suggest(query, 6).map((suggestion) => suggestion.label));
      setActive(-1);
    });
    return () => {
      current = false;
    };
  }, [value]);

  const choose = (label: string) => {
    const name = nameFromSuggestion(label);
    picked.current = name;
    form.setValue(path, name, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    setOpen(false);
  };
  const expanded = open && suggestions.length > 0;
  const registered = form.register(path);

  return (
    <div className="subfield combo">
      <FieldLabel htmlFor={inputId}>{props.label}</FieldLabel>
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={props.maxLength}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={error || props.listErrorId ? true : undefined}
        aria-describedby={describedBy(errorId, props.listErrorId)}
        aria-required="true"
        {...registered}
        onFocus={() => {
          void loadSuggest();
          setOpen(true);
        }}
        onChange={(event) => {
          picked.current = null;
          setOpen(true);
          void registered.onChange(event);
        }}
        onBlur={(event) => {
          // A tap on a suggestion blurs the box first; let the tap land.
          setTimeout(() => setOpen(false), 150);
          void registered.onBlur(event);
        }}
        onKeyDown={(event) => {
          if (!expanded) return;
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((i) => Math.min(i + 1, suggestions.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === 'Enter' && active >= 0) {
            event.preventDefault();
            choose(suggestions[active]!);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <ul
        className="suggestions"
        id={listId}
        role="listbox"
        aria-label={s.suggestions}
        hidden={!expanded}
      >
        {suggestions.map((label, index) => (
          <li
            key={label}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onPointerDown={(event) => event.preventDefault()}
            onClick={() => choose(label)}
          >
            {label}
          </li>
        ))}
      </ul>
      {error && <FieldError id={errorId!} message={error} />}
    </div>
  );
}
