/**
 * The diagram of a fixed design played live (issue 15): the browser and DNS, HAProxy, the servers
 * with their processes, MySQL and its replica, each with its status and load, and the packets on the
 * links between them. Loaded only when a design is played; read-only like the one-server diagram.
 */
import { useCallback, useMemo, useRef, type KeyboardEvent } from 'react';
import { ReactFlow, type NodeMouseHandler } from '@xyflow/react';
import type { Design } from '../../playback/snapshot';
import { selectPart } from '../../store/designActions';
import { useUi } from '../../store/ui';
import { RoutesPacketLayer } from '../PacketLayer';
import { fixedLayout, fixedOrientationFor } from './layout';
import { buildFixedEdges, buildFixedNodes, fixedRoutes } from './elements';
import { PartNode } from './PartNode';
import { MachineNode } from './MachineNode';
import { RouteEdge } from './RouteEdge';
import { selectStatusKey, statusWords } from './usePartStatus';
import type { FixedEdge, FixedNode } from './types';
import './fixed.css';
import { READ_ONLY_FLOW } from '../readOnlyFlow';
import { FIT_OPTIONS, useFittedOrientation } from '../fit';
import { t } from '../../i18n/t';

const nodeTypes = { part: PartNode, machine: MachineNode };
const edgeTypes = { route: RouteEdge };

/** As the one-server diagram's (Diagram.tsx): it is read-only. In the language shown, so built at render. */
function ariaLabels() {
  const node = t('Press Enter or Space to open its explanation.');
  return {
    'node.a11yDescription.default': node,
    'node.a11yDescription.keyboardDisabled': node,
    'edge.a11yDescription.default': t('A link between two parts of the design.'),
    'node.a11yDescription.ariaLiveMessage': () => '',
  };
}

/** The diagram's name: what the design is, one whole sentence per case. */
function diagramName(d: Design): string {
  const n = d.servers;
  if (d.pair)
    return d.replica
      ? t('Diagram of the fixed design: {n} servers behind a pair of HAProxy balancers, with a MySQL replica', { n })
      : t('Diagram of the fixed design: {n} servers behind a pair of HAProxy balancers', { n });
  return d.replica ? t('Diagram of the fixed design: {n} servers behind HAProxy, with a MySQL replica', { n }) : t('Diagram of the fixed design: {n} servers behind HAProxy', { n });
}

export default function FixedDiagram({ design }: { design: Design }) {
  const container = useRef<HTMLDivElement>(null);
  const pick = useCallback((width: number, height: number) => fixedOrientationFor(design, width, height), [design]);
  const orientation = useFittedOrientation(container, pick);
  const layout = useMemo(() => fixedLayout(design, orientation), [design, orientation]);
  const routes = useMemo(() => fixedRoutes(layout), [layout]);
  const statusKey = useUi(selectStatusKey);
  const nodes = useMemo(
    () => buildFixedNodes(layout, (id) => statusWords(useUi.getState().live.parts, id)),
    // The status key stands for the statuses read above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [layout, statusKey],
  );
  const edges = useMemo(() => buildFixedEdges(layout, routes), [layout, routes]);
  const aria = useMemo(() => ariaLabels(), []);

  const onNodeClick: NodeMouseHandler<FixedNode> = useCallback((_, node) => selectPart(node.id), []);
  const onKeyDown = useCallback((e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const node = target.closest<HTMLElement>('.react-flow__node');
    if (!node || node !== target || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault();
    e.stopPropagation();
    selectPart(node.dataset.id ?? '');
  }, []);

  // A phone scrolls down a tall diagram drawn at its width, as the one-server diagram does.
  const style = orientation === 'narrow' ? { aspectRatio: `${layout.width + 8} / ${layout.height + 36}` } : undefined;
  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- keys are handled for the focusable nodes inside
    <div className="diagram fixed-diagram" ref={container} onKeyDown={onKeyDown} data-orientation={orientation} style={style}>
      <ReactFlow<FixedNode, FixedEdge>
        key={orientation}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodeClick={onNodeClick}
        {...READ_ONLY_FLOW}
        fitViewOptions={FIT_OPTIONS}
        ariaLabelConfig={aria}
        aria-label={diagramName(design)}
      />
      <RoutesPacketLayer routes={routes} labelled={false} />
    </div>
  );
}
