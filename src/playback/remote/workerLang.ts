/**
 * The worker's language. A worker has its own copy of the i18n state, so the page tells it the language
 * and it installs the catalog itself. French is imported here, not loaded: the worker is a lazy chunk
 * already, and the one-file builds inline it, where a dynamic import could not be fetched.
 */
import { FR } from '../../i18n/fr';
import { isLang, type Lang } from '../../i18n/lang';
import { pseudo } from '../../i18n/pseudo';
import { currentLang, setCatalog } from '../../i18n/t';

export function speakLang(lang: Lang): void {
  // Unknown, or already the one in use (a test runs the page and the worker on one copy: no echo).
  if (!isLang(lang) || lang === currentLang()) return;
  if (lang === 'fr') setCatalog('fr', FR);
  else if (lang === 'en-XA') setCatalog('en-XA', null, pseudo);
  else setCatalog('en', null);
}
