import { memo, type MouseEvent } from 'react';
import { openTopic } from '../../store/actions';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { getComponent, SERVER_IP, SITE_HOST } from '../../sim/topology';
import type { StackNode } from './types';
import { useNodeState, useStatusText } from './useNodeState';
import { ComponentIcon } from './icons';
import { t, tx } from '../../i18n/t';

// The record is drawn inside the DNS box; its own explanation, not the box's, opens (no node click).
const openRecord = (e: MouseEvent) => {
  e.stopPropagation();
  openTopic('dns-record');
};

/** A box that holds other components: the DNS system, or the one server. */
function GroupNodeView({ data }: NodeProps<StackNode>) {
  const c = getComponent(data.id);
  const { selected, lit } = useNodeState(data.id);
  const status = useStatusText(data.id);
  const head = (
    <div className="stack-group__head">
      <ComponentIcon id={data.id} />
      <span className="stack-group__label">{tx(c.label, 'diagram')}</span>
      {status && <span className="stack-node__status">● {tx(status, 'diagram')}</span>}
    </div>
  );
  return (
    <div className={`stack-group stack-group--${data.id}`} data-selected={selected || undefined} data-lit={lit || undefined} data-status={status || undefined}>
      <Handle type="target" position={Position.Left} className="hidden-handle" isConnectable={false} />
      {data.id === 'dns' ? (
        <>
          {head}
          <button type="button" className="dns-record nodrag nopan" onClick={openRecord} aria-label={t('The DNS record {record}: explain it', { record: `${SITE_HOST} A ${SERVER_IP}` })}>
            <code>
              {SITE_HOST}. 300 IN <strong>A</strong> {SERVER_IP}
            </code>
          </button>
        </>
      ) : (
        <div className="stack-group__title">
          {head}
          <div className="stack-group__detail">{tx(c.detail, 'diagram')}</div>
        </div>
      )}
      <Handle type="source" position={Position.Right} className="hidden-handle" isConnectable={false} />
    </div>
  );
}

export const GroupNode = memo(GroupNodeView);
