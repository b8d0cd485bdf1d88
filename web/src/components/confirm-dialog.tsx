import { type ReactNode, useEffect, useRef } from 'react';
import { ErrorNotice } from './notice';

/**
 * A modal question with a confirm and a cancel button. The browser's own <dialog> keeps the
 * focus inside it, closes on Escape and gives the focus back to where it was.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  danger = false,
  focusCancel = false,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  /** Start on the cancel button, for a question whose yes cannot be undone. */
  focusCancel?: boolean;
  busy: boolean;
  error: unknown;
  onConfirm(): void;
  onClose(): void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: where the focus starts is decided once, on opening
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    if (focusCancel) cancel.current?.focus();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <h2 id="dialog-title">{title}</h2>
        {children}
        {error !== null && <ErrorNotice error={error} />}
        <div className="actions">
          <button type="submit" className={danger ? 'button button-danger' : 'button'} disabled={busy}>
            {confirmLabel}
          </button>
          <button ref={cancel} type="button" className="button button-quiet" onClick={onClose} disabled={busy}>
            {cancelLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
