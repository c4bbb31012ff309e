/** Switching language at run time (the menu, the element's `lang`, the embed's `setLang`). */
import type { Lang } from '../i18n/lang';
import { loadLang } from '../i18n/load';
import { currentLang } from '../i18n/t';
import { useUi } from './ui';

/** Load the language's text, then switch: the app remounts in it (see `mountApp`). The choice goes into links. */
export async function chooseLang(lang: Lang): Promise<void> {
  useUi.setState({ lang });
  if (lang !== currentLang()) await loadLang(lang);
}
