/**
 * The worker's language. A worker has its own copy of the i18n state, so the page sends it the language
 * and the dictionary. The French captions are sentence functions, not entries, so they cannot be sent:
 * the worker carries them (a small part of the French, imported here; the one-file builds inline the
 * worker, where nothing could be fetched).
 */
import '../../i18n/fr/narration';
import { isLang, type Lang } from '../../i18n/lang';
import { pseudo } from '../../i18n/pseudo';
import { currentLang, setCatalog, type Dictionary } from '../../i18n/t';

export function speakLang(lang: Lang, dict: Dictionary | null): void {
  // Unknown, or already the one in use (a test runs the page and the worker on one copy: no echo).
  if (!isLang(lang) || lang === currentLang()) return;
  setCatalog(lang, lang === 'fr' ? (dict ?? {}) : null, lang === 'en-XA' ? pseudo : null);
}
