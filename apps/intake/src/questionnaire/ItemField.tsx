// One questionnaire item as a touch-friendly field. The item (text, options, units, ranges)
// comes from the domain's data; nothing here knows a particular question.
import {
  createContext,
  memo,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import {
  Controller,
  get,
  useController,
  useFormState,
  type FieldErrors,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form';
import {
  REQUIRED_MESSAGE,
  itemShown,
  localize,
  type AnswerItem,
  type QuestionnaireItem,
} from '@preflight/screening';
import type { IntakeLanguage } from '@preflight/screening/intake-machine';
import { ChoiceGroup, FieldError } from '../ui/ChoiceGroup';
import { describedBy, fieldId } from '../ui/ids';
import { strings } from '../strings';
import { NOTHING_HELD } from './first-screen';
import { errorText, toNumber } from './step-form';
import { MedListField } from './MedListField';
import { ReadingsField } from './ReadingsField';

export interface ItemProps {
  form: UseFormReturn<FieldValues>;
  language: IntakeLanguage;
  /** What the questionnaire's conditions read about the visit (one object per visit). */
  visit: { plannedTreatment: string };
}

/**
 * `errors` comes from the item's own `useFormState({ name })`, so a change to one question
 * re-renders that question only.
 */
export function errorMessage(
  form: UseFormReturn<FieldValues>,
  errors: FieldErrors,
  path: string,
  language: IntakeLanguage,
  item?: AnswerItem,
): string | undefined {
  const error = get(errors, path) as { message?: string } | undefined;
  if (!error) return undefined;
  // Whatever the schema says about a missing value, the patient reads "please answer".
  const value: unknown = form.getValues(path);
  const missing = value === undefined || value === null || value === '';
  return errorText(missing ? REQUIRED_MESSAGE : error.message, language, item);
}

/**
 * Whether an item is shown for the answers on screen now. Conditions may read any answer, so each
 * change is checked, but the item re-renders only when its own visibility flips.
 */
function useShown(form: UseFormReturn<FieldValues>, linkId: string, visit: ItemProps['visit']) {
  const [shown, setShown] = useState(() => itemShown(linkId, form.getValues(), visit) === true);
  useEffect(() => {
    setShown(itemShown(linkId, form.getValues(), visit) === true);
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => setShown(itemShown(linkId, values, visit) === true),
    });
  }, [form, linkId, visit]);
  return shown;
}

/** linkIds not drawn yet: below a step's first screenful, until that screen is painted. */
export const HeldBack = createContext<ReadonlySet<string>>(NOTHING_HELD);

/** Whether the step is drawn ahead, hidden (see StepScreen). */
export const DrawnAhead = createContext(false);

/**
 * A typed field's label. A field is found by its label (autofill, tools, tests): in a step drawn
 * ahead, hidden, the label is tied to its field only once the step is shown.
 */
export function FieldLabel(props: { htmlFor: string; className?: string; children: ReactNode }) {
  const ahead = useContext(DrawnAhead);
  return (
    <label className={props.className} htmlFor={ahead ? undefined : props.htmlFor}>
      {props.children}
    </label>
  );
}

/** One question, re-rendered only for its own answer, errors and visibility. */
export const QuestionItem = memo(function QuestionItem(
  props: ItemProps & { item: QuestionnaireItem },
) {
  const held = useContext(HeldBack).has(props.item.linkId);
  const shown = useShown(props.form, props.item.linkId, props.visit);
  return shown && !held ? <DrawnItem {...props} /> : null;
});

/** Its own error state: subscribes this item alone to errors under its linkId. */
function WithErrors(props: {
  form: UseFormReturn<FieldValues>;
  name: string;
  children: (errors: FieldErrors) => ReactNode;
}) {
  const { errors } = useFormState({ control: props.form.control, name: props.name });
  return props.children(errors);
}

