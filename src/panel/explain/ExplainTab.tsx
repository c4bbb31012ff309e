import { useUi, type UiState } from '../../store/ui';
import { ExplanationView } from './ExplanationView';
import { Overview } from './Overview';
import { Walkthrough } from './Walkthrough';

const selectSelected = (s: UiState) => s.selected;
const selectWalk = (s: UiState) => s.walkthrough;

/** The explanation of the selected component or link, the walkthrough, or an overview. */
export function ExplainTab() {
  const selected = useUi(selectSelected);
  const walkthrough = useUi(selectWalk);
  if (walkthrough) return <Walkthrough />;
  if (selected) return <ExplanationView id={selected} />;
  return <Overview />;
}
