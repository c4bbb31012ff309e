import { useEffect, useLayoutEffect, useRef } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { announce, play } from '../store/actions';
import { CHAPTER_TITLES } from '../playback/chapters';
import { INITIAL_CAPTION, useUi, type ChapterPause, type UiState } from '../store/ui';
import { geometryFor, pointAt, type Point } from './geometry';
import { bubbleAnchor, placeBubble, type Obstacle } from './bubble';
import type { Orientation } from './layout';
import '../styles/journey.css';
import { t, tx } from '../i18n/t';

const selectCaption = (s: UiState) => (s.mode === 'journey' && s.live.caption !== INITIAL_CAPTION ? s.live.caption : null);
const selectCurrent = (s: UiState) => s.live.current;
const selectPause = (s: UiState) => s.chapterPause;
const selectTransform = (s: ReactFlowState) => s.transform;

function continueText(pause: ChapterPause): string {
  if (pause.nextRequest) return t('Continue: the second request');
  return pause.next ? t('Continue: {chapter}', { chapter: tx(CHAPTER_TITLES[pause.next]) }) : t('Continue: the end');
}

/** Covering the components a step is about costs most; then other components, the packet's link, labels. */
const WEIGHT = { involved: 8, component: 2, link: 3, label: 1 };
const LINK_SAMPLES = 9;
const LINK_SAMPLE_PX = 22;

/**
 * The journey's caption beside what it describes: next to the active link (or the component the step
 * happens at), kept off the components involved. Screen readers get the caption from the panel's live
 * region, so the text here is hidden from them; the Continue button at a chapter's end is not.
 */
export default function CaptionBubble({ orientation }: { orientation: Orientation }) {
  const caption = useUi(selectCaption);
  const current = useUi(selectCurrent);
  const pause = useUi(selectPause);
  const transform = useStore(selectTransform);
  const bubble = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (pause) announce(t('End of “{chapter}”. Press {button} when you are ready.', { chapter: tx(CHAPTER_TITLES[pause.after]), button: continueText(pause) }));
  }, [pause]);

  useLayoutEffect(() => {
    const el = bubble.current;
    const container = el?.parentElement;
    if (!el || !container || !current) return;
    const place = () => {
      const origin = container.getBoundingClientRect();
      const [tx, ty, zoom] = transform;
      const toScreen = (p: Point): Point => ({ x: p.x * zoom + tx, y: p.y * zoom + ty });
      const anchor = bubbleAnchor(current);
      const obstacles: Obstacle[] = [];
      const centres: Point[] = [];
      for (const node of container.querySelectorAll<HTMLElement>('.react-flow__node')) {
        if (node.classList.contains('react-flow__node-group')) continue;
        const r = node.getBoundingClientRect();
        const box = { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
        const involved = anchor.components.includes(node.dataset.id as never);
        obstacles.push({ ...box, weight: involved ? WEIGHT.involved : WEIGHT.component });
        if (involved) centres.push({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
      }
      for (const label of container.querySelectorAll<HTMLElement>('.link-label')) {
        const r = label.getBoundingClientRect();
        obstacles.push({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height, weight: WEIGHT.label });
      }
      let at: Point;
      if (anchor.link) {
        const line = geometryFor(orientation)[anchor.link];
        at = toScreen(pointAt(line, 0.5));
        for (let i = 0; i <= LINK_SAMPLES; i++) {
          const p = toScreen(pointAt(line, i / LINK_SAMPLES));
          obstacles.push({ x: p.x - LINK_SAMPLE_PX / 2, y: p.y - LINK_SAMPLE_PX / 2, width: LINK_SAMPLE_PX, height: LINK_SAMPLE_PX, weight: WEIGHT.link });
        }
      } else {
        at = centres[0] ?? { x: container.clientWidth / 2, y: container.clientHeight / 2 };
      }
      const size = { width: el.offsetWidth, height: el.offsetHeight };
      const bounds = { width: container.clientWidth, height: container.clientHeight };
      const p = placeBubble(at, size, bounds, obstacles);
      el.style.transform = `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px)`;
      el.dataset.placed = 'true';
    };
    place();
    const ro = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(place) : null;
    ro?.observe(container);
    return () => ro?.disconnect();
  }, [caption, current, pause, transform, orientation]);

  if (!caption || !current) return null;
  return (
    <div className="caption-bubble" ref={bubble} data-testid="caption-bubble" data-paused={pause ? 'true' : undefined}>
      <p className="caption-bubble__text" aria-hidden="true">
        {caption}
      </p>
      {pause && (
        <p className="caption-bubble__pause">
          <span aria-hidden="true">{t('End of “{chapter}”.', { chapter: tx(CHAPTER_TITLES[pause.after]) })}</span>
          <button type="button" className="btn btn--primary caption-bubble__continue" onClick={play}>
            {continueText(pause)}
          </button>
        </p>
      )}
    </div>
  );
}
