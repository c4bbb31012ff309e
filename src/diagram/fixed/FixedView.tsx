/** Traffic on a fixed design: the bar that changes it, then its diagram. Loaded only when one is chosen. */
import { DesignBar } from '../../panel/DesignBar';
import { selectDesign } from '../../store/design';
import { useUi } from '../../store/ui';
import FixedDiagram from './FixedDiagram';

export default function FixedView() {
  const design = useUi(selectDesign);
  if (!design) return null;
  return (
    <>
      <DesignBar design={design} />
      <FixedDiagram design={design} />
    </>
  );
}
