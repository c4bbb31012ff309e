import { memo } from 'react';
import { ViewportPortal, useStore, type ReactFlowState } from '@xyflow/react';
import { labelScale } from './labelScale';
import { LINKS, type LinkId } from '../sim/topology';
import { select } from '../store/actions';
import { useUi, type UiState } from '../store/ui';
import { linkLabelPlace, type LabelSide, type Point } from './geometry';
import type { Orientation } from './layout';
import { isRelatedLink } from './related';
import { tx } from '../i18n/t';

/**
 * Labels keep their CSS size on screen when the diagram is fitted a little smaller, so they stay
 * readable; the cap keeps them from growing over their neighbours when it is fitted much smaller
 * (a small embed), where they shrink with everything else.
 */
const selectLabelScale = (s: ReactFlowState) => labelScale(s.transform[2]);

/** Clear space between a label and its link, in CSS pixels: room for a packet and its own label. */
const GAP_PX = 13;

/** Moves the label from its anchor on the link to the chosen side, after scaling, so the gap scales too. */
const OFFSET: Record<LabelSide, string> = {
  above: `translate(-50%, calc(-100% - ${GAP_PX}px))`,
  below: `translate(-50%, ${GAP_PX}px)`,
  left: `translate(calc(-100% - ${GAP_PX}px), -50%)`,
  right: `translate(${GAP_PX}px, -50%)`,
};

/** Link labels as real buttons beside their links, rendered after the nodes so Tab reaches components first. */
function LinkLabelsView({ orientation }: { orientation: Orientation }) {
  const scale = useStore(selectLabelScale);
  return (
    <ViewportPortal>
      {LINKS.map((l) => {
        const place = linkLabelPlace(orientation, l.id);
        return (
          <LinkLabel
            key={l.id}
            id={l.id}
            label={tx(l.label, 'diagram')}
            name={tx(l.accessibleName)}
            point={place.point}
            side={place.side}
            maxWidth={place.maxWidth}
            scale={scale}
          />
        );
      })}
    </ViewportPortal>
  );
}

interface LinkLabelProps {
  id: LinkId;
  label: string;
  name: string;
  point: Point;
  side: LabelSide;
  maxWidth: number;
  scale: number;
}

function LinkLabel({ id, label, name, point, side, maxWidth, scale }: LinkLabelProps) {
  const selected = useUi((s: UiState) => s.selected === id);
  const lit = useUi((s: UiState) => s.highlight.links.includes(id) || s.walkHighlight.includes(id) || isRelatedLink(s.selected, id));
  return (
    <button
      type="button"
      className="link-label nodrag nopan"
      data-link={id}
      data-side={side}
      data-scale={scale}
      data-selected={selected || undefined}
      data-lit={lit || undefined}
      aria-label={`${label}. ${name}`}
      aria-pressed={selected}
      style={{ maxWidth, transform: `translate(${point.x}px, ${point.y}px) scale(${scale}) ${OFFSET[side]}` }}
      onClick={() => select(id)}
    >
      {label}
    </button>
  );
}

export const LinkLabels = memo(LinkLabelsView);
