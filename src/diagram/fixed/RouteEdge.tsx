import { memo } from 'react';
import type { EdgeProps } from '@xyflow/react';
import type { FixedEdge } from './types';

/** A link of a fixed design, along the route its packets follow (layout.ts). */
function RouteEdgeView({ data }: EdgeProps<FixedEdge>) {
  return <path className="link-path" d={data!.path} fill="none" />;
}

export const RouteEdge = memo(RouteEdgeView);
