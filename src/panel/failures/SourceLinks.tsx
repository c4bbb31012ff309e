import type { Source } from '../../content/types';
import { t } from '../../i18n/t';
import { SourceList } from '../SourceList';

/** The pages an explanation comes from, as real links. */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  return (
    <details className="failures__sources">
      <summary>{t('Sources ({n})', { n: sources.length })}</summary>
      <SourceList sources={sources} />
    </details>
  );
}
