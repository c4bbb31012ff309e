import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { ComponentIcon } from '../nodes/icons';
import { partText } from './parts';
import { usePartStatus } from './usePartStatus';
import type { FixedNode } from './types';
import { tx } from '../../i18n/t';

/**
 * A machine of a fixed design (a server, the database's, the replica's): a box around what runs on it,
 * its name, then its status in words (or its address while up) at its foot, clear of the links that come in at the top.
 */
function MachineNodeView({ data }: NodeProps<FixedNode>) {
  const text = partText(data.id);
  const status = usePartStatus(data.id);
  return (
    <div
      className={data.footBeside ? 'stack-group stack-group--server fixed-machine fixed-machine--beside' : 'stack-group stack-group--server fixed-machine'}
      style={data.footBeside ? { paddingLeft: data.footBeside } : undefined}
      data-status={status || undefined}
    >
      <Handle type="target" position={Position.Left} className="hidden-handle" isConnectable={false} />
      <div className="fixed-machine__foot">
        <div className="stack-group__head">
          <ComponentIcon id="server" />
          <span className="stack-group__label">{text?.name ?? data.id}</span>
        </div>
        {status ? <span className="stack-node__status">● {tx(status, 'diagram')}</span> : <div className="stack-group__detail">{text?.detail}</div>}
      </div>
      <Handle type="source" position={Position.Right} className="hidden-handle" isConnectable={false} />
    </div>
  );
}

export const MachineNode = memo(MachineNodeView);
