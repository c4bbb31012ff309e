import type { Source } from '../../content/types';

/** The pages an explanation comes from, as real links. */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  return (
    <details className="failures__sources">
      <summary>Sources ({sources.length})</summary>
      <ul className="sources">
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
