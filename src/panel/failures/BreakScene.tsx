import type { ReactNode } from 'react';
import type { BreakSceneId } from '../../content/scenes';
import { MaintenanceSection } from './MaintenanceSection';
import { ScalabilitySection } from './ScalabilitySection';
import { SpofSection } from './SpofSection';

const SECTIONS = { spof: SpofSection, deploy: MaintenanceSection, scale: ScalabilitySection } as const;

/** One scene of "Break it", in the panel or standing alone. */
export function BreakScene({ id, standalone = false, toolbar }: { id: BreakSceneId; standalone?: boolean; toolbar?: ReactNode }) {
  const Section = SECTIONS[id];
  return <Section standalone={standalone} toolbar={toolbar} />;
}
