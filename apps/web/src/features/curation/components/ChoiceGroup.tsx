import { useId, type ReactNode } from 'react';

export interface Choice {
  value: string;
  label: string;
}

/**
 * Checkboxes (several) or radio buttons (one) in a fieldset with legend, hint and error, the
 * group's counterpart of app/components/Field.
 */
export function ChoiceGroup({
  type,
  legend,
  hint,
  error,
  required,
  choices,
  selected,
  onChange,
  wide,
}: {
  type: 'checkbox' | 'radio';
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  choices: Choice[];
  selected: string[];
  onChange: (selected: string[]) => void;
  /** Many short options: lay them out in columns. */
  wide?: boolean;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const toggle = (value: string, checked: boolean) => {
    if (type === 'radio') onChange([value]);
    else onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  };
  return (
    <fieldset
      className={`choice-group${error ? ' choice-group--invalid' : ''}`}
      aria-describedby={describedBy}
    >
      <legend className="field__label">
        {legend}
        {required && (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <ul className={wide ? 'choice-group__options choice-group__options--wide' : 'choice-group__options'}>
        {choices.map((choice) => (
          <li key={choice.value}>
            <label className="choice">
              <input
                type={type}
                name={id}
                value={choice.value}
                checked={selected.includes(choice.value)}
                onChange={(event) => toggle(choice.value, event.target.checked)}
                aria-invalid={error ? true : undefined}
              />
              <span>{choice.label}</span>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
