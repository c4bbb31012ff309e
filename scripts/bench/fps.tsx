// Benchmark page: the real diagram with N packets, drawn either by the app's canvas layer (one rAF loop)
// or by React Flow's documented way, an <animateMotion> dot per packet inside a custom edge.
// ?variant=canvas|smil&n=2000
import { createRoot } from 'react-dom/client';
import { ReactFlow, ReactFlowProvider, type EdgeProps } from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import '../../src/styles/theme.css';
import '../../src/styles/app.css';
import '../../src/styles/diagram.css';
import { Diagram } from '../../src/diagram/Diagram';
import { buildEdges, buildNodes } from '../../src/diagram/elements';
import { ComponentNode } from '../../src/diagram/nodes/ComponentNode';
import { GroupNode } from '../../src/diagram/nodes/GroupNode';
import { BrowserNode } from '../../src/diagram/nodes/BrowserNode';
import type { StackEdge } from '../../src/diagram/LinkEdge';
import { getPlayer } from '../../src/store/appPlayer';
import { LINKS } from '../../src/sim/topology';

const params = new URLSearchParams(location.search);
const variant = params.get('variant') ?? 'canvas';
const n = Number(params.get('n') ?? 500);
const perEdge = Math.ceil(n / LINKS.length);

function SmilEdge({ data }: EdgeProps<StackEdge>) {
  const path = data!.path;
  return (
    <>
      <path d={path} fill="none" stroke="#7b8594" strokeWidth={2} />
      {Array.from({ length: perEdge }, (_, i) => (
        <circle key={i} r={6} fill="#0b57d0">
          <animateMotion dur={`${1 + (i % 7) / 7}s`} begin={`${-(i % 13) / 13}s`} repeatCount="indefinite" path={path} />
        </circle>
      ))}
    </>
  );
}

const nodeTypes = { component: ComponentNode, group: GroupNode, browser: BrowserNode };
const edgeTypes = { link: SmilEdge };

function SmilDiagram() {
  return (
    <div className="diagram" style={{ height: '100vh' }}>
      <ReactFlowProvider>
        <ReactFlow nodes={buildNodes('wide')} edges={buildEdges('wide')} nodeTypes={nodeTypes} edgeTypes={edgeTypes} fitView nodesDraggable={false} />
      </ReactFlowProvider>
    </div>
  );
}

function CanvasDiagram() {
  return (
    <div className="stage" style={{ height: '100vh' }}>
      <Diagram />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(variant === 'smil' ? <SmilDiagram /> : <CanvasDiagram />);
if (variant === 'canvas') {
  setTimeout(() => {
    getPlayer().syntheticLoad(n);
  }, 300);
}
