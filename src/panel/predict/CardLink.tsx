import { getExplanation } from '../../content/explanations';
import type { ExplanationId, TopicId } from '../../content/types';
import { fullViewHref } from '../../embed/fullView';
import { localize } from '../../i18n/localize';
import { isElementId } from '../../sim/topology';
import { openTopic, select } from '../../store/actions';
import { t } from '../../i18n/t';

/** "Read the card": opens the explanation in the panel, or the whole tool when the scene stands alone. */
export function CardLink({ card, standalone }: { card: ExplanationId; standalone: boolean }) {
  const title = localize(getExplanation(card))?.title ?? card;
  if (standalone) {
    const url = new URL(fullViewHref());
    if (isElementId(card)) url.searchParams.set('select', card);
    return (
      <a className="predict__card" href={url.toString()} target="_blank" rel="noopener">
        {t('Read the card: {title}', { title })}
        <span className="visually-hidden"> {t('(opens in a new tab)')}</span> ↗
      </a>
    );
  }
  return (
    <button type="button" className="linkish predict__card" onClick={() => (isElementId(card) ? select(card) : openTopic(card as TopicId))}>
      {t('Read the card: {title}', { title })}
    </button>
  );
}
