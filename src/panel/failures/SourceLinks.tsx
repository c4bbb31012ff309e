import type { Source } from '../../content/types';
import { SourceList } from '../SourceList';

/** The pages an explanation comes from, as real links. */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  return (
    <details className="failures__sources">
      <summary>Sources ({sources.length})</summary>
      <SourceList sources={sources} />
    </details>
  );
}
