/** Loads a language's text before it is used: French and the pseudo-locale are lazy chunks. */
import type { Lang } from './lang';
import { setCatalog } from './t';

export async function loadLang(lang: Lang): Promise<void> {
  if (lang === 'fr') {
    const { FR } = await import('./fr');
    setCatalog('fr', FR);
  } else if (lang === 'en-XA') {
    const { pseudo } = await import('./pseudo');
    setCatalog('en-XA', null, pseudo);
  } else setCatalog('en', null);
}
