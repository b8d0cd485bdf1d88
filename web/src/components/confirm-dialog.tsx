import { type ReactNode, useEffect, useRef } from 'react';
import { ErrorNotice } from './notice';

/**
 * A modal question with a confirm and a cancel button. The browser's own <dialog> keeps the
 * focus inside it, closes on Escape and gives the focus back to where it was. The focus starts on
 * the cancel button, the safe choice: Enter or a stray tap on a phone keeps things as they are,
 * and confirming (often destroying) takes a deliberate move.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  danger = false,
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
  busy: boolean;
  error: unknown;
  onConfirm(): void;
  onClose(): void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement;
    element?.showModal();
    // showModal focuses the first button, the confirm one; move to the safe one.
    keep.current?.focus();
    return () => {
      element?.close();
      // Closed by its owner unmounting it (the usual way here), Chromium does not give the focus back: it
      // falls to the page's start, and a keyboard user starts over. Back to what opened it, if still there.
      const focused = document.activeElement;
      const lost = !focused || focused === document.body || element?.contains(focused);
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
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
        onKeyDown={(event) => {
          // Enter in a field (the reason for cancelling a class) would submit the form: a destructive
          // answer is given with its button only.
          if (danger && event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
        }}
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
          <button ref={keep} type="button" className="button button-quiet" onClick={onClose} disabled={busy}>
            {cancelLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
