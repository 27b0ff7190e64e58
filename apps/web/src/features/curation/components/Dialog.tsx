import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

const FOCUSABLE = 'input:not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled), a[href]';
import { useTranslation } from 'react-i18next';

/**
 * A modal on the native <dialog>: showModal() makes the rest of the page inert (focus stays
 * inside), Escape closes it, and focus goes back to whatever opened it. The content is rendered
 * only while open, so every opening starts fresh.
 */
export function Dialog({
  open,
  title,
  onClose,
  returnFocus,
  children,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  /** Where focus goes on closing when the element that opened the dialog is gone meanwhile. */
  returnFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  const { t } = useTranslation('curation');
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // The chosen radio button (the current value), else the first control of the content.
      const body = dialog.querySelector('.dialog__body');
      (body?.querySelector<HTMLElement>('input:checked') ?? body?.querySelector<HTMLElement>(FOCUSABLE))?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onClose={() => {
        onClose();
        (opener.current?.isConnected ? opener.current : returnFocus?.current)?.focus();
      }}
    >
      {open && (
        <>
          <div className="dialog__header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="button button--secondary dialog__close" onClick={() => ref.current?.close()}>
              {t('dialog.close')}
            </button>
          </div>
          <div className="dialog__body">{children}</div>
        </>
      )}
    </dialog>
  );
}
