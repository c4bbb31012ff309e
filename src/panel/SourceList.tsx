import type { Source } from '../content/types';
import { currentLang, t } from '../i18n/t';

/** The pages a text comes from, as real links opening in a new tab. Titles stay in their own language (English). */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  // Every source is an English page: a reader in another language is told before following it.
  const inEnglish = currentLang() === 'fr' ? ` ${t('(in English)')}` : '';
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            <span lang="en">{s.title}</span>
            {inEnglish}
            <span className="visually-hidden"> {t('(opens in a new tab)')}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
