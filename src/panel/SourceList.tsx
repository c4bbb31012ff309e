import type { Source } from '../content/types';

/** The pages a text comes from, as real links opening in a new tab. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {s.title}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
