import { Suspense, lazy, useCallback, useMemo, useRef, type KeyboardEvent } from 'react';
import { ReactFlow, ReactFlowProvider, type NodeMouseHandler } from '@xyflow/react';
import { isComponentId, type ComponentId } from '../sim/topology';
import { select } from '../store/actions';
import { INITIAL_CAPTION, useUi, type UiState } from '../store/ui';
import { orientationFor } from './layout';
import { ComponentNode } from './nodes/ComponentNode';
import { GroupNode } from './nodes/GroupNode';
import { BrowserNode } from './nodes/BrowserNode';
import type { StackNode } from './nodes/types';
import { LinkEdge, type StackEdge } from './LinkEdge';
import { buildEdges, buildNodes } from './elements';
import { LinkLabels } from './LinkLabels';
import { useFollowActive } from './useFollowActive';
import { READ_ONLY_FLOW } from './readOnlyFlow';
import { FIT_OPTIONS, useFittedOrientation } from './fit';
import { t } from '../i18n/t';

/** The caption bubble only appears once a journey plays, so it loads then. */
const CaptionBubble = lazy(() => import('./CaptionBubble'));
// Nothing moves before Play: the packet drawing loads after the first paint, off the initial bundle.
const PacketLayer = lazy(() => import('./PacketLayer').then((m) => ({ default: m.PacketLayer })));
const SeekProgress = lazy(() => import('./SeekProgress'));
const selectSeeking = (s: UiState) => s.seeking !== null;
const selectJourneyStarted = (s: UiState) => s.mode === 'journey' && s.live.caption !== INITIAL_CAPTION;

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

const nodeTypes = { component: ComponentNode, group: GroupNode, browser: BrowserNode };
const edgeTypes = { link: LinkEdge };

/** React Flow's default descriptions speak of moving and deleting nodes; this diagram is read-only. In the language shown, so built at render. */
function ariaLabels() {
  const node = t('Press Enter or Space to open its explanation. Arrow keys move to a connected component.');
  return {
    'node.a11yDescription.default': node,
    'node.a11yDescription.keyboardDisabled': node,
    'edge.a11yDescription.default': t('A link between two components. Its label button opens its explanation.'),
    'node.a11yDescription.ariaLiveMessage': () => '',
  };
}

function Flow() {
  const container = useRef<HTMLDivElement>(null);
  const orientation = useFittedOrientation(container, orientationFor);
  useFollowActive(container, orientation);
  const journeyStarted = useUi(selectJourneyStarted);
  const seeking = useUi(selectSeeking);

  const nodes = useMemo(() => buildNodes(orientation), [orientation]);
  const edges = useMemo(() => buildEdges(orientation), [orientation]);
  const aria = useMemo(() => ariaLabels(), []);

  const onNodeClick: NodeMouseHandler<StackNode> = useCallback((_, node) => select(node.data.id), []);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const target = e.target as HTMLElement;
      const id = target.closest<HTMLElement>('.react-flow__node')?.dataset.id;
      if (!isComponentId(id) || target !== target.closest('.react-flow__node')) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        select(id);
        return;
      }
      if (!ARROWS.has(e.key)) return;
      e.preventDefault();
      e.stopPropagation();
      // Loaded on the first arrow key: the first view does not need it.
      void import('./neighbours').then(({ neighbourInDirection }) => {
        const next = neighbourInDirection(orientation, id as ComponentId, e.key);
        if (next) container.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${next}"]`)?.focus();
      });
    },
    [orientation],
  );

  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- keys are handled for the focusable nodes inside
    <div className="diagram" ref={container} onKeyDown={onKeyDown} data-orientation={orientation}>
      <ReactFlow<StackNode, StackEdge>
        key={orientation}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodeClick={onNodeClick}
        {...READ_ONLY_FLOW}
        fitViewOptions={FIT_OPTIONS}
        ariaLabelConfig={aria}
        aria-label={t('Diagram of the one-server web stack')}
      >
        <LinkLabels orientation={orientation} />
      </ReactFlow>
      <Suspense fallback={null}>
        <PacketLayer orientation={orientation} />
      </Suspense>
      {journeyStarted && (
        <Suspense fallback={null}>
          <CaptionBubble orientation={orientation} />
        </Suspense>
      )}
      {seeking && (
        <Suspense fallback={null}>
          <SeekProgress />
        </Suspense>
      )}
    </div>
  );
}

/** Traffic on a fixed design (issue 15) draws its own diagram, loaded only when one is chosen. */
const FixedView = lazy(() => import('./fixed/FixedView'));
// A boolean here: the design itself is worked out in the lazy view, off the first view's bundle.
const selectFixed = (s: UiState) => s.mode === 'traffic' && (s.fixes.includes('lb') || s.fixes.includes('lb-pair'));

export function Diagram() {
  const fixed = useUi(selectFixed);
  return (
    <ReactFlowProvider key={fixed ? 'fixed' : 'one'}>
      {fixed ? (
        <Suspense fallback={null}>
          <FixedView />
        </Suspense>
      ) : (
        <Flow />
      )}
    </ReactFlowProvider>
  );
}
