import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { t } from '../i18n/t';

/**
 * A modal dialog on the native <dialog> element: it traps focus while open, closes on Escape and gives
 * focus back to what opened it.
 */
export function Dialog({ title, onClose, children, className = '' }: { title: string; onClose: () => void; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Read once, before the dialog takes focus (an effect would see the dialog's own button on StrictMode's rerun).
  const [opener] = useState(() => (typeof document !== 'undefined' ? (document.activeElement as HTMLElement | null) : null));
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  }, []);
  useEffect(() => () => opener?.focus?.(), [opener]);
  return (
    <dialog ref={ref} className={`dialog ${className}`} aria-labelledby={titleId} onClose={onClose}>
      <div className="dialog__head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="btn btn--icon" onClick={onClose} aria-label={t('Close')}>
          ✕
        </button>
      </div>
      <div className="dialog__body">{children}</div>
    </dialog>
  );
}
