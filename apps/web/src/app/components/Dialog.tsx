import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import './dialog.css';

const FOCUSABLE = 'input:not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled), a[href]';

/**
 * A modal on the native <dialog>: showModal() makes the rest of the page inert (focus stays
 * inside), Escape closes it, and focus goes back to whatever opened it. On opening, focus goes to
 * the element marked `data-autofocus`, else the chosen radio button, else the first control (React's
 * autoFocus would fire while the dialog is still closed). The content is rendered only while open,
 * so every opening starts fresh.
 *
 * `open` is the only truth: Escape and the close button ask the owner to close (onClose), and the
 * effect closes the element. The native `close` event arrives as a later task, after input events;
 * acting on it alone left a window where the owner still said "open" while the dialog was shut, so
 * a quick Enter on the opener did nothing (seen in CI).
 */
export function Dialog({
  open,
  title,
  onClose,
  returnFocus,
  describedBy,
  children,
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  /** Where focus goes on closing when the element that opened the dialog is gone meanwhile. */
  returnFocus?: RefObject<HTMLElement | null>;
  /** The id of the text that says what the dialog asks (for a confirmation). */
  describedBy?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const shown = useRef(false);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      shown.current = true;
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      const body = dialog.querySelector('.dialog__body');
      (
        body?.querySelector<HTMLElement>('[data-autofocus]') ??
        body?.querySelector<HTMLElement>('input:checked') ??
        body?.querySelector<HTMLElement>(FOCUSABLE)
      )?.focus();
    } else if (!open && shown.current) {
      shown.current = false;
      if (dialog.open) dialog.close();
      (opener.current?.isConnected ? opener.current : returnFocus?.current)?.focus();
    }
  }, [open, returnFocus]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        // Only when something else shut it (a browser that does not let Escape be cancelled twice).
        if (open && !ref.current?.open) onClose();
      }}
    >
      {open && (
        <>
          <div className="dialog__header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="button button--secondary dialog__close" onClick={onClose}>
              {t('dialog.close')}
            </button>
          </div>
          <div className="dialog__body">{children}</div>
        </>
      )}
    </dialog>
  );
}

/** A yes/no question on the Dialog; cancel comes first and has the focus, the safe default. */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  cancelLabel,
  busy,
  returnFocus,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  /** Where focus goes when the element that opened it is gone (the thing just deleted). */
  returnFocus?: RefObject<HTMLElement | null>;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const bodyId = useId();
  return (
    <Dialog open={open} title={title} onClose={onCancel} describedBy={bodyId} returnFocus={returnFocus}>
      <p id={bodyId} className="dialog__text">
        {body}
      </p>
      <div className="dialog__actions dialog__actions--end">
        <button type="button" className="button button--secondary" onClick={onCancel} data-autofocus>
          {cancelLabel}
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
