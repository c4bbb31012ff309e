import '../../styles/failures.css';
import { MaintenanceSection } from './MaintenanceSection';
import { ScalabilitySection } from './ScalabilitySection';
import { SpofSection } from './SpofSection';

/**
 * The "Break it" tab: the three failure modes of the one-server stack, each with a control that breaks
 * it in the model and the figures that show the damage. Lazy-loaded by the side panel.
 */
export default function FailuresTab() {
  return (
    <div className="failures">
      <h2>Break it</h2>
      <p className="muted">
        One server runs everything, so three things go wrong. Turn each on and watch the diagram, the metrics and the charts below.
      </p>
      <SpofSection />
      <MaintenanceSection />
      <ScalabilitySection />
    </div>
  );
}
