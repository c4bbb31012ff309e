import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { getComponent } from '../../sim/topology';
import type { StackNode } from './types';
import { useNodeState, useStatusText } from './useNodeState';
import { ComponentIcon } from './icons';
import { Gauge } from './Gauge';
import { tx } from '../../i18n/t';

/** A process or server of the stack: icon, name, one line of detail, and its load when it has one. */
function ComponentNodeView({ data }: NodeProps<StackNode>) {
  const c = getComponent(data.id);
  const { selected, lit } = useNodeState(data.id);
  const status = useStatusText(data.id);
  return (
    <div className="stack-node" data-selected={selected || undefined} data-lit={lit || undefined} data-status={status || undefined}>
      <Handle type="target" position={Position.Left} className="hidden-handle" isConnectable={false} />
      <div className="stack-node__head">
        <ComponentIcon id={data.id} />
        <span className="stack-node__label">{tx(c.label, 'diagram')}</span>
      </div>
      <div className="stack-node__detail">{tx(c.detail, 'diagram')}</div>
      {status && <div className="stack-node__status">● {tx(status, 'diagram')}</div>}
      {(data.id === 'nginx' || data.id === 'app-server' || data.id === 'mysql') && <Gauge id={data.id} />}
      <Handle type="source" position={Position.Right} className="hidden-handle" isConnectable={false} />
    </div>
  );
}

export const ComponentNode = memo(ComponentNodeView);
