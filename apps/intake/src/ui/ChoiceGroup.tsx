// Yes / no / not sure and every other single choice: real radio inputs, drawn as large buttons.
// The input covers its whole button, so the touch target is the button.
import type { Ref } from 'react';
import { describedBy } from './ids';

export interface ChoiceGroupProps<V extends string | number> {
  id: string;
  name: string;
  legend: string;
  help?: string | undefined;
  error?: string | undefined;
  options: readonly { value: V; label: string }[];
  value: V | undefined;
  onChange: (value: V) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Long labels (PHQ-9 answers) stack; short ones sit side by side. */
  layout?: 'row' | 'stack';
  legendClassName?: string;
  required?: boolean;
}

export function ChoiceGroup<V extends string | number>(props: ChoiceGroupProps<V>) {
  const helpId = props.help ? `${props.id}-help` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  return (
    <fieldset
      className="question"
      role="radiogroup"
      id={props.id}
      aria-describedby={describedBy(helpId, errorId)}
      aria-invalid={props.error ? true : undefined}
      aria-required={props.required === false ? undefined : true}
    >
      <legend className={props.legendClassName ?? 'question-text'}>{props.legend}</legend>
      {props.help && (
        <p className="help" id={helpId}>
          {props.help}
        </p>
      )}
      <div className={`choices choices-${props.layout ?? 'row'}`}>
        {props.options.map((option, index) => (
          <label
            className={props.value === option.value ? 'choice is-checked' : 'choice'}
            key={String(option.value)}
          >
            <input
              type="radio"
              name={props.name}
              value={String(option.value)}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
              onBlur={props.onBlur}
              ref={index === 0 ? props.inputRef : undefined}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {props.error && <FieldError id={errorId!} message={props.error} />}
    </fieldset>
  );
}

export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p className="field-error" id={id} role="alert">
      <span aria-hidden="true" className="field-error-icon">
        !
      </span>
      {message}
    </p>
  );
}
