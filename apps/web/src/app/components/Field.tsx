import { useId, type ReactNode } from 'react';

/**
 * A labelled form control with an optional hint and error, wired for screen readers
 * (aria-describedby, aria-invalid). `children` gets the id and the describing ids; give `id` when
 * something else links to the control (the form's ErrorSummary). A form that shows the error on
 * blur marks fields through useTouchedFields (or afterPointerRelease), never directly: an error
 * that appears while a button is pressed moves the button away from the click (#19, point 4).
 */
export function Field({
  id: givenId,
  label,
  hint,
  error,
  required,
  children,
}: {
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean; required?: boolean }) => ReactNode;
}) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
        {required && <span className="field__required" aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, required })}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
