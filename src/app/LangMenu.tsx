import { useEffect, useRef } from 'react';
import { LANGS, LANG_NAMES, isLang } from '../i18n/lang';
import { currentLang, t } from '../i18n/t';
import { chooseLang } from '../store/langActions';

/** Set by a switch from the menu: the app remounts in the new language, and its new menu takes focus back. */
let refocus = false;

/** The language menu: each language named in itself, so a learner finds theirs whatever is shown. */
export function LangMenu() {
  const lang = currentLang();
  const ref = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (!refocus) return;
    refocus = false;
    ref.current?.focus();
  }, []);
  return (
    // No visible label: the languages, each named in itself, say what the menu is, and the header's one
    // row at 1280 px has no room for one more word.
    <select
      ref={ref}
      aria-label={t('Language')}
      value={lang === 'en-XA' ? 'en' : lang}
      onChange={(e) => {
        if (!isLang(e.target.value)) return;
        refocus = true;
        void chooseLang(e.target.value);
      }}
    >
      {LANGS.map((l) => (
        <option key={l} value={l} lang={l}>
          {LANG_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
