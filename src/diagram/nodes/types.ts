import type { Node } from '@xyflow/react';
import type { ComponentId } from '../../sim/topology';

export type ComponentNodeData = { id: ComponentId };
export type StackNode = Node<ComponentNodeData, 'component' | 'group' | 'browser'>;
