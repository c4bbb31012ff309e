import type { Edge, Node } from '@xyflow/react';
import type { PartKind } from './layout';

/** `short`: the box is too narrow for the gauge's nouns in full. */
export type PartNodeData = { id: string; kind: PartKind; short: boolean; footBeside?: number };
export type FixedNode = Node<PartNodeData, 'part' | 'machine'>;
export type FixedEdge = Edge<{ path: string }, 'route'>;
