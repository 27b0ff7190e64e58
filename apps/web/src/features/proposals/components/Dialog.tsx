import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal built on the native <dialog>: the browser traps the focus inside, Escape closes it, and
 * closing gives the focus back to the control that opened it. On opening the focus goes to the
 * element marked `data-autofocus`, else to the first focusable one (React's autoFocus would fire
 * while the dialog is still closed).
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="proposals-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} className="proposals-dialog__title">
        {title}
      </h2>
      {open && children}
    </dialog>
  );
}
