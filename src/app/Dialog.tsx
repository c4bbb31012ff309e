import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal dialog on the native <dialog> element: it traps focus while open, closes on Escape and gives
 * focus back to what opened it.
 */
export function Dialog({ title, onClose, children, className = '' }: { title: string; onClose: () => void; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => opener?.focus?.();
  }, []);
  return (
    <dialog ref={ref} className={`dialog ${className}`} aria-labelledby="dialog-title" onClose={onClose} onCancel={onClose}>
      <div className="dialog__head">
        <h2 id="dialog-title">{title}</h2>
        <button type="button" className="btn btn--icon" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </div>
      <div className="dialog__body">{children}</div>
    </dialog>
  );
}
