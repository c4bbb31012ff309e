import { memo } from 'react';
import { ViewportPortal, useStore, type ReactFlowState } from '@xyflow/react';
import { LINKS, type LinkId } from '../sim/topology';
import { select } from '../store/actions';
import { useUi, type UiState } from '../store/ui';
import { linkLabelPoint } from './geometry';
import type { Orientation } from './layout';
import { isRelatedLink } from './related';

/**
 * Labels keep at least their CSS size on screen when the diagram is fitted smaller, so each stays a
 * 24 px target (WCAG 2.5.8); the cap keeps them from crowding the diagram when it is very small.
 */
const MAX_LABEL_SCALE = 1.8;
const selectLabelScale = (s: ReactFlowState) => Math.min(Math.max(1 / s.transform[2], 1), MAX_LABEL_SCALE);

/** Link labels as real buttons, rendered after the nodes so Tab reaches components before links. */
function LinkLabelsView({ orientation }: { orientation: Orientation }) {
  const scale = useStore(selectLabelScale);
  return (
    <ViewportPortal>
      {LINKS.map((l) => {
        const p = linkLabelPoint(orientation, l.id);
        return <LinkLabel key={l.id} id={l.id} label={l.label} name={l.accessibleName} x={p.x} y={p.y} scale={scale} />;
      })}
    </ViewportPortal>
  );
}

function LinkLabel({ id, label, name, x, y, scale }: { id: LinkId; label: string; name: string; x: number; y: number; scale: number }) {
  const selected = useUi((s: UiState) => s.selected === id);
  const lit = useUi((s: UiState) => s.highlight.links.includes(id) || s.walkHighlight.includes(id) || isRelatedLink(s.selected, id));
  return (
    <button
      type="button"
      className="link-label nodrag nopan"
      data-link={id}
      data-selected={selected || undefined}
      data-lit={lit || undefined}
      aria-label={`${label}. ${name}`}
      aria-pressed={selected}
      style={{ transform: `translate(${x}px, ${y}px) scale(${scale}) translate(-50%, -50%)` }}
      onClick={() => select(id)}
    >
      {label}
    </button>
  );
}

export const LinkLabels = memo(LinkLabelsView);
