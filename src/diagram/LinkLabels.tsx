import { memo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { LINKS, type LinkId } from '../sim/topology';
import { select } from '../store/actions';
import { useUi, type UiState } from '../store/ui';
import { linkLabelPoint } from './geometry';
import type { Orientation } from './layout';
import { isRelatedLink } from './related';

/** Link labels as real buttons, rendered after the nodes so Tab reaches components before links. */
function LinkLabelsView({ orientation }: { orientation: Orientation }) {
  return (
    <ViewportPortal>
      {LINKS.map((l) => {
        const p = linkLabelPoint(orientation, l.id);
        return <LinkLabel key={l.id} id={l.id} label={l.label} name={l.accessibleName} x={p.x} y={p.y} />;
      })}
    </ViewportPortal>
  );
}

function LinkLabel({ id, label, name, x, y }: { id: LinkId; label: string; name: string; x: number; y: number }) {
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
      style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
      onClick={() => select(id)}
    >
      {label}
    </button>
  );
}

export const LinkLabels = memo(LinkLabelsView);
