import { lazy, Suspense } from 'react';
import { useUi, type UiState } from '../../store/ui';
import { Overview } from './Overview';
import { t } from '../../i18n/t';

// The explanations' text is most of the content's weight; the first view does not need it.
const ExplanationView = lazy(() => import('./ExplanationView'));
const Walkthrough = lazy(() => import('./Walkthrough'));

const selectSelected = (s: UiState) => s.selected;
const selectWalk = (s: UiState) => s.walkthrough;
const selectTopic = (s: UiState) => s.topic;

/** The explanation of the selected component, link or topic, the walkthrough, or an overview. */
export function ExplainTab() {
  const selected = useUi(selectSelected);
  const walkthrough = useUi(selectWalk);
  const topic = useUi(selectTopic);
  const shown = selected ?? topic;
  if (!walkthrough && !shown) return <Overview />;
  return <Suspense fallback={<p className="muted">{t('Loading the explanation…')}</p>}>{walkthrough ? <Walkthrough /> : <ExplanationView id={shown!} />}</Suspense>;
}