// Memoised so releasing the held-back questions does not redraw those already on screen.
const DrawnItem = memo(function ItemField(props: ItemProps & { item: QuestionnaireItem }) {
  const { item, form, language } = props;
  const t = (text: { en: string; es: string }) => localize(text, language);
  const help = item.help ? t(item.help) : undefined;
  const legend = item.optional ? `${t(item.text)} ${strings(language).optional}` : t(item.text);
  const id = fieldId(item.linkId);

  switch (item.type) {
    case 'group':
      return (
        <section className="group" aria-labelledby={`${id}-stem`}>
          <h2 className="group-stem" id={`${id}-stem`}>
            {t(item.text)}
          </h2>
          {item.items.map((child) => (
            <QuestionItem key={child.linkId} {...props} item={child} />
          ))}
          {item.attribution && <p className="attribution">{t(item.attribution)}</p>}
        </section>
      );
    case 'yesNoUnsure':
    case 'yesNo':
    case 'choice':
    case 'score':
      return (
        <ChoiceItem
          form={form}
          item={item}
          language={language}
          id={id}
          legend={legend}
          help={help}
        />
      );
    case 'integer':
    case 'text':
      return (
        <WithErrors form={form} name={item.linkId}>
          {(errors) => {
            const error = errorMessage(form, errors, item.linkId, language, item);
            const helpId = help ? `${id}-help` : undefined;
            const errorId = error ? `${id}-error` : undefined;
            const common = {
              id,
              autoComplete: 'off',
              'aria-describedby': describedBy(helpId, errorId),
              'aria-invalid': error ? true : undefined,
              'aria-required': item.optional ? undefined : true,
            } as const;
            return (
              <div className="question">
                <FieldLabel className="question-text" htmlFor={id}>
                  {legend}
                </FieldLabel>
                {help && (
                  <p className="help" id={helpId}>
                    {help}
                  </p>
                )}
                {item.type === 'integer' ? (
                  <input
                    {...common}
                    className="number-input"
                    type="text"
                    inputMode="numeric"
                    pattern="[0-9]*"
                    maxLength={String(item.max).length}
                    {...form.register(item.linkId, { setValueAs: toNumber })}
                  />
                ) : item.multiline ? (
                  <textarea
                    {...common}
                    rows={3}
                    maxLength={item.maxLength}
                    {...form.register(item.linkId)}
                  />
                ) : (
                  <input
                    {...common}
                    type="text"
                    maxLength={item.maxLength}
                    autoCapitalize="words"
                    spellCheck={false}
                    {...form.register(item.linkId)}
                  />
                )}
                {error && <FieldError id={errorId!} message={error} />}
              </div>
            );
          }}
        </WithErrors>
      );
    case 'quantity': {
      const valuePath = `${item.linkId}.value`;
      return (
        <WithErrors form={form} name={item.linkId}>
          {(errors) => {
            const error =
              errorMessage(form, errors, valuePath, language, item) ??
              errorMessage(form, errors, `${item.linkId}.unit`, language, item) ??
              errorMessage(form, errors, item.linkId, language, item);
            const helpId = help ? `${id}-help` : undefined;
            const errorId = error ? `${id}-error` : undefined;
            return (
              <fieldset className="question" aria-describedby={describedBy(helpId, errorId)}>
                <legend className="question-text">{legend}</legend>
                {help && (
                  <p className="help" id={helpId}>
                    {help}
                  </p>
                )}
                <div className="quantity">
                  <FieldLabel className="visually-hidden" htmlFor={id}>
                    {t(item.text)}
                  </FieldLabel>
                  <input
                    id={id}
                    className="number-input"
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    maxLength={6}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={describedBy(helpId, errorId)}
                    {...form.register(valuePath, { setValueAs: toNumber })}
                  />
                  <Controller
                    control={form.control}
                    name={`${item.linkId}.unit`}
                    render={({ field }) => (
                      <div className="units" role="radiogroup" aria-label={strings(language).unit}>
                        {item.units.map((unit) => (
                          <label
                            className={`choice choice-unit${field.value === unit.value ? ' is-checked' : ''}`}
                            key={unit.value}
                          >
                            <input
                              type="radio"
                              name={`${item.linkId}.unit`}
                              value={unit.value}
                              checked={field.value === unit.value}
                              onChange={() => field.onChange(unit.value)}
                            />
                            <span>{t(unit.label)}</span>
                          </label>
                        ))}
                      </div>
                    )}
                  />
                </div>
                {error && <FieldError id={errorId!} message={error} />}
              </fieldset>
            );
          }}
        </WithErrors>
      );
    }
    case 'attestation':
      return (
        <WithErrors form={form} name={item.linkId}>
          {(errors) => {
            const error = errorMessage(form, errors, item.linkId, language, item);
            const errorId = error ? `${id}-error` : undefined;
            return (
              <div className="question">
                <label className="check" htmlFor={id}>
                  <input
                    id={id}
                    type="checkbox"
                    aria-invalid={error ? true : undefined}
                    aria-describedby={errorId}
                    aria-required="true"
                    {...form.register(item.linkId)}
                  />
                  <span>{t(item.text)}</span>
                </label>
                {error && <FieldError id={errorId!} message={error} />}
              </div>
            );
          }}
        </WithErrors>
      );
    case 'readings':
      return <ReadingsField {...props} item={item} />;
    case 'medList':
      return <MedListField {...props} item={item} />;
  }
});

type ChoiceItemType = Extract<AnswerItem, { type: 'yesNoUnsure' | 'yesNo' | 'choice' | 'score' }>;

function ChoiceItem(props: {
  form: UseFormReturn<FieldValues>;
  item: ChoiceItemType;
  language: IntakeLanguage;
  id: string;
  legend: string;
  help: string | undefined;
}) {
  const { form, item, language } = props;
  const { field, formState } = useController({ control: form.control, name: item.linkId });
  const options = useMemo(
    () => item.options.map((o) => ({ value: o.value, label: localize(o.label, language) })),
    [item, language],
  );
  return (
    <ChoiceGroup<string | number>
      id={props.id}
      name={item.linkId}
      legend={props.legend}
      help={props.help}
      error={errorMessage(form, formState.errors, item.linkId, language, item)}
      options={options}
      value={field.value as string | number | undefined}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      layout={item.type === 'score' || item.options.length > 3 ? 'stack' : 'row'}
      legendClassName={item.type === 'score' ? 'question-text score-text' : undefined}
      required={!item.optional}
    />
  );
}
