import { memo } from 'react';
import type { Edge, EdgeProps } from '@xyflow/react';
import type { LinkId } from '../sim/topology';
import { useUi, type UiState } from '../store/ui';
import { isRelatedLink } from './related';

export type LinkEdgeData = { link: LinkId; path: string };
export type StackEdge = Edge<LinkEdgeData, 'link'>;

/** A link drawn along the same polyline the packets follow (see geometry.ts). */
function LinkEdgeView({ data }: EdgeProps<StackEdge>) {
  const link = data!.link;
  const lit = useUi((s: UiState) => s.highlight.links.includes(link) || s.walkHighlight.includes(link) || s.selected === link);
  const related = useUi((s: UiState) => isRelatedLink(s.selected, link));
  return <path className="link-path" data-lit={lit || related || undefined} d={data!.path} fill="none" />;
}

export const LinkEdge = memo(LinkEdgeView);
