// The size budget's yardstick: a bare React + React Flow app, built by the same Vite.
import { createRoot } from 'react-dom/client';
import { ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

const nodes = [
  { id: 'a', position: { x: 0, y: 0 }, data: { label: 'A' } },
  { id: 'b', position: { x: 0, y: 100 }, data: { label: 'B' } },
];
const edges = [{ id: 'a-b', source: 'a', target: 'b' }];

createRoot(document.getElementById('root')!).render(<ReactFlow nodes={nodes} edges={edges} fitView />);
