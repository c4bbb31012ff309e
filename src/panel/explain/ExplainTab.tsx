import { lazy, Suspense } from 'react';
import { useUi, type UiState } from '../../store/ui';
import { Overview } from './Overview';

// The explanations' text is most of the content's weight; the first view does not need it.
const ExplanationView = lazy(() => import('./ExplanationView'));
const Walkthrough = lazy(() => import('./Walkthrough'));

const selectSelected = (s: UiState) => s.selected;
const selectWalk = (s: UiState) => s.walkthrough;

/** The explanation of the selected component or link, the walkthrough, or an overview. */
export function ExplainTab() {
  const selected = useUi(selectSelected);
  const walkthrough = useUi(selectWalk);
  if (!walkthrough && !selected) return <Overview />;
  return <Suspense fallback={<p className="muted">Loading the explanation…</p>}>{walkthrough ? <Walkthrough /> : <ExplanationView id={selected!} />}</Suspense>;
}
