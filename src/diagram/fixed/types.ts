import type { Edge, Node } from '@xyflow/react';
import type { PartKind } from './layout';

export type PartNodeData = { id: string; kind: PartKind };
export type FixedNode = Node<PartNodeData, 'part' | 'machine'>;
export type FixedEdge = Edge<{ path: string }, 'route'>;
