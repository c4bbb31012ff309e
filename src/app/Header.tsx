import { setHelpOpen, setShareOpen, setWalkthrough } from '../store/actions';
import { ModeSwitch } from './ModeSwitch';
import { ViewSettings } from './ViewSettings';

/** Title and the app-wide choices: what to watch, how it looks, help and sharing. */
export function Header() {
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
        <button type="button" className="btn" onClick={() => setWalkthrough(true)}>
          Walk me through it
        </button>
        <ViewSettings />
        <button type="button" className="btn" onClick={() => setShareOpen(true)}>
          Share / Embed
        </button>
        <button type="button" className="btn btn--icon" onClick={() => setHelpOpen(true)} aria-label="Keyboard shortcuts and help" aria-keyshortcuts="?">
          ?
        </button>
      </div>
    </header>
  );
}
