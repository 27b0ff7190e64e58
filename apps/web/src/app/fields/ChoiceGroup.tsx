import { useId, type ReactNode } from 'react';

export interface Choice {
  value: string;
  label: ReactNode;
}

interface GroupProps {
  /** The fieldset's id, for links to the group (the form's ErrorSummary focuses its first option). */
  id?: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  /** Called when the focus leaves the whole group, not when it moves between its options. */
  onBlur?: () => void;
}

/** The options as a list the group renders: checkboxes (several) or radio buttons (one). */
interface ListProps {
  type: 'checkbox' | 'radio';
  choices: Choice[];
  selected: string[];
  onChange: (selected: string[]) => void;
  /** Many short options: lay them out in columns. */
  wide?: boolean;
}

/** Options the form renders itself (e.g. checkboxes of vocabulary terms), laid out in a row. */
interface ChildrenProps {
  children: ReactNode;
}

/**
 * A group of checkboxes or radio buttons as a fieldset whose legend names it, the group's
 * counterpart of app/components/Field: the hint and the error are tied to the group, and
 * `data-invalid` lets a form move the focus to the first option of an invalid group. The options
 * are either `choices` (a list, as the curators' pages show them) or `children` (as the proposal
 * form and the review's accept dialog show them); each keeps its feature's styles.
 */
export function ChoiceGroup(props: GroupProps & (ListProps | ChildrenProps)) {
  const { id: givenId, legend, hint, error, required, onBlur } = props;
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const list = 'choices' in props;
  const className = list ? `choice-group${error ? ' choice-group--invalid' : ''}` : `proposals-choices${error ? ' field--invalid' : ''}`;
  return (
    <fieldset
      id={givenId}
      className={className}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      data-invalid={error ? 'true' : undefined}
      onBlur={(event) => {
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
      {list ? <ChoiceList name={id} invalid={Boolean(error)} {...props} /> : <div className="choice-group__options">{props.children}</div>}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function ChoiceList({ name, invalid, type, choices, selected, onChange, wide }: ListProps & { name: string; invalid: boolean }) {
  const toggle = (value: string, checked: boolean) => {
    if (type === 'radio') onChange([value]);
    else onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  };
  return (
    <ul className={wide ? 'choice-group__options choice-group__options--wide' : 'choice-group__options'}>
      {choices.map((choice) => (
        <li key={choice.value}>
          <label className="choice">
            <input
              type={type}
              name={name}
              value={choice.value}
              checked={selected.includes(choice.value)}
              onChange={(event) => toggle(choice.value, event.target.checked)}
              aria-invalid={invalid ? true : undefined}
            />
            <span>{choice.label}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
