/** Traffic on a fixed design: the bar that changes it, then its diagram. Loaded only when one is chosen. */
import { DesignBar } from '../../panel/DesignBar';
import { selectDesign } from '../../store/design';
import { useUi, type UiState } from '../../store/ui';
import FixedDiagram from './FixedDiagram';
import SeekProgress from '../SeekProgress';

const selectSeeking = (s: UiState) => s.seeking !== null;

export default function FixedView() {
  const design = useUi(selectDesign);
  const seeking = useUi(selectSeeking);
  if (!design) return null;
  return (
    <div className="fixed-view">
      <DesignBar design={design} />
      <FixedDiagram design={design} />
      {seeking && <SeekProgress />}
    </div>
  );
}
