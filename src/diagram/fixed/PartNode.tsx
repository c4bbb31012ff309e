import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ComponentId } from '../../sim/topology';
import { ComponentIcon } from '../nodes/icons';
import { useUi, type UiState } from '../../store/ui';
import { tabLine } from '../../panel/tabs/tabText';
import { balancerDetail, gaugeNoun, partText } from './parts';
import { usePartStatus } from './usePartStatus';
import { PartGauge } from './PartGauge';
import type { FixedNode } from './types';
import { tx } from '../../i18n/t';

/** The one-server icon each kind of part borrows. */
const ICON: Record<string, ComponentId> = {
  browser: 'browser',
  dns: 'dns',
  balancer: 'server',
  nginx: 'nginx',
  'app-server': 'app-server',
  'app-files': 'app-files',
  mysql: 'mysql',
};

const selectTab = (s: UiState) => s.live.tab;

function BrowserResult() {
  const line = tabLine(useUi(selectTab));
  return <div className={`browser-result is-${line.tone}`}>{line.text}</div>;
}

const selectBalance = (s: UiState) => s.balance;

/**
 * A part of a fixed design that is not a machine: its name, then its status in words when it is not
 * up (else its line of detail), then its load while it runs.
 */
function PartNodeView({ data }: NodeProps<FixedNode>) {
  const text = partText(data.id);
  const status = usePartStatus(data.id);
  const noun = gaugeNoun(data.id, data.short);
  const balance = useUi(selectBalance);
  return (
    <div className={`stack-node fixed-part fixed-part--${data.kind}`} data-status={status || undefined}>
      <Handle type="target" position={Position.Left} className="hidden-handle" isConnectable={false} />
      <div className="stack-node__head">
        <ComponentIcon id={ICON[data.kind] ?? 'server'} />
        <span className="stack-node__label">{text?.name ?? data.id}</span>
      </div>
      {status ? <div className="stack-node__status">● {tx(status, 'diagram')}</div> : <div className="stack-node__detail">{data.id === 'lb' ? balancerDetail(balance) : text?.detail}</div>}
      {data.kind === 'browser' && <BrowserResult />}
      {noun && status !== 'down' && <PartGauge id={data.id} noun={noun} withQueue={data.kind === 'app-server'} />}
      <Handle type="source" position={Position.Right} className="hidden-handle" isConnectable={false} />
    </div>
  );
}

export const PartNode = memo(PartNodeView);
