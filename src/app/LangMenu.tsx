import { LANGS, LANG_NAMES, isLang } from '../i18n/lang';
import { currentLang, t } from '../i18n/t';
import { chooseLang } from '../store/langActions';

/** The language menu: each language named in itself, so a learner finds theirs whatever is shown. */
export function LangMenu() {
  const lang = currentLang();
  return (
    <label className="field">
      <span>{t('Language')}</span>
      <select
        data-lang-menu=""
        value={lang === 'en-XA' ? 'en' : lang}
        onChange={(e) => {
          if (!isLang(e.target.value)) return;
          // The app remounts in the new language; focus comes back here, where the learner left it.
          void chooseLang(e.target.value).then(() => refocus());
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

function refocus(tries = 10) {
  const menu = document.querySelector<HTMLSelectElement>('[data-lang-menu]');
  if (menu?.isConnected && menu !== document.activeElement) menu.focus();
  // The remount is a transition: the new menu may not be there on the first frame.
  else if (!menu && tries > 0) requestAnimationFrame(() => refocus(tries - 1));
}
