import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './error-summary.css';

/** One problem in the summary: its message, and the id of the control (or group) it is about. */
export interface SummaryError {
  target: string;
  message: string;
}

const CONTROL = 'input:not([type="hidden"]), select, textarea, button, [tabindex]';

/**
 * The GOV.UK / NL Design System error summary: at the top of a form, heading "Er is een
 * probleem", each problem a link that moves the focus to its field. `focusRequest` is a counter
 * the form raises on a failed submit: the summary then takes the focus, so a screen reader reads
 * it and a keyboard user tabs straight into the links. Usable by any form whose controls have
 * ids (Field and ChoiceGroup take an `id`); renders nothing without errors.
 */
export function ErrorSummary({ errors, focusRequest, title }: { errors: SummaryError[]; focusRequest: number; title?: string }) {
  const { t } = useTranslation('app');
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const shown = errors.length > 0;

  useEffect(() => {
    if (focusRequest && shown) ref.current?.focus();
    // Only a new submit moves the focus, not a message that changes while typing.
  }, [focusRequest]);

  if (!shown) return null;

  const go = (event: MouseEvent<HTMLAnchorElement>, target: string) => {
    const element = document.getElementById(target);
    if (!element) return;
    event.preventDefault();
    const control = element.matches(CONTROL) ? element : element.querySelector<HTMLElement>(CONTROL);
    // Show the question with its field: the label, or the legend of a group.
    const question = document.querySelector(`label[for="${CSS.escape(target)}"]`) ?? element.closest('fieldset')?.querySelector('legend') ?? element;
    question.scrollIntoView({ block: 'start' });
    control?.focus({ preventScroll: true });
  };

  return (
    <div ref={ref} className="error-summary" tabIndex={-1} aria-labelledby={headingId}>
      {/* As GOV.UK Frontend does: the content is also announced where focus alone reads only the heading. */}
      <div role="alert">
        <h2 id={headingId} className="error-summary__title">
          {title ?? t('errorSummary.title')}
        </h2>
        <ul className="error-summary__list">
          {errors.map((error) => (
            <li key={error.target}>
              <a href={`#${error.target}`} onClick={(event) => go(event, error.target)}>
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
