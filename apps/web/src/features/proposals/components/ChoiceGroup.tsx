import { useId, type ReactNode } from 'react';
import { useTermLabel, type Labelled } from '../../../app/labels';

/**
 * A group of checkboxes or radio buttons as a fieldset whose legend names it; the hint and the
 * error are tied to the group. `data-invalid` lets the form move the focus to the first option.
 */
export function ChoiceGroup({
  legend,
  hint,
  error,
  required,
  onBlur,
  children,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  onBlur?: () => void;
  children: ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={error ? 'proposals-choices field--invalid' : 'proposals-choices'}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      data-invalid={error ? 'true' : undefined}
      onBlur={(event) => {
        // Only when the focus leaves the whole group, not when it moves between its options.
        if (onBlur && !event.currentTarget.contains(event.relatedTarget as Node | null)) onBlur();
      }}
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
      <div className="choice-group__options">{children}</div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Checkboxes for vocabulary terms; a hidden term stays offered only while it is chosen. */
export function TermCheckboxes({
  name,
  terms,
  selected,
  onChange,
}: {
  name: string;
  terms: (Labelled & { code: string; hidden: boolean })[];
  selected: string[];
  onChange: (codes: string[]) => void;
}) {
  const termLabel = useTermLabel();
  return (
    <>
      {terms
        .filter((term) => !term.hidden || selected.includes(term.code))
        .map((term) => (
          <label key={term.code} className="proposals-choice">
            <input
              type="checkbox"
              name={name}
              value={term.code}
              checked={selected.includes(term.code)}
              onChange={(event) =>
                onChange(event.target.checked ? [...selected, term.code] : selected.filter((code) => code !== term.code))
              }
            />
            <span>{termLabel(term)}</span>
          </label>
        ))}
    </>
  );
}
