import { useEffect, useRef, useState } from 'react';
import { setHelpOpen, setShareOpen, setWalkthrough } from '../store/actions';
import { ModeSwitch } from './ModeSwitch';
import { ViewSettings } from './ViewSettings';

/**
 * Title and the app-wide choices: what to watch, how it looks, help and sharing. On narrow screens the
 * look-and-share choices fold behind one "View" button, so the header keeps to one row of controls.
 */
export function Header() {
  const [menuOpen, setMenuOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!menuOpen) return;
    const outside = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!menu.current?.contains(t) && !toggle.current?.contains(t)) setMenuOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [menuOpen]);
  return (
    <header className="header">
      <h1 className="header__title">
        <svg viewBox="0 0 16 16" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M2 3h12v4H2z M2 9h12v4H2z M11 5h.01 M11 11h.01" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        Web Stack Explorer
        <span className="header__subtitle">how one server serves www.foobar.com, and why it breaks</span>
      </h1>
      <div className="header__tools">
        <ModeSwitch />
        <button type="button" className="btn header__walk" onClick={() => setWalkthrough(true)}>
          Walk me through it
        </button>
        <button
          ref={toggle}
          type="button"
          className="btn header__menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="header-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          View <span aria-hidden="true">▾</span>
        </button>
        {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Escape closes the folded menu */}
        <div
          ref={menu}
          id="header-menu"
          className="header__menu"
          data-open={menuOpen || undefined}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && menuOpen) {
              e.stopPropagation();
              setMenuOpen(false);
              toggle.current?.focus();
            }
          }}
        >
          <ViewSettings />
          <button type="button" className="btn" onClick={() => setShareOpen(true)}>
            Share / Embed
          </button>
        </div>
        <button type="button" className="btn btn--icon header__help" onClick={() => setHelpOpen(true)} aria-label="Keyboard shortcuts and help" aria-keyshortcuts="?">
          ?
        </button>
      </div>
    </header>
  );
}
